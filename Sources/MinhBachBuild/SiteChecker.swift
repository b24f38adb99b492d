import Foundation
import MinhBachDiagnostics
import MinhBachParallel

/// `minhbach check`: load, validate and render everything a build would,
/// write nothing.
public struct SiteChecker: Sendable {
    public init() {}

    public struct Report: Sendable {
        public var diagnostics: [Diagnostic]
        /// Records per data table, and pages planned.
        public var tables: [(table: String, records: Int)]
        public var pageCount: Int
        public var duration: Duration
        public var stageDurations: [(stage: String, duration: Duration)]
        public var succeeded: Bool { !diagnostics.hasErrors }
    }

    public func check(_ options: BuildOptions) -> Report {
        let started = ContinuousClock.now
        let outcome = SitePreparer(options: options).prepare()
        var diagnostics = outcome.diagnostics
        var stageDurations = outcome.stageDurations
        // Render every page's body as `build` would (components, raw HTML),
        // so both report the same problems; as `build`, only once loading
        // and planning found no error.
        if let site = outcome.site, !diagnostics.hasErrors {
            let renderStarted = ContinuousClock.now
            var rendering = SiteRendering(site: site, options: options)
            rendering.renderer.drawsCharts = false
            let problems = parallelMap(Array(site.plan.pages.indices)) { rendering.render(page: $0, layout: false).diagnostics }
            diagnostics += SiteBuilder.deduplicated(problems.flatMap { $0 })
            stageDurations.append(("render", ContinuousClock.now - renderStarted))
        }
        return Report(diagnostics: diagnostics.sortedByLocation(),
                      tables: outcome.site?.data.counts ?? [],
                      pageCount: outcome.site?.plan.pages.count ?? 0,
                      duration: ContinuousClock.now - started,
                      stageDurations: stageDurations)
    }
}
