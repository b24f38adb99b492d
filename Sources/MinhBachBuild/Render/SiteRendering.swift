import Foundation
import MinhBachContent
import MinhBachDiagnostics
import MinhBachMarkdown
import MinhBachParallel
import MinhBachTemplates
import MinhBachText

/// A file of the built site other than a page: an asset, a feed, a download.
public struct OutputFile: Sendable {
    /// Below the output folder: `sitemap.xml`, `assets/style.3f2a.css`.
    public var path: String
    public var data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }
}

/// What is kept of a page once it is rendered and written, for the outputs
/// made from all pages: its entry in the search index, not its HTML (a
/// national site's pages would fill gigabytes).
public struct RenderedPage: Sendable {
    public var index: Int
    var search: SearchDocument
}

/// Something the site publishes besides its pages, made once the pages are
/// rendered. Each kind of output is one type in `ExtraOutputs.all`.
protocol ExtraOutput: Sendable {
    func files(for site: Site, pages: [RenderedPage], basePath: String) -> ([OutputFile], [Diagnostic])
    /// Whether `path` (below the site root) is one of the files this output
    /// writes: the preview makes an output only when one of its files is
    /// asked for.
    func publishes(_ path: String, in site: Site) -> Bool
    /// True when the files are made from every rendered page (the search
    /// index): the preview then renders the whole site first.
    var needsRenderedPages: Bool { get }
}

extension ExtraOutput {
    var needsRenderedPages: Bool { false }
}

/// Renders a prepared site's pages and other files. `build` writes them to
/// disk; a preview server can keep them in memory.
struct SiteRendering: Sendable {
    private(set) var site: Site
    var renderer: PageRenderer
    private(set) var contexts: PageContextBuilder

    init(site: Site, options: BuildOptions) {
        let (config, plan, theme) = (site.config, site.plan, site.theme)
        contexts = Self.contexts(of: site)
        let data = PageRenderer.DataRendering(index: site.index, links: PlanLinks(plan: plan, basePath: config.basePath, index: site.index),
                                              year: site.year, asOf: site.asOf, displayPrefix: options.displayPrefix)
        renderer = PageRenderer(markdown: CmarkRenderer(options: MarkdownOptions(
            allowRawHTML: config.allowRawHTML,
            footnoteBacklinkLabel: config.language == "vi" ? "Quay lại nội dung" : CmarkRenderer.cmarkBacklinkLabel)),
                                theme: theme, basePath: config.basePath, data: data,
                                targets: ContentTargets(plan: plan, content: site.content))
        self.site = site
    }

    /// The same rendering for a site whose pages changed only in their
    /// content files (same paths, same records): links are kept.
    /// The same site with edited page files (the preview's fast path):
    /// every page, its address, language and draft state are as they were
    /// (LiveSite checks the fields the plan uses), so the link targets, the
    /// open-data addresses and the partials shared by a language stay.
    /// Making them again walked every page of the site on each save: 60 %
    /// of the preview's time on the national site.
    func with(site newSite: Site) -> SiteRendering {
        var copy = self
        copy.site = newSite
        copy.contexts = contexts.with(plan: newSite.plan)
        return copy
    }

    /// The page contexts alone, for the outputs that render one page of
    /// their own (search, open data, 404): a whole `SiteRendering` also
    /// walks every page for its link targets, which the search page made
    /// on one core after the last page (about 20 ms at 10,000 pages).
    static func contexts(of site: Site) -> PageContextBuilder {
        let (config, theme) = (site.config, site.theme)
        let assetURLs = Dictionary(uniqueKeysWithValues: theme.assets.map { ($0.key, config.basePath + $0.outputPath) })
        var strings: [Language: [String: String]] = [:]
        let siteStrings = theme.strings[config.language] ?? theme.strings["vi"] ?? [:]
        for language in Language.allCases {
            strings[language] = siteStrings.merging(theme.strings[language.rawValue] ?? [:]) { _, own in own }
        }
        return PageContextBuilder(plan: site.plan, config: config, assetURLs: assetURLs, generator: SiteBuilder.generator,
                                  strings: strings, openDataPaths: openDataPaths(site))
    }

