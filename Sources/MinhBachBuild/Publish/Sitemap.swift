import Foundation
import MinhBachDiagnostics
import MinhBachText

/// `sitemap.xml` (https://www.sitemaps.org/protocol.html): every published
/// page in both languages, each with `xhtml:link rel="alternate"
/// hreflang` links to its versions. Past `limit` URLs (50,000, the
/// protocol's maximum) the URLs go into `sitemap-1.xml`, `sitemap-2.xml`…
/// and `sitemap.xml` becomes the sitemap index that lists them. Drafts are
/// left out.
struct SitemapOutput: ExtraOutput {
    static let maximumURLs = 50_000
    var limit = SitemapOutput.maximumURLs

    /// `sitemap.xml`, and `sitemap-N.xml` on a site past the limit.
    func publishes(_ path: String, in site: Site) -> Bool {
        path == "sitemap.xml" || (path.hasPrefix("sitemap-") && path.hasSuffix(".xml") && !path.contains("/"))
    }

    func files(for site: Site, pages: [RenderedPage], basePath: String) -> ([OutputFile], [Diagnostic]) {
        let address = SiteAddress(config: site.config)
        let plan = site.plan
        func published(_ index: Int) -> Bool { !(plan.pages[index].file?.frontMatter.draft ?? false) }
        let entries = plan.pages.indices.filter(published).map { index -> String in
            let page = plan.pages[index]
            var entry = "<url><loc>\(XMLText.escape(address.absolute(path: page.path)))</loc>"
            if let other = page.translation, published(other) {
                let versions = [page, plan.pages[other]].sorted { $0.language.rawValue > $1.language.rawValue }
                for version in versions {
                    entry += "<xhtml:link rel=\"alternate\" hreflang=\"\(version.language.rawValue)\" href=\"\(XMLText.escape(address.absolute(path: version.path)))\"/>"
                }
            }
            return entry + "</url>"
        }
        let limit = max(1, limit)
        guard entries.count > limit else { return ([OutputFile(path: "sitemap.xml", data: Self.urlset(entries))], []) }
        var files: [OutputFile] = []
        var index = Self.header + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for (number, start) in stride(from: 0, to: entries.count, by: limit).enumerated() {
            let name = "sitemap-\(number + 1).xml"
            files.append(OutputFile(path: name, data: Self.urlset(Array(entries[start..<min(start + limit, entries.count)]))))
            index += "<sitemap><loc>\(XMLText.escape(address.absolute(path: name)))</loc></sitemap>\n"
        }
        index += "</sitemapindex>\n"
        return ([OutputFile(path: "sitemap.xml", data: Data(index.utf8))] + files, [])
    }

    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

    static func urlset(_ entries: [String]) -> Data {
        var text = header + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        for entry in entries { text += entry + "\n" }
        text += "</urlset>\n"
        return Data(text.utf8)
    }
}

enum XMLText {
    /// Text and attribute values: `&`, `<`, `>`, `"` and `'` as references;
    /// control characters XML 1.0 does not allow are dropped.
    static func escape(_ text: String) -> String {
        MarkupEscaping.escape(text, xml: true)
    }
}
