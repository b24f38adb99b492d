import Foundation
import MinhBachDiagnostics

/// `robots.txt`: every crawler may read everything (a transparency site is
/// meant to be found), and the sitemap's absolute address. Crawlers read
/// robots.txt only at the root of a host: for a site published in a
/// sub-folder the server's own robots.txt must name the sitemap.
struct RobotsTxt: ExtraOutput {
    func publishes(_ path: String, in site: Site) -> Bool { path == "robots.txt" }

    func files(for site: Site, pages: [RenderedPage], basePath: String) -> ([OutputFile], [Diagnostic]) {
        ([OutputFile(path: "robots.txt", data: Data(Self.text(SiteAddress(config: site.config)).utf8))], [])
    }

    static func text(_ address: SiteAddress) -> String {
        var text = "User-agent: *\nAllow: /\n"
        // The protocol wants an absolute URL; a site built for "/" has none.
        if address.isAbsolute { text += "\nSitemap: \(address.absolute(path: "sitemap.xml"))\n" }
        return text
    }
}
