import Foundation
import MinhBachContent
import MinhBachData
import MinhBachDiagnostics
import MinhBachParallel
import MinhBachTemplates
import MinhBachText

/// A site loaded and planned: everything the render stage needs.
public struct Site: Sendable {
    public var config: SiteConfig
    public var content: LoadedSite
    public var data: DataSet
    public var theme: Theme
    public var plan: SitePlan
    public var index: DataIndex
    /// The reporting year and the "today" of overdue tasks (site.yaml
    /// `year:` and `as_of:`; by default the current year and its last day,
    /// so a build does not change with the day it runs).
    public var year: Int
    public var asOf: CalendarDate
}

/// The stages before rendering — load (content, data and theme, in
/// parallel) and plan — shared by `build` and `check`.
struct SitePreparer {
    let options: BuildOptions

    struct Outcome {
        var site: Site?
        /// site.yaml as read, with `--base-url` applied: there even when the
        /// site could not be loaded.
        var config: SiteConfig
        var diagnostics: [Diagnostic]
        var stageDurations: [(stage: String, duration: Duration)]
    }

    func prepare() -> Outcome {
        let clock = ContinuousClock()
        var stageStart = clock.now
        var durations: [(String, Duration)] = []
        func endStage(_ name: String) {
            let now = clock.now
            durations.append((name, now - stageStart))
            stageStart = now
        }

        // load: pages and theme on another thread while the data, the
        // largest input, loads here. (Not one parallelMap over the three:
        // libdispatch runs a concurrentPerform nested in another serially,
        // which would leave the data's own per-chunk parallelism on one core.)
        let source = options.source, prefix = options.displayPrefix
        // site.yaml first, on its own: every other reader takes its settings
        // from this one value (the data its encodings, the printer and the
        // link checker its base URL).
        let (fileConfig, configProblems) = SiteConfigFile.load(siteAt: source, displayPrefix: prefix)
        let (config, baseURLProblem) = fileConfig.overridingBaseURL(with: options.baseURL)
        // The theme on a thread of its own too: after the pages, it kept
        // one core busy alone at the end of the stage.
        let side = SideLoad(), themeSide = SideLoad()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            let (loaded, problems) = ContentLoader(root: source, displayPrefix: prefix, keptBodies: options.keptPageSources)
                .load(config: config)
            side.set(loaded, nil, problems)
        }
        DispatchQueue.global().async(group: group) {
            let (loader, readProblems) = ThemeLoader.forSite(source, displayPrefix: prefix)
            let (theme, themeProblems) = loader.load(engine: options.templateEngine)
            themeSide.set(nil, theme, readProblems + themeProblems)
            // The table that folds titles and words for search (35 M
            // instructions, made once): here while the pages load, rather
            // than alone before the first page is rendered.
            _ = VietnameseFolding.packedTable
        }
        let (data, dataProblems) = DataLoader(folder: source.appendingPathComponent("content/data"),
                                              displayFolder: prefix + "content/data", encodings: config.dataEncodings).load()
        group.wait()
        let (loaded, _, contentProblems) = side.value
        let (_, theme, themeProblems) = themeSide.value
        let sideProblems = contentProblems + themeProblems
        var diagnostics = configProblems + sideProblems + dataProblems
        if let baseURLProblem { diagnostics.append(baseURLProblem) }
        endStage("load")
        guard let loaded, let theme else { return Outcome(site: nil, config: config, diagnostics: diagnostics, stageDurations: durations) }

        // plan
        let index = DataIndex(data)
        endStage("index")
        let (site, planProblems) = assemble(config: config, content: loaded, data: data, index: index, theme: theme)
        diagnostics += planProblems
        endStage("plan")
        return Outcome(site: site, config: config, diagnostics: diagnostics, stageDurations: durations)
    }

    /// The plan stage: content pages, data pages, the English site.
    func assemble(config: SiteConfig, content loaded: LoadedSite, data: DataSet, index: DataIndex, theme: Theme) -> (Site, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let planner = Planner(includeDrafts: options.includeDrafts, layoutExists: theme.hasLayout,
                              availableLayouts: theme.layoutNames.subtracting([NotFoundPage.layout, "search", OpenDataPage.layout]).sorted())  // not for content pages
        var (plan, planProblems) = planner.plan(loaded.files, siteTitle: config.title)
        diagnostics += planProblems
        let (year, asOf, dateProblems) = Self.reportingDates(config, path: options.displayPrefix + "content/site.yaml")
        diagnostics += dateProblems
        let viStrings = theme.strings[config.language] ?? theme.strings["vi"] ?? [:]
        var pages = plan.pages
        // The only holder now: the planners below add pages in place. While
        // `plan` held it too, the first added page copied every page into an
        // array of twice the capacity (52 MB at 100,000 pages).
        plan.pages = []
        DataPagePlanner(index: index, strings: viStrings).extend(&pages, diagnostics: &diagnostics)
        diagnostics += data.missingEnglishNames()
        TranslationPlanner(includeDrafts: options.includeDrafts, strings: theme.strings["en"] ?? viStrings, index: index)
            .extend(&pages, files: loaded.files, diagnostics: &diagnostics)
        let site = Site(config: config, content: loaded, data: data, theme: theme,
                        plan: SitePlan(pages: pages, topSections: pages[SitePlan.homeIndex].subsections),
                        index: index, year: year, asOf: asOf)
        return (site, diagnostics)
    }

    /// `year:` and `as_of:` of site.yaml.
    static func reportingDates(_ config: SiteConfig, path: String) -> (Int, CalendarDate, [Diagnostic]) {
        var problems: [Diagnostic] = []
        var year = Calendar(identifier: .gregorian).component(.year, from: Date())
        switch config.params["year"] {
        case .int(let value)?: year = value
        case nil: break
        default: problems.append(Diagnostic(.content(.yearNotAYear), at: config.paramLocations["year"] ?? SourceLocation(path: path)))
        }
        var asOf = CalendarDate(year: year, month: 12, day: 31)!
        if let value = config.params["as_of"] {
            switch value.text.map(CalendarDate.parse) {
            case .success(let date)?: asOf = date
            default: problems.append(Diagnostic(.content(.asOfNotADate), at: config.paramLocations["as_of"] ?? SourceLocation(path: path)))
            }
        }
        return (year, asOf, problems)
    }

    /// What the other thread loaded; read only after the group is waited for.
    private final class SideLoad: @unchecked Sendable {
        private(set) var value: (LoadedSite?, Theme?, [Diagnostic]) = (nil, nil, [])
        func set(_ loaded: LoadedSite?, _ theme: Theme?, _ problems: [Diagnostic]) { value = (loaded, theme, problems) }
    }
}
