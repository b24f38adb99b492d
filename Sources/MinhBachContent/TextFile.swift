import Foundation
import MinhBachDiagnostics

/// Reads a text file the way every loader needs it: UTF-8, without a byte
/// order mark, with `\n` line ends, and in Unicode NFC so that Vietnamese
/// typed on different keyboards compares equal ("hoà" precomposed or not).
public enum TextFile {
    public static func read(_ url: URL, displayPath: String, encoding: TextEncoding = .utf8,
                            encodingSettable: Bool = false) -> Result<String, Diagnostic> {
        readBytes(url, displayPath: displayPath).flatMap {
            decode($0, displayPath: displayPath, encoding: encoding, encodingSettable: encodingSettable)
        }
    }

    /// The file's bytes as they are, or why they could not be read.
    public static func readBytes(_ url: URL, displayPath: String) -> Result<Data, Diagnostic> {
        readBytes(atPath: url.path, displayPath: displayPath)
    }

    /// The same by path: a regular file is read with `open` and `read`;
    /// anything else, and every failure, through Foundation, whose reason
    /// the message gives.
    public static func readBytes(atPath path: String, displayPath: String) -> Result<Data, Diagnostic> {
        if let bytes = regularFileBytes(atPath: path) { return .success(bytes) }
        let url = URL(fileURLWithPath: path)
        do {
            return .success(try Data(contentsOf: url))
        } catch {
            return .failure(Diagnostic(.content(.fileNotRead), at: SourceLocation(path: displayPath), [MessageArgument("reason", reason(error))]))
        }
    }

    /// `encoding` is the one the site declares for the file; `encodingSettable`
    /// says whether it could (a data file), for the hint of a file that is
    /// not UTF-8.
    public static func decode(_ data: Data, displayPath: String, encoding: TextEncoding = .utf8,
                              encodingSettable: Bool = false) -> Result<String, Diagnostic> {
        var data = data
        // A declared encoding is for the files that are not UTF-8: one
        // setting for a folder of Excel exports and UTF-8 YAML tables.
        if encoding != .utf8, !isUTF8(data) {
            switch converted(data, from: encoding, displayPath: displayPath) {
            case .success(let utf8): data = utf8
            case .failure(let problem): return .failure(problem)
            }
        }
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let problem = BinaryFile.problem(bytes, displayPath: displayPath) { return .failure(problem) }
        // All on the contiguous bytes: validation takes the standard library's
        // fast path, and the CR and NFC checks need no String indices.
        let decoded: (text: String, isNFC: Bool)? = bytes.withUnsafeBytes { raw in
            let utf8 = raw.bindMemory(to: UInt8.self)
            guard var text = String(validating: utf8, as: UTF8.self) else { return nil }
            if raw.count > 0, memchr(raw.baseAddress!, 0x0D, raw.count) != nil {
                text = withLineFeeds(utf8)
            }
            return (text, UnicodeNFC.isCertainlyNormalized(text))
        }
        guard let decoded else {
            let (line, column) = firstInvalidUTF8(in: bytes)
            return .failure(EncodingMessages.notUTF8(LegacyEncoding.guess(bytes), at: SourceLocation(path: displayPath, line: line, column: column),
                                                     settable: encodingSettable))
        }
        return .success(decoded.isNFC ? decoded.text : decoded.text.precomposedStringWithCanonicalMapping)
    }

    /// Whether the bytes are UTF-8 (with or without a byte order mark).
    public static func isUTF8(_ data: Data) -> Bool {
        data.withUnsafeBytes { String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) != nil }
    }

    /// A file in a declared legacy encoding, as UTF-8 (not yet NFC).
    public static func converted(_ data: Data, from encoding: TextEncoding, displayPath: String) -> Result<Data, Diagnostic> {
        switch LegacyEncoding.convert(data[...], from: encoding) {
        case .success(let utf8): return .success(utf8)
        case .failure(.unsupported): return .failure(EncodingMessages.cannotConvert(encoding, path: displayPath))
        case .failure(.invalid(let line, let column)):
            return .failure(EncodingMessages.notInEncoding(encoding, at: SourceLocation(path: displayPath, line: line, column: column)))
        }
    }

    /// CRLF and lone CR as LF, on the bytes. Foundation's
    /// `replacingOccurrences` compares characters, and missed a CR followed
    /// by a combining mark: the CR stayed, and YAML counted a line more than
    /// the messages did (found by fuzzing).
    private static func withLineFeeds(_ utf8: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            index += 1
            if byte == 0x0D {
                out.append(0x0A)
                if index < utf8.count, utf8[index] == 0x0A { index += 1 }
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The position of the first byte that is not valid UTF-8, counting
    /// columns in characters of the valid text before it.
    static func firstInvalidUTF8(in bytes: Data.SubSequence) -> (Int, Int) {
        position(in: bytes) { bytes, index, end in end > bytes.endIndex || String(validating: bytes[index..<end], as: UTF8.self) == nil }
    }

    /// The line and column of the first character for which `stop` is true
    /// (given the bytes, the character's first byte and its end), or of the
    /// end of the text.
    static func position(in bytes: Data.SubSequence, where stop: (Data.SubSequence, Int, Int) -> Bool) -> (Int, Int) {
        var line = 1
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
            let end = index + length
            if length == 0 || stop(bytes, index, end) {
                let column = (String(validating: bytes[lineStart..<index], as: UTF8.self)?.count ?? 0) + 1
                return (line, column)
            }
            // A lone CR ends a line too (decode turns it into LF).
            if lead == 0x0A || (lead == 0x0D && (end == bytes.endIndex || bytes[end] != 0x0A)) {
                line += 1
                lineStart = end
            }
            index = end
        }
        return (line, 1)
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code))).lowercased()
        }
        if nsError.domain == NSCocoaErrorDomain {
            switch nsError.code {
            case NSFileReadNoPermissionError: return "permission denied"
            case NSFileReadNoSuchFileError: return "no such file"
            default: break
            }
        }
        return nsError.localizedDescription
    }
}

/// A regular file's bytes, read with `open` and `read`: making a URL
/// and reading it with `Data(contentsOf:)` cost 27,000 instructions a
/// page. Nil when it cannot be read.
private func regularFileBytes(atPath path: String) -> Data? {
    let file = open(path, O_RDONLY | O_CLOEXEC)
    guard file >= 0 else { return nil }
    defer { close(file) }
    var status = stat()
    guard fstat(file, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
    var data = Data(count: Int(status.st_size))
    let complete = data.withUnsafeMutableBytes { raw -> Bool in
        var done = 0
        while done < raw.count {
            let count = read(file, raw.baseAddress! + done, raw.count - done)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            done += count
        }
        return true
    }
    return complete ? data : nil
}
