import Foundation
import MinhBachContent
import MinhBachData
import MinhBachDiagnostics
import MinhBachParallel
import MinhBachTemplates

/// A site loaded and planned: everything the render stage needs.
public struct Site: Sendable {
    public var config: SiteConfig
    public var content: LoadedSite
    public var data: DataSet
    public var theme: Theme
    public var plan: SitePlan
}

/// The stages before rendering — load (content, data and theme, in
/// parallel) and plan — shared by `build` and `check`.
struct SitePreparer {
    let options: BuildOptions

    struct Outcome {
        var site: Site?
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

        // load: the three inputs are independent
        let source = options.source, prefix = options.displayPrefix
        let loads = parallelMap([0, 1, 2]) { job -> LoadResult in
            switch job {
            case 0:
                let (loaded, problems) = ContentLoader(root: source, displayPrefix: prefix).load()
                return .content(loaded, problems)
            case 1:
                let (data, problems) = DataLoader(folder: source.appendingPathComponent("content/data"),
                                                  displayFolder: prefix + "content/data").load()
                return .data(data, problems)
            default:
                let (loader, readProblems) = ThemeLoader.forSite(source, displayPrefix: prefix)
                let (theme, problems) = loader.load()
                return .theme(theme, readProblems + problems)
            }
        }
        var diagnostics: [Diagnostic] = []
        var loaded: LoadedSite?, data = DataSet(), theme: Theme?
        for result in loads {
            switch result {
            case .content(let value, let problems): loaded = value; diagnostics += problems
            case .data(let value, let problems): data = value; diagnostics += problems
            case .theme(let value, let problems): theme = value; diagnostics += problems
            }
        }
        var config = loaded?.config ?? SiteConfig()
        if let override = options.baseURL {
            if let url = SiteConfig.normaliseBaseURL(override) {
                config.baseURL = url
            } else {
                diagnostics.append(.error(at: SourceLocation(path: "--base-url"), "'\(override)' is not an absolute URL",
                                          hint: "write it as https://example.gov.vn/ or /"))
            }
        }
        endStage("load")
        guard let loaded, let theme else { return Outcome(site: nil, diagnostics: diagnostics, stageDurations: durations) }

        // plan
        let planner = Planner(includeDrafts: options.includeDrafts, layoutExists: theme.hasLayout,
                              availableLayouts: theme.layoutNames.sorted())
        let (plan, planProblems) = planner.plan(loaded.files, siteTitle: config.title)
        diagnostics += planProblems
        endStage("plan")
        let site = Site(config: config, content: loaded, data: data, theme: theme, plan: plan)
        return Outcome(site: site, diagnostics: diagnostics, stageDurations: durations)
    }

    private enum LoadResult {
        case content(LoadedSite?, [Diagnostic])
        case data(DataSet, [Diagnostic])
        case theme(Theme?, [Diagnostic])
    }
}
