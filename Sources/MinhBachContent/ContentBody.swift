import Foundation
import MinhBachDiagnostics

extension ContentFile {
    /// Where the Markdown after the front matter is while the site is built.
    public enum Body: Sendable, Hashable {
        /// Kept in memory: the preview keeps the text it read, so that a
        /// page asked for later shows the file as it was when it was read.
        case text(String)
        /// Left in the file once loaded, and read again by `bodyText()`.
        case inFile(BodyFile)

        /// The text, when it is kept.
        public var heldText: String? {
            switch self {
            case .text(let text): text
            case .inFile: nil
            }
        }
    }

    /// A loaded file whose Markdown is read again when its page is rendered.
    public struct BodyFile: Sendable, Hashable {
        /// The path of the site's `content/` folder, with a `/`: one value
        /// shared by every file.
        public var contentFolder: String
        /// A hash of the file's bytes as loaded: a file saved again during
        /// the build no longer matches it.
        public var fingerprint: UInt64
        /// The file's text was its bytes as they are (UTF-8 in NFC, without
        /// a byte order mark or CR): the same bytes need no decoding again.
        public var isVerbatim: Bool

        /// `bytes` as read, `text` as decoded from them.
        public init(contentFolder: String, bytes: Data, text: String) {
            self.contentFolder = contentFolder
            fingerprint = Self.fingerprint(bytes)
            var text = text
            isVerbatim = text.withUTF8 { utf8 in
                bytes.withUnsafeBytes { raw in raw.count == utf8.count && (raw.count == 0 || memcmp(raw.baseAddress!, utf8.baseAddress!, raw.count) == 0) }
            }
        }

        /// The file's Markdown after its front matter, read again.
        func read(_ relativePath: String, displayPath: String) -> Result<String, Diagnostic> {
            let path = contentFolder + relativePath
            let bytes: Data
            switch TextFile.readBytes(atPath: path, displayPath: displayPath) {
            case .failure(let diagnostic): return .failure(diagnostic)
            case .success(let read): bytes = read
            }
            guard Self.fingerprint(bytes) == fingerprint else {
                return .failure(Diagnostic(.content(.fileChangedWhileBuilding), at: SourceLocation(path: displayPath)))
            }
            // Decoding checked these very bytes when the file was loaded.
            let text = isVerbatim ? .success(String(decoding: bytes, as: UTF8.self)) : TextFile.decode(bytes, displayPath: displayPath)
            return text.flatMap { FrontMatterParser.split($0, path: displayPath) }.map(\.body)
        }

        /// A hash of the bytes, eight at a time, mixed with SplitMix64's constants: a
        /// tenth of the instructions of `Hasher`'s SipHash, and tells an
        /// edited file from the one loaded as surely (nobody chooses an
        /// edit to collide with it).
        static func fingerprint(_ bytes: Data) -> UInt64 {
            bytes.withUnsafeBytes { raw in
                var hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(raw.count)
                var offset = 0
                while offset + 8 <= raw.count {
                    hash = mixed(hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                    offset += 8
                }
                var last: UInt64 = 0
                for index in offset..<raw.count { last |= UInt64(raw[index]) << (8 * UInt64(index - offset)) }
                return mixed(mixed(hash ^ last))
            }
        }

        private static func mixed(_ value: UInt64) -> UInt64 {
            var z = value &* 0xBF58_476D_1CE4_E5B9
            z ^= z >> 31
            return z &* 0x94D0_49BB_1331_11EB
        }
    }

    /// The Markdown after the front matter: the text kept, or the file's
    /// read again. The file must still be the bytes that were loaded: a page
    /// must not be published with the front matter of one version of a file
    /// and the text of another, so a file changed since it was loaded is an
    /// error (build again) rather than a mix.
    public func bodyText() -> Result<String, Diagnostic> {
        switch body {
        case .text(let text): .success(text)
        case .inFile(let file): file.read(relativePath, displayPath: displayPath)
        }
    }
}
