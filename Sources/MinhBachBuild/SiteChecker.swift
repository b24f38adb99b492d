import Foundation
import MinhBachContent
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
        /// Checked with `--strict`: warnings count as failures.
        public var strict = false
        public var succeeded: Bool { !diagnostics.fail(strict: strict) }
        /// Where the links of built pages were written, for `check --links`.
        public var linkSources: LinkSources?
        /// The site's settings as read (for `check --links`: the base URL).
        public var config = SiteConfig()
    }

    public func check(_ options: BuildOptions) -> Report {
        let started = ContinuousClock.now
        let outcome = SitePreparer(options: options).prepare()
        var diagnostics = outcome.diagnostics
        var stageDurations = outcome.stageDurations
        // Render pages' bodies as `build` would (components, raw HTML, links),
        // so both report the same problems; as `build`, only once loading
        // and planning found no error.
        if let site = outcome.site, !diagnostics.hasErrors {
            let renderStarted = ContinuousClock.now
            var rendering = SiteRendering(site: site, options: options)
            rendering.renderer.drawsCharts = false
            let problems = parallelMap(Self.pagesToRender(site)) { rendering.render(page: $0, layout: false).diagnostics }
            diagnostics += SiteBuilder.deduplicated(problems.flatMap { $0 })
            stageDurations.append(("render", ContinuousClock.now - renderStarted))
        }
        return Report(diagnostics: diagnostics.sortedCauseFirst(),
                      tables: outcome.site?.data.counts ?? [],
                      pageCount: outcome.site?.plan.pages.count ?? 0,
                      duration: ContinuousClock.now - started,
                      stageDurations: stageDurations, strict: options.strict,
                      linkSources: outcome.site.map(LinkSources.init),
                      config: outcome.config)
    }

    /// The pages `check` renders: every page an author wrote (a content file,
    /// a heritage description), whose components, links and HTML are that
    /// author's; and of the pages generated from data alone, the first of
    /// each page template and language, since a template's own mistakes show
    /// alike on each of its pages. Rendering all of a national site's 30,000
    /// generated pages made `check` as slow as half a build (2.3 s → 41 s).
    static func pagesToRender(_ site: Site) -> [Int] {
        var seenTemplates: Set<String> = []
        return site.plan.pages.indices.filter { index in
            let page = site.plan.pages[index]
            guard page.file == nil, let record = page.record else { return true }
            if case .heritage = record { return true }
            return seenTemplates.insert("\(record.templateName(site.index))/\(page.language.rawValue)").inserted
        }
    }
}
