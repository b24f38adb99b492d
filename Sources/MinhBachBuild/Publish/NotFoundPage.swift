import Foundation
import MinhBachDiagnostics
import MinhBachText

/// `404.html`: what the server shows for an address that does not exist,
/// rendered with `layouts/404` and the theme's partials. One page for both
/// languages: the site language's text, then the English text (`other`).
/// Its links start at the site root, so it works at any address.
struct NotFoundPage: ExtraOutput {
    static let path = "404.html"
    static let layout = "404"

    func publishes(_ path: String, in site: Site) -> Bool { path == Self.path }

    func files(for site: Site, pages: [RenderedPage], basePath: String) -> ([OutputFile], [Diagnostic]) {
        guard site.theme.hasLayout(Self.layout) else {
            return ([], [.layoutMissing(Self.layout, consequence: LocalizedText(vi: "trang 404.html không được tạo", en: "no 404.html is written"))])
        }
        let contexts = SiteRendering.contexts(of: site)
        do {
            let html = try site.theme.render(layout: Self.layout, context: Self.context(site: site, contexts: contexts))
            return ([OutputFile(path: Self.path, data: Data(html.utf8))], [])
        } catch {
            return ([], [error.diagnostic(page: Self.path)])
        }
    }

    static func context(site: Site, contexts: PageContextBuilder) -> [String: Any] {
        let plan = site.plan
        let home = SitePlan.homeIndex
        var context = contexts.context(for: home, rendered: nil)
        let language = plan.pages[home].language
        let strings = contexts.strings[language] ?? [:]
        let title = strings["not_found_title"] ?? "Không tìm thấy trang"
        context["page"] = [
            "title": title, "kind": "not_found", "is_home": false, "is_section": false, "is_page": false,
            "url": contexts.config.basePath + path, "permalink": SiteAddress(config: site.config).absolute(path: path),
            "content": "", "toc": [] as [Any], "has_toc": false, "draft": false, "params": [:] as [String: Any],
            "breadcrumbs": [] as [Any], "word_count": 0,
        ] as [String: Any]
        // The English text, with a link to the English home page, when the site has one.
        if language != .en, let english = plan.pages.firstIndex(where: { $0.kind == .home && $0.language == .en }) {
            context["other"] = ["lang": Language.en.rawValue, "t": contexts.strings[.en] ?? [:],
                                "home_url": contexts.url(of: plan.pages[english])] as [String: Any]
        }
        return context
    }
}
