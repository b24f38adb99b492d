import Foundation
import MinhBachDiagnostics
import MinhBachParallel
import MinhBachText

/// The site search, made at build time for any static host: an index per
/// language under `tim-kiem/chi-muc/` (see `SearchIndex`) and the search
/// page `tim-kiem/` (`en/tim-kiem/`), rendered with `layouts/search`, whose
/// script (`templates/assets/search.js`) downloads the manifest and then
/// only the files of the words typed.
struct SearchOutput: ExtraOutput {
    /// Below a language's home page.
    static let pageFolder = "tim-kiem/"
    static let indexFolder = "tim-kiem/chi-muc/"
    static let layout = "search"

    var limits = SearchIndex.Limits()
    /// The indexes filled while `build` rendered the pages; nil when the
    /// pages' entries are handed over instead (the preview).
    var collected: SearchCollector?

    var needsRenderedPages: Bool { true }

    /// The index files, and each language's search page.
    func publishes(_ path: String, in site: Site) -> Bool {
        path.hasPrefix(Self.indexFolder)
            || site.plan.pages.contains { $0.kind == .home && $0.path + Self.pageFolder + "index.html" == path }
    }

    func files(for site: Site, pages: [RenderedPage], basePath: String) -> ([OutputFile], [Diagnostic]) {
        let plan = site.plan
        let collector = collected ?? SearchCollector(plan: plan, rendered: pages, limits: limits)
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        let contexts = SiteRendering.contexts(of: site)
        for language in Language.allCases {
            guard let home = plan.pages.indices.first(where: { plan.pages[$0].kind == .home && plan.pages[$0].language == language }) else { continue }
            let index = collector.index(for: language)
            let (manifest, indexFiles, version) = index.files()
            files.append(OutputFile(path: Self.indexFolder + manifest.path, data: manifest.data))
            files += indexFiles.map { OutputFile(path: Self.indexFolder + $0.path, data: $0.data) }

            let path = plan.pages[home].path + Self.pageFolder
            if let clash = plan.pages.first(where: { $0.path == path }) {
                diagnostics.append(Diagnostic(.publish(.searchPageTaken), at: SourceLocation(path: clash.file?.displayPath ?? path),
                                              [MessageArgument("path", path), MessageArgument("language", language.rawValue)]))
                continue
            }
            guard site.theme.hasLayout(Self.layout) else {
                diagnostics.append(.layoutMissing(Self.layout, consequence: LocalizedText(
                    vi: "không có trang tìm kiếm nào được tạo", en: "no search page is written")))
                break
            }
            let manifestURL = basePath + Self.indexFolder + manifest.path + "?v=" + version
            let context = SearchPage.context(site: site, contexts: contexts, home: home, path: path, manifestURL: manifestURL)
            do {
                let html = try site.theme.render(layout: Self.layout, context: context)
                files.append(OutputFile(path: path + "index.html", data: Data(html.utf8)))
            } catch {
                diagnostics.append(error.diagnostic(page: path))
            }
        }
        return (files, diagnostics)
    }
}

/// The Mustache context of a search page: a home page's context (site,
/// menu, strings, assets) with a page of its own.
enum SearchPage {
    static func context(site: Site, contexts: PageContextBuilder, home: Int, path: String, manifestURL: String) -> [String: Any] {
        let plan = site.plan
        let homePage = plan.pages[home]
        var context = contexts.context(for: home, rendered: nil)
        let strings = contexts.strings[homePage.language] ?? [:]
        let url = contexts.config.basePath + path
        var page: [String: Any] = [
            "title": strings["search_title"] ?? "Tìm kiếm", "kind": "search", "is_search": true,
            "is_home": false, "is_section": false, "is_page": false,
            "url": url, "permalink": contexts.config.baseURL.hasPrefix("/") ? url : contexts.config.baseURL + path,
            "content": "", "toc": [] as [Any], "has_toc": false, "draft": false, "params": [:] as [String: Any],
            "breadcrumbs": [["title": strings["home"] ?? "Trang chủ", "url": contexts.url(of: homePage)]] as [[String: Any]],
            "word_count": 0,
        ]
        page.setText("description", strings["search_description"])
        // The other language's search page, when it has one.
        if let other = homePage.translation ?? plan.pages.indices.first(where: {
            plan.pages[$0].kind == .home && plan.pages[$0].language != homePage.language
        }) {
            let otherPage = plan.pages[other]
            page["translation_url"] = contexts.url(of: otherPage) + SearchOutput.pageFolder
            page["translation_permalink"] = contexts.permalink(of: otherPage) + SearchOutput.pageFolder
            page["translation_lang"] = otherPage.language.rawValue
            page["translation_lang_name"] = strings["language_\(otherPage.language.rawValue)"] ?? otherPage.language.rawValue
        }
        context["page"] = page
        context["search"] = ["index_url": manifestURL, "base_path": contexts.config.basePath] as [String: Any]
        return context
    }
}
