import Foundation
import MinhBachContent
import MinhBachMarkdown
import MinhBachTemplates
import MinhBachText

/// Builds the Mustache context of one page: the keys of docs/TEMPLATES.md.
/// Values that come from input files are passed as plain strings, which
/// Mustache's `{{...}}` escapes; only HTML we rendered goes out unescaped.
/// `site` and `page` are typed (PageContexts/); the root is a dictionary
/// that data pages, the search page and the 404 page add their keys to.
/// Immutable once made; `params` hold strings, numbers, booleans and
/// arrays and dictionaries of them, so sharing it across threads is safe.
struct PageContextBuilder: @unchecked Sendable {
    private(set) var plan: SitePlan
    let config: SiteConfig
    let assetURLs: [String: String]
    let generator: String
    /// Interface strings by language, the site language's filling gaps.
    let strings: [Language: [String: String]]
    /// The home page of each language (its sections make the menu).
    let homes: [Language: Int]
    /// The site-wide part of the context, built once.
    let siteFields: SiteFields
    /// The same with site.yaml's `_en` values, for English pages.
    let englishSiteFields: SiteFields
    /// The open-data page of each language (`du-lieu/`), linked from the footer.
    let openDataPaths: [Language: String]
    /// Partials made only of names that are the same on every page of a
    /// language (the footer, the search box) are rendered once per language.
    let sharedPartials: [Language: SharedPartials]

    /// The context names that are the same on every page of one language:
    /// everything of `site` but its menu (whose active entry is the page's).
    static let namesSharedByLanguage = ["t", "asset", "generator", "lang", "site.title", "site.base_url", "site.url", "site.language",
                                        "site.params", "site.description", "site.copyright", "site.open_data_url"]