    /// Where each language's open-data page is; none when there is no data to offer.
    static func openDataPaths(_ site: Site) -> [Language: String] {
        guard !site.data.isEmpty else { return [:] }
        return Dictionary(OpenDataPage.paths(in: site.plan).map { ($0.language, $0.path) }, uniquingKeysWith: { first, _ in first })
    }

    func render(page index: Int, layout: Bool = true) -> PageRenderer.Output {
        renderer.render(site.plan.pages[index], index: index, contexts: contexts, layout: layout)
    }

    /// What the outputs made from all pages need of a rendered page.
    func rendered(page index: Int, bodyHTML: String) -> RenderedPage {
        RenderedPage(index: index, search: searchDocument(page: index, bodyHTML: bodyHTML))
    }

    /// A rendered page as the search index sees it.
    func searchDocument(page index: Int, bodyHTML: String) -> SearchDocument {
        let page = site.plan.pages[index]
        return SearchDocument(title: page.title, path: page.path, bodyHTML: bodyHTML, description: page.file?.frontMatter.description)
    }

    /// Assets, then every extra output (sitemap, feeds, downloads, search).
    /// The preview asks for assets only (`extras: false`): the downloads and
    /// the search index of a national site take longer to make than a
    /// preview should take to start. `search`: the search indexes filled
    /// while the pages were rendered, in place of `pages`' entries.
    /// `outputs`: the extra outputs to make, when not all of them (a build
    /// makes those of `ExtraOutputs.fromThePlan` beside the pages).
    func otherFiles(pages: [RenderedPage], search: SearchCollector? = nil, extras: Bool = true,
                    outputs: [any ExtraOutput]? = nil) -> ([OutputFile], [Diagnostic]) {
        var files = site.theme.assets.map { OutputFile(path: $0.outputPath, data: $0.data) }
        var diagnostics: [Diagnostic] = []
        guard extras else { return (files, diagnostics) }
        // Side by side: each output reads the finished site only, and one
        // after another they kept a core idle at the end of every build
        // (the data bundle and the search index are the long ones).
        let made = parallelMap(outputs ?? ExtraOutputs.all(search: search)) { self.files(of: $0, pages: pages) }
        for (made, problems) in made {
            files += made
            diagnostics += problems
        }
        return (files, diagnostics)
    }

    /// One extra output's files and problems.
    func files(of output: any ExtraOutput, pages: [RenderedPage] = []) -> ([OutputFile], [Diagnostic]) {
        output.files(for: site, pages: pages, basePath: site.config.basePath)
    }
}

/// Everything published besides pages, their downloads (written with each
/// page, see `PageDownloads`) and assets, in the order it is made.
enum ExtraOutputs {
    static var all: [any ExtraOutput] { all(search: nil) }

    static func all(search: SearchCollector?) -> [any ExtraOutput] { fromThePlan + afterThePages(search: search) }

    /// Made from the plan and the data alone, not from rendered pages: a
    /// build makes them beside the first pages, where at the end the data
    /// bundle kept one core busy while the other waited.
    static var fromThePlan: [any ExtraOutput] { [
        DataBundle(),          // open data: du-lieu/minhbach-du-lieu.zip
        SitemapOutput(),       // sitemap.xml (split past 50,000 URLs)
        AtomFeeds(),           // feed.xml, en/feed.xml
        RobotsTxt(),           // robots.txt
        NotFoundPage(),        // 404.html
    ] }

    /// Made from what the pages gave as they were rendered.
    static func afterThePages(search: SearchCollector?) -> [any ExtraOutput] { [
        SearchOutput(collected: search),  // search: tim-kiem/ and its index tim-kiem/chi-muc/ (Search/)
    ] }
}
