import Foundation

/// Turns a built page into the copy Chromium prints.
///
/// The site is built with its own `base_url`, so the PDF says where the
/// living version is (`page.permalink`) and its links lead to the published
/// site. Chromium opens the copy as a file, so what it must load — the
/// stylesheet and icons (`<link href>`), images and scripts (`src`) — is
/// pointed at the files of the build; links to other pages (`<a href>`)
/// become absolute addresses on the published site. Links inside the page
/// (`#id`) stay as they are: Chromium makes them links inside the PDF.
struct PrintableHTML {
    /// The path part of `base_url`: every link of the site starts with it (`/`, `/minhbach/`).
    let basePath: String
    /// `base_url` when it is an absolute address (`https://example.gov.vn/`), else nil.
    let publicBase: String?
    /// The built site.
    let siteFolder: URL

    /// Marks a link rewritten to the published site, so print CSS can tell
    /// it from an external link (whose address is printed after it).
    static let siteLinkAttribute = "data-site-link"

    func rewrite(_ html: String) -> String {
        var output = ""
        output.reserveCapacity(html.utf8.count + html.utf8.count / 16)
        var rest = html[...]
        while let match = Self.nextAttribute(in: rest) {
            output += rest[..<match.start]
            let value = rest[match.valueStart..<match.valueEnd]
            output += replacement(name: match.name, value: String(value), inLinkTag: match.inLinkTag)
            rest = rest[match.valueEnd...]
        }
        output += rest
        return output
    }

    private func replacement(name: String, value: String, inLinkTag: Bool) -> String {
        let original = "\(name)=\"\(value)"
        guard value.hasPrefix(basePath), !value.hasPrefix("//") else { return original }
        let below = String(value.dropFirst(basePath.count))
        if name == "src" || inLinkTag {
            return "\(name)=\"\(fileURL(below))"
        }
        guard let publicBase else { return original }
        return "\(Self.siteLinkAttribute) \(name)=\"\(publicBase)\(below)"
    }

    private func fileURL(_ below: String) -> String {
        let path = below.split(separator: "#", maxSplits: 1).first.map(String.init) ?? below
        let decoded = path.removingPercentEncoding ?? path
        return siteFolder.appendingPathComponent(decoded).absoluteString
    }

    private struct Attribute {
        var start: String.Index       // where ` href="` begins (after the space)
        var name: String
        var valueStart: String.Index
        var valueEnd: String.Index
        var inLinkTag: Bool
    }

    /// The next ` href="…"` or ` src="…"` of a tag.
    private static func nextAttribute(in text: Substring) -> Attribute? {
        var searchFrom = text.startIndex
        while searchFrom < text.endIndex {
            let href = text[searchFrom...].range(of: "href=\"")
            let src = text[searchFrom...].range(of: "src=\"")
            guard let found = [href, src].compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
            searchFrom = found.upperBound
            // An attribute, not "xlink:href" or "data-href": a space before it.
            guard found.lowerBound > text.startIndex,
                  text[text.index(before: found.lowerBound)].isWhitespace else { continue }
            guard let close = text[found.upperBound...].firstIndex(of: "\"") else { return nil }
            let tagStart = text[..<found.lowerBound].lastIndex(of: "<")
            let inLinkTag = tagStart.map { text[$0...].hasPrefix("<link") } ?? false
            let name = text[found.lowerBound].lowercased() == "h" ? "href" : "src"
            return Attribute(start: found.lowerBound, name: name, valueStart: found.upperBound, valueEnd: close, inLinkTag: inLinkTag)
        }
        return nil
    }
}

/// The table of contents of a page (`partials/toc`), and page numbers in it.
struct PrintTOC {
    /// The fragment ids the contents links to, in order.
    let targets: [String]
    /// The id of an element inside the contents (its title). Chromium makes
    /// a named destination of an element that something links to, when the
    /// element is printed: with `withVisibilityProbe`, the PDF says whether
    /// the contents was printed.
    let ownID: String?

    init?(html: String) {
        guard let nav = Self.navRange(in: html) else { return nil }
        let text = html[nav]
        let own = text.firstMatch(of: /\sid="([^"]+)"/).map { String($0.output.1) }
        ownID = own
        targets = text.matches(of: /<a href="#([^"]+)"/).map { String($0.output.1) }.filter { $0 != own }
        if targets.isEmpty { return nil }
    }

    /// Puts the page number of each heading after its entry:
    /// `<a href="#x"><span class="toc__text">…</span><span class="toc__leader"></span><span class="toc__page">3</span></a>`.
    static func numbered(_ html: String, pages: [String: Int]) -> String {
        guard let nav = navRange(in: html) else { return html }
        let numbered = html[nav].replacing(/<a href="#([^"]+)">(.*?)<\/a>/.dotMatchesNewlines()) { match in
            let id = String(match.output.1)
            guard let page = pages[id] else { return String(match.output.0) }
            return "<a href=\"#\(id)\"><span class=\"toc__text\">\(match.output.2)</span>"
                + "<span class=\"toc__leader\" aria-hidden=\"true\"></span><span class=\"toc__page\">\(page)</span></a>"
        }
        return html.replacingCharacters(in: nav, with: numbered)
    }

    /// Adds an empty link to the contents' own title inside it (see `ownID`).
    static func withVisibilityProbe(_ html: String, ownID: String) -> String {
        guard let nav = navRange(in: html), let openEnd = html[nav].firstIndex(of: ">") else { return html }
        var result = html
        result.insert(contentsOf: "<a href=\"#\(ownID)\" class=\"toc__probe\" aria-hidden=\"true\" tabindex=\"-1\"></a>",
                      at: html.index(after: openEnd))
        return result
    }

    private static func navRange(in html: String) -> Range<String.Index>? {
        guard let start = html.range(of: "<nav class=\"toc\""),
              let end = html[start.upperBound...].range(of: "</nav>") else { return nil }
        return start.lowerBound..<end.upperBound
    }
}
