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
        path = written.removingPercentEncoding ?? written
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
    func resolved(against folder: String) -> String? {
        let base = isRootRelative ? [] : folder.split(separator: "/").map(String.init)
        var parts: [String] = base
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        let joined = parts.joined(separator: "/")
        return path.hasSuffix("/") && !joined.isEmpty ? joined + "/" : joined
    }
}
