import ArgumentParser
import Foundation
import MinhBachBuild
import MinhBachDiagnostics
import MinhBachLinks

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the site's pages, data and theme without building.",
        discussion: """
            Loads and validates everything a build would — content/site.yaml, the pages, \
            every table of content/data/ and the theme — and lists every problem. Exits with \
            status 1 when there are errors (warnings alone exit 0). With --format json the \
            problems are printed as JSON, for editors and CI. With --links it then checks the \
            built site (run build first): every internal link and anchor must lead to a page, \
            file or id of the site; links to other hosts are not fetched.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "Output format: text or json.")
    var format: Format = .text

    @Flag(name: .long, help: "Also check the links and anchors of the built site.")
    var links = false

    @Option(name: .long, help: ArgumentHelp("With --links: the built site (default: site-out/ in the site folder).", valueName: "dir"))
    var output: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp("With --links: the base URL the site was built with, if not site.yaml's.", valueName: "url"))
    var baseURL: String?

    func run() throws {
        let options = BuildOptions(source: site.sourceURL, includeDrafts: site.drafts, displayPrefix: site.displayPrefix)
        var report = SiteChecker().check(options)
        site.printTimings(report.stageDurations)
        let linkReport = links ? checkLinks(report.linkSources) : nil
        switch format {
        case .json:
            report.diagnostics += linkReport?.diagnostics ?? []
            print(CheckJSON.render(report))
        case .text:
            for diagnostic in report.diagnostics + (linkReport?.diagnostics ?? []) {
                FileHandle.standardError.write(Data((diagnostic.formatted + "\n").utf8))
            }
            print(CheckSummary.text(report))
            if let linkReport { print(linkReport.summary) }
        }
        if !report.succeeded || linkReport?.succeeded == false { throw ExitCode(ExitStatus.siteErrors) }
    }

    func checkLinks(_ sources: LinkSources?) -> LinkChecker.Report {
        let folder = output ?? site.displayPrefix + "site-out"
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var locator: (@Sendable (String, String) -> SourceLocation?)?
        if let sources { locator = { page, url in sources.location(page: page, url: url) } }
        return LinkChecker().check(.init(
            siteFolder: URL(fileURLWithPath: folder, relativeTo: cwd),
            baseURL: baseURL ?? LinkChecker.Options.baseURL(ofSiteAt: site.sourceURL),
            displayPrefix: folder.hasSuffix("/") ? folder : folder + "/",
            sourceLocator: locator))
    }
}

enum CheckSummary {
    static func text(_ report: SiteChecker.Report) -> String {
        let records = report.tables.reduce(0) { $0 + $1.records }
        let tables = report.tables.filter { $0.records > 0 }.count
        let errors = report.diagnostics.errors.count, warnings = report.diagnostics.warnings.count
        let verdict = errors == 0 && warnings == 0 ? "no problems"
            : [errors > 0 ? Summary.plural(errors, "error") : nil, warnings > 0 ? Summary.plural(warnings, "warning") : nil]
                .compactMap { $0 }.joined(separator: ", ")
        return "Checked \(Summary.plural(report.pageCount, "page")) and \(Summary.plural(tables, "data table")) "
            + "(\(Summary.plural(records, "record"))) in \(Summary.milliseconds(report.duration)) ms: \(verdict)"
    }
}

/// The JSON form of a check: stable keys, one object per diagnostic.
enum CheckJSON {
    struct Output: Encodable {
        struct Item: Encodable {
            var severity: String
            var path: String
            var line: Int?
            var column: Int?
            var message: String
            var hint: String?
        }
        var ok: Bool
        var errors: Int
        var warnings: Int
        var diagnostics: [Item]
        var tables: [String: Int]
        var pages: Int
    }

    static func render(_ report: SiteChecker.Report) -> String {
        let output = Output(
            ok: report.succeeded,
            errors: report.diagnostics.errors.count,
            warnings: report.diagnostics.warnings.count,
            diagnostics: report.diagnostics.map {
                .init(severity: $0.severity.rawValue, path: $0.location.path, line: $0.location.line,
                      column: $0.location.column, message: $0.message, hint: $0.hint)
            },
            tables: Dictionary(uniqueKeysWithValues: report.tables.map { ($0.table, $0.records) }),
            pages: report.pageCount)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(output)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
