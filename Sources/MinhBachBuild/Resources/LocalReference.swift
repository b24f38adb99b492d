import Foundation

/// A link or image destination that stays inside the site: no scheme, no
/// host, not only an anchor. Split into the path and what follows it.
struct LocalReference: Equatable {
    /// The path as written, percent-decoded: `../bao-cao/2024.md`.
    var path: String
    /// `?query` and `#anchor` as written, kept on the rewritten URL.
    var suffix: String
    /// Written from the site root (`/van-ban/index.md`).
    var isRootRelative: Bool { path.hasPrefix("/") }
    var isMarkdown: Bool { path.lowercased().hasSuffix(".md") }

    init?(_ destination: String) {
        guard !destination.isEmpty, !destination.hasPrefix("#"), !destination.hasPrefix("//"),
              !Self.hasScheme(destination) else { return nil }
        let end = destination.firstIndex { $0 == "?" || $0 == "#" } ?? destination.endIndex
        let written = String(destination[..<end])
        guard !written.isEmpty else { return nil }
        // Foundation's decoding only when there is something to decode: it cost 10,000 instructions a link.
        path = written.utf8.contains(UInt8(ascii: "%")) ? written.removingPercentEncoding ?? written : written
        suffix = String(destination[end...])
    }

    /// `https:`, `mailto:`, `tel:`: a scheme is letters, digits, `+ - .`
    /// before the first `:`, starting with a letter.
    static func hasScheme(_ destination: String) -> Bool {
        guard let colon = destination.firstIndex(of: ":") else { return false }
        let scheme = destination[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    /// The path joined to a folder below `content/` (or below the site
    /// root), with `.` and `..` resolved; nil when `..` climbs out of it.
    /// Split and compared on the UTF-8 bytes: by `Character`, one link cost
    /// 13,000 instructions a page.
    func resolved(against folder: String) -> String? {
        var parts: [Substring] = isRootRelative ? [] : folder.utf8.split(separator: UInt8(ascii: "/")).map { Substring($0) }
        for part in path.utf8.split(separator: UInt8(ascii: "/")) {
            if part.elementsEqual(".".utf8) { continue }
            if part.elementsEqual("..".utf8) {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(Substring(part))
            }
        }
        let joined = parts.joined(separator: "/")
        return path.utf8.last == UInt8(ascii: "/") && !joined.isEmpty ? joined + "/" : joined
    }
}
