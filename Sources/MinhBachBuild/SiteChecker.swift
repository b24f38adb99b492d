import Foundation
import MinhBachDiagnostics

/// `minhbach check`: load and validate everything a build would, write nothing.
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
    }

    public func check(_ options: BuildOptions) -> Report {
        let started = ContinuousClock.now
        let outcome = SitePreparer(options: options).prepare()
        return Report(diagnostics: outcome.diagnostics.sortedCauseFirst(),
                      tables: outcome.site?.data.counts ?? [],
                      pageCount: outcome.site?.plan.pages.count ?? 0,
                      duration: ContinuousClock.now - started,
                      stageDurations: outcome.stageDurations, strict: options.strict,
                      linkSources: outcome.site.map(LinkSources.init))
    }
}
