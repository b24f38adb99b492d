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

        // load: pages and theme on another thread while the data, the
        // largest input, loads here. (Not one parallelMap over the three:
        // libdispatch runs a concurrentPerform nested in another serially,
        // which would leave the data's own per-chunk parallelism on one core.)
        let source = options.source, prefix = options.displayPrefix
        let side = SideLoad()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            let (loaded, problems) = ContentLoader(root: source, displayPrefix: prefix).load()
            let (loader, readProblems) = ThemeLoader.forSite(source, displayPrefix: prefix)
            let (theme, themeProblems) = loader.load()
            side.set(loaded, theme, problems + readProblems + themeProblems)
        }
        let (data, dataProblems) = DataLoader(folder: source.appendingPathComponent("content/data"),
                                              displayFolder: prefix + "content/data").load()
        group.wait()
        let (loaded, theme, sideProblems) = side.value
        var diagnostics = sideProblems + dataProblems
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

    /// What the other thread loaded; read only after the group is waited for.
    private final class SideLoad: @unchecked Sendable {
        private(set) var value: (LoadedSite?, Theme?, [Diagnostic]) = (nil, nil, [])
        func set(_ loaded: LoadedSite?, _ theme: Theme?, _ problems: [Diagnostic]) { value = (loaded, theme, problems) }
    }
}