    init(plan: SitePlan, config: SiteConfig, assetURLs: [String: String], generator: String, strings: [Language: [String: String]],
         openDataPaths: [Language: String] = [:]) {
        self.plan = plan
        self.openDataPaths = openDataPaths
        self.config = config
        self.assetURLs = assetURLs
        self.generator = generator
        self.strings = strings
        self.homes = Dictionary(plan.pages.indices.filter { plan.pages[$0].kind == .home }.map { (plan.pages[$0].language, $0) },
                                uniquingKeysWith: { first, _ in first })
        let site = SiteFields(title: config.title, baseURL: config.baseURL, url: config.basePath, language: config.language,
                              params: config.params.mapValues(\.templateValue),
                              description: config.description.presentText, copyright: config.copyright.presentText)
        self.siteFields = site
        var english = site
        english.params = LocalisedParams.english(config.params).mapValues(\.templateValue)
        if let copyright = config.params["copyright_en"]?.text { english.copyright = copyright }
        if let description = config.params["description_en"]?.text { english.description = description }
        if let title = strings[.en]?["site_title"] { english.title = title }
        self.englishSiteFields = english
        self.sharedPartials = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, SharedPartials(names: Self.namesSharedByLanguage)) })
    }

    /// The same pages with edited files (see `SiteRendering.with(site:)`).
    func with(plan: SitePlan) -> PageContextBuilder {
        var copy = self
        copy.plan = plan
        return copy
    }

    func url(of page: PlannedPage) -> String { config.basePath + page.path }

    func permalink(of page: PlannedPage) -> String {
        config.baseURL.hasPrefix("/") ? url(of: page) : config.baseURL + page.path
    }

    func context(for index: Int, rendered: RenderedMarkdown?) -> [String: Any] {
        Self.adding(rendered, to: context(for: index))
    }

    /// The page's body and what is learnt from it (contents, word count) put
    /// into a context made before the body was rendered: a data page needs
    /// its context first to render its template, and builds it only once.
    static func adding(_ rendered: RenderedMarkdown?, to context: [String: Any]) -> [String: Any] {
        guard var page = context["page"] as? PageFields else { return context }
        var context = context
        let toc = (rendered?.headings ?? []).filter { (2...3).contains($0.level) }
        page.body = BodyFields(content: rendered?.html ?? "", toc: toc.map { TocEntry(level: $0.level, id: $0.id, title: $0.text) },
                               wordCount: rendered?.wordCount ?? 0)
        context["page"] = page
        return context
    }

    /// The context without the page's body.
    func context(for index: Int) -> [String: Any] {
        let page = plan.pages[index]
        return ["site": site(for: page), "page": fields(of: page), "asset": assetURLs, "generator": generator,
                "t": strings[page.language] ?? [:], "lang": page.language.rawValue]
    }

    private func fields(of page: PlannedPage) -> PageFields {
        let matter = page.file?.frontMatter ?? FrontMatter()
        var values = PageFields(
            title: page.title, kind: page.kind.rawValue,
            isHome: page.kind == .home, isSection: page.kind == .section, isPage: page.kind == .page,
            url: url(of: page), permalink: permalink(of: page), draft: matter.draft,
            params: matter.params.mapValues(\.templateValue), breadcrumbs: breadcrumbs(of: page),
            description: matter.description?.presentText, date: matter.date.map { DateFields($0, language: page.language) })
        if let parent = page.parent, plan.pages[parent].kind == .section {
            values.sectionTitle = plan.pages[parent].title
        }
        if let official = matter.official {
            values.official = OfficialDocumentContext.value(official, language: page.language, pageTitle: page.title,
                                                            pageDate: matter.date, strings: strings[page.language] ?? [:])
        }
        if page.kind != .page {
            values.pages = page.children.map { listEntry(plan.pages[$0]) }
            values.sections = page.subsections.map { listEntry(plan.pages[$0]) }
        }
        if let other = page.translation {
            let language = plan.pages[other].language.rawValue
            values.translation = TranslationFields(url: url(of: plan.pages[other]), permalink: permalink(of: plan.pages[other]),
                                                   lang: language,
                                                   langName: strings[page.language]?["language_\(language)"] ?? language)
        }
        return values
    }

    private func site(for page: PlannedPage) -> SiteFields {
        var site = page.language == .en ? englishSiteFields : siteFields
        site.menu = menu(activePath: page.path, language: page.language)
        site.language = page.language.rawValue
        site.url = url(of: plan.pages[homes[page.language] ?? SitePlan.homeIndex])
        site.openDataURL = openDataPaths[page.language].map { config.basePath + $0 }
        return site
    }

    private func listEntry(_ page: PlannedPage) -> ListEntry {
        let matter = page.file?.frontMatter ?? FrontMatter()
        return ListEntry(title: page.title, url: url(of: page), params: matter.params.mapValues(\.templateValue),
                         description: matter.description?.presentText,
                         summary: (page.file?.summary ?? "").presentText,
                         date: matter.date.map { DateFields($0, language: page.language) })
    }

    private func breadcrumbs(of page: PlannedPage) -> [TitledLink] {
        var trail: [TitledLink] = []
        var cursor = page.parent
        while let index = cursor {
            let ancestor = plan.pages[index]
            let home = strings[page.language]?["home"] ?? "Trang chủ"
            trail.insert(TitledLink(title: ancestor.kind == .home ? home : ancestor.title, url: url(of: ancestor)), at: 0)
            cursor = ancestor.parent
        }
        return trail
    }

    private func menu(activePath: String, language: Language) -> [MenuEntry] {
        if let entries = config.menu {
            return entries.map { entry in
                let target = entry.url.hasPrefix("/") ? config.basePath + entry.url.dropFirst() : entry.url
                let relative = entry.url.hasPrefix("/") ? String(entry.url.dropFirst()) : nil
                return MenuEntry(title: entry.title, url: target,
                                 isActive: relative.map { !$0.isEmpty && activePath.hasPrefix($0) } ?? false)
            }
        }
        let home = homes[language] ?? SitePlan.homeIndex
        return plan.pages[home].subsections.map { index in
            let section = plan.pages[index]
            return MenuEntry(title: section.title, url: url(of: section), isActive: activePath.hasPrefix(section.path))
        }
    }
}

extension Dictionary where Key == String, Value == Any {
    /// swift-mustache renders a `{{#key}}` section for an empty string, so
    /// empty text is left out: templates test for presence with `{{#key}}`.
    mutating func setText(_ key: String, _ text: String?) {
        if let text, !text.isEmpty { self[key] = text }
    }
}
