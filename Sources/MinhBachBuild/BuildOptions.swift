import Foundation
import MinhBachContent
import MinhBachTemplates

public struct BuildOptions: Sendable {
    /// The site folder: holds `content/` and `templates/`.
    public var source: URL
    /// Where the site is written; by default `site-out/` in the site folder.
    public var output: URL
    public var includeDrafts: Bool
    /// Overrides `base_url` of site.yaml (for a preview or a staging host).
    public var baseURL: String?
    /// Put before input paths in messages, so they can be clicked from where
    /// the command was run: "" when the site is the current folder.
    public var displayPrefix: String
    /// Warnings fail the build as errors do (`--strict`): a CI job then
    /// cannot publish a site with a skipped file or a re-read value.
    public var strict: Bool
    /// How templates are rendered; tests build with both and compare.
    public var templateEngine: TemplateEngine = .compiled
    /// Which pages keep their Markdown in memory from loading on rather
    /// than read their files again when rendered: every page's in the
    /// preview, a small site's in a build.
    public var keptPageSources: BodyKeeping = .whileSmall

    public init(source: URL, output: URL? = nil, includeDrafts: Bool = false, baseURL: String? = nil, displayPrefix: String = "",
                strict: Bool = false) {
        self.source = source.standardizedFileURL
        self.output = (output ?? source.appendingPathComponent("site-out")).standardizedFileURL
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
        self.displayPrefix = displayPrefix
        self.strict = strict
    }
}

/// What a build did, for the last line of the CLI and for tests.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var pageCount = 0
    /// Files written besides pages: assets and static files.
    public var otherFileCount = 0
    public var stageDurations: [(stage: String, duration: Duration)] = []
    public var duration: Duration = .zero
    /// Built with `--strict`: warnings failed the build too.
    public var strict = false
    /// The site's settings the build used (site.yaml with `--base-url`).
    public var config = SiteConfig()

    public var succeeded: Bool { !diagnostics.fail(strict: strict) }
}

/// Told how far a long build has come (for a progress line on a terminal).
/// Called from several threads.
public protocol BuildProgress: Sendable {
    func update(stage: String, done: Int, total: Int)
}

import MinhBachDiagnostics
