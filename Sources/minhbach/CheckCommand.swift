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
            status 1 when there are errors (warnings alone exit 0, or 1 with --strict). With --format json the \
            problems are printed as JSON, for editors and CI. With --links it then checks the \
            built site (run build first): every internal link and anchor must lead to a page, \
            file or id of the site; links to other hosts are not fetched.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var site: SiteOptions
    @OptionGroup var messages: MessageOptions

    @Option(name: .long, help: "Output format: text or json.")
    var format: Format = .text

    @Flag(name: .long, help: "Also check the links and anchors of the built site.")
    var links = false

    @Flag(name: .long, help: "Treat warnings as errors: fail (exit status 1) when there is any warning. For CI.")
    var strict = false

    @Option(name: .long, help: ArgumentHelp("With --links: the built site (default: site-out/ in the site folder).", valueName: "dir"))
    var output: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp("With --links: the base URL the site was built with, if not site.yaml's.", valueName: "url"))
    var baseURL: String?

    func run() throws {
        let options = BuildOptions(source: site.sourceURL, includeDrafts: site.drafts, displayPrefix: site.displayPrefix, strict: strict)
        var report = SiteChecker().check(options)
        site.printTimings(report.stageDurations)
        let linkReport = links ? checkLinks(report.linkSources, siteBaseURL: report.config.baseURL) : nil
        let language = messages.language(siteLanguage: report.config.language)
        switch format {
        case .json:
            report.diagnostics += linkReport?.diagnostics ?? []
            print(CheckJSON.render(report, language: language))
        case .text:
            for group in (report.diagnostics + (linkReport?.diagnostics ?? [])).grouped() {
                FileHandle.standardError.write(Data((group.formatted(in: language) + "\n").utf8))
            }
            print(CheckSummary.text(report, language))
            if let linkReport { print(CheckSummary.links(linkReport, language)) }
        }
        if !report.succeeded || linkReport?.succeeded == false { throw ExitCode(ExitStatus.siteErrors) }
    }

    func checkLinks(_ sources: LinkSources?, siteBaseURL: String) -> LinkChecker.Report {
        let folder = output ?? site.displayPrefix + "site-out"
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var locator: (@Sendable (String, String) -> SourceLocation?)?
        if let sources { locator = { page, url in sources.location(page: page, url: url) } }
        return LinkChecker().check(.init(
            siteFolder: URL(fileURLWithPath: folder, relativeTo: cwd),
            baseURL: baseURL ?? siteBaseURL,
            displayPrefix: folder.hasSuffix("/") ? folder : folder + "/",
            sourceLocator: locator))
    }
}

enum CheckSummary {
    /// `Đã kiểm tra 13 trang và 4 bảng dữ liệu (120 bản ghi) trong 30 ms: không có vấn đề nào`.
    static func text(_ report: SiteChecker.Report, _ language: MessageLanguage) -> String {
        let records = report.tables.reduce(0) { $0 + $1.records }
        let tables = report.tables.filter { $0.records > 0 }.count
        let errors = report.diagnostics.errors.count, warnings = report.diagnostics.warnings.count
        let verdict = errors == 0 && warnings == 0 ? Summary.noProblems[language]
            : [errors > 0 ? Summary.count(errors, .error, language) : nil, warnings > 0 ? Summary.count(warnings, .warning, language) : nil]
                .compactMap { $0 }.joined(separator: ", ") + (report.strict && errors == 0 && warnings > 0 ? Summary.strictWarnings[language] : "")
        return Summary.line(Summary.checked, language, [
            "pages": Summary.count(report.pageCount, .page, language), "tables": Summary.count(tables, .dataTable, language),
            "records": Summary.count(records, .record, language), "ms": "\(Summary.milliseconds(report.duration))", "verdict": verdict])
    }

    /// `Đã kiểm tra 22050 liên kết trong 593 trang và 3 tệp XML (0 tới trang
    /// web khác, không mở) trong 30 ms: không có liên kết hỏng`.
    static func links(_ report: LinkChecker.Report, _ language: MessageLanguage) -> String {
        let errors = report.diagnostics.errors.count, warnings = report.diagnostics.warnings.count
        var verdict = errors == 0 ? Summary.noBrokenLinks[language] : Summary.count(errors, .brokenLink, language)
        if warnings > 0 { verdict += ", " + Summary.count(warnings, .warning, language) }
        let feeds = report.feedCount == 0 ? ""
            : Summary.line(Summary.andFeeds, language, ["feeds": Summary.count(report.feedCount, .xmlFile, language)])
        return Summary.line(Summary.checkedLinks, language, [
            "links": Summary.count(report.linkCount, .link, language), "pages": Summary.count(report.pageCount, .page, language),
            "feeds": feeds, "external": "\(report.externalCount)", "ms": "\(Summary.milliseconds(report.duration))", "verdict": verdict])
    }
}

/// The JSON form of a check: stable keys, one object per diagnostic, or
/// per group of diagnostics of one kind in one file (as the text shows them).
enum CheckJSON {
    struct Output: Encodable {
        struct Item: Encodable {
            var severity: String
            var path: String
            var line: Int?
            var column: Int?
            /// In a workbook: the sheet and the cell (`C12`); `line` is its row.
            var sheet: String?
            var cell: String?
            /// Worded in the output's language.
            var message: String
            var hint: String?
            /// The message's code (`MB2104`), or for a message not yet in the
            /// catalogue the kind of problem (`data.reference.missing`), when it has one.
            var code: String?
            /// The values the message names, by name, in the output's language
            /// (a coded message only).
            var arguments: [String: String]?
            /// Present when more than one problem of the kind is in the file.
            var group: Group?
        }
        /// Every place a grouped problem occurs, the item's own first.
        struct Group: Encodable {
            var count: Int
            var locations: [Place]
        }
        struct Place: Encodable {
            var path: String
            var line: Int?
            var column: Int?
            var sheet: String?
            var cell: String?
        }
        var ok: Bool
        /// The language of every message: `vi` or `en`.
        var language: String
        var errors: Int
        var warnings: Int
        var diagnostics: [Item]
        var tables: [String: Int]
        var pages: Int
    }

    static func render(_ report: SiteChecker.Report, language: MessageLanguage = .en) -> String {
        let output = Output(
            ok: report.succeeded,
            language: language.rawValue,
            errors: report.diagnostics.errors.count,
            warnings: report.diagnostics.warnings.count,
            diagnostics: report.diagnostics.grouped().map { item($0, language: language) },
            tables: Dictionary(uniqueKeysWithValues: report.tables.map { ($0.table, $0.records) }),
            pages: report.pageCount)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(output)) ?? Data("{}".utf8), as: UTF8.self)
    }

    static func item(_ group: DiagnosticGroup, language: MessageLanguage) -> Output.Item {
        let first = group.first
        let places = group.locations.map { Output.Place(path: $0.path, line: $0.line, column: $0.column, sheet: $0.sheet, cell: $0.cell) }
        return Output.Item(severity: first.severity.rawValue, path: first.location.path, line: first.location.line,
                           column: first.location.column, sheet: first.location.sheet, cell: first.location.cell, message: first.shownMessage(in: language), hint: first.hint(in: language), code: first.code,
                           arguments: first.messageCode == nil ? nil : Dictionary(first.arguments.map { ($0.name, $0.value[language]) }, uniquingKeysWith: { a, _ in a }),
                           group: group.count > 1 ? Output.Group(count: group.count, locations: places) : nil)
    }
}
