import Foundation

/// Where a link in a built site leads, before anyone looks at the files.
public enum LinkTarget: Sendable, Equatable {
    /// Another host, `mailto:`, `tel:`, `data:`...: not checked (a check
    /// never goes on the network).
    case external
    /// `javascript:` — not a link: the site must work without scripts.
    case javascript
    /// An absolute path that does not start with the site's base path.
    case outsideBase
    /// A relative path with more `..` than the page has folders.
    case aboveRoot
    /// A file of the site: its path from the site's root, percent-decoded
    /// (`xa/phuong-an-binh/`, `` for the home page, `assets/style.css`), and
    /// the fragment, decoded, if the link has one.
    case site(path: String, fragment: String?)
}

/// Turns the addresses written in a built site's pages into paths of its
/// files, the way a browser would resolve them on the published site.
public struct LinkResolver: Sendable {
    /// The path every link of the site starts with: `/` or `/minhbach/`.
    public let basePath: String
    /// `https://host` of an absolute base URL, lowercased: links written in
    /// full to the site's own host (canonical URLs) are checked too.
    let host: String?

    /// `baseURL` as in site.yaml: `https://example.gov.vn/minhbach/` or `/minhbach/`.
    public init(baseURL: String) {
        var url = baseURL
        if !url.hasSuffix("/") { url += "/" }
        if let schemeEnd = url.range(of: "://") {
            let authority = url[schemeEnd.upperBound...].prefix(while: { $0 != "/" })
            host = authority.lowercased()
            let path = url[schemeEnd.upperBound...].dropFirst(authority.count)
            basePath = path.isEmpty ? "/" : String(path)
        } else {
            host = nil
            basePath = url.hasPrefix("/") ? url : "/" + url
        }
    }

    /// Resolves `url`, found in the page whose file is `pagePath` (from the
    /// site's root: `xa/a/index.html`, `404.html`).
    public func resolve(_ url: String, from pagePath: String) -> LinkTarget {
        let url = url.utf8.first.map(Self.isSpace) == true || url.utf8.last.map(Self.isSpace) == true
            ? url.trimmingCharacters(in: .whitespacesAndNewlines) : url
        var reference = Substring(url)
        if let scheme = Self.scheme(of: url) {
            let lowered = scheme.lowercased()
            if lowered == "javascript" { return .javascript }
            guard lowered == "http" || lowered == "https", let host else { return .external }
            let rest = url.dropFirst(scheme.count + 1)
            guard rest.hasPrefix("//") else { return .external }
            guard let path = ownPath(afterSlashes: rest.dropFirst(2), host: host) else { return .external }
            reference = path
        } else if url.hasPrefix("//") {
            guard let host, let path = ownPath(afterSlashes: reference.dropFirst(2), host: host) else { return .external }
            reference = path
        }

        var fragment: String?
        if let hash = reference.firstIndex(of: "#") {
            let raw = reference[reference.index(after: hash)...]
            fragment = raw.isEmpty ? nil : Self.percentDecoded(raw)
            reference = reference[..<hash]
        }
        if let query = reference.firstIndex(of: "?") { reference = reference[..<query] }

        let joined: Substring
        if reference.isEmpty {
            return .site(path: pagePath, fragment: fragment)
        } else if reference.hasPrefix("/") {
            guard reference.hasPrefix(basePath) else { return .outsideBase }
            joined = reference.dropFirst(basePath.count)
        } else {
            let folder = pagePath.lastIndex(of: "/").map { pagePath[...$0] } ?? ""
            joined = Substring(folder + reference)
        }
        guard let path = Self.normalise(joined) else { return .aboveRoot }
        return .site(path: Self.percentDecoded(Substring(path)), fragment: fragment)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    private static func percentDecoded(_ text: Substring) -> String {
        text.utf8.contains(UInt8(ascii: "%")) ? (text.removingPercentEncoding ?? String(text)) : String(text)
    }

    /// The path after `//authority` when the authority is the site's host
    /// (`/` when nothing follows it); nil for another host.
    private func ownPath(afterSlashes rest: Substring, host: String) -> Substring? {
        let authority = rest.prefix(while: { $0 != "/" && $0 != "?" && $0 != "#" })
        guard authority.lowercased() == host else { return nil }
        let path = rest.dropFirst(authority.count)
        return path.hasPrefix("/") ? path : "/" + path
    }

    /// The scheme of an absolute URL (`https`, `mailto`), or nil for a path.
    static func scheme(of url: String) -> Substring? {
        var length = 0
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: ":"):
                return length == 0 ? nil : url.prefix(length)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                length += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                guard length > 0 else { return nil }
                length += 1
            default:
                return nil
            }
        }
        return nil
    }

    /// Removes `.` and `..` segments and repeated slashes; keeps a final `/`.
    /// Nil when `..` climbs above the root.
    static func normalise(_ path: Substring) -> String? {
        if !path.contains(".") && !path.contains("//") && !path.hasPrefix("/") { return String(path) }
        var segments: [Substring] = []
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        var trailingSlash = false
        for (index, part) in parts.enumerated() {
            let isLast = index == parts.count - 1
            switch part {
            case ".":
                trailingSlash = isLast
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
                trailingSlash = isLast
            case "":
                trailingSlash = isLast
            default:
                segments.append(part)
                trailingSlash = false
            }
        }
        let joined = segments.joined(separator: "/")
        return trailingSlash && !segments.isEmpty ? joined + "/" : joined
    }
}
