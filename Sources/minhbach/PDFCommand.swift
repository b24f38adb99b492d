import ArgumentParser
import Foundation
import MinhBachBuild
import MinhBachDiagnostics

struct PDFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdf",
        abstract: "Print a page of the site, such as the yearly report, to a PDF file.",
        discussion: """
            Builds the site into a temporary folder (site-out/ is not touched) and prints the \
            page at PAGE — its path on the site, e.g. /bao-cao/2025/ — with headless Chromium, \
            using the page's print styles: an A4 document, with a cover, a table of contents \
            and each chapter on a new page for a yearly report. Links in the PDF lead to the \
            site at base_url of site.yaml. Chromium is found as chromium, chromium-browser or \
            google-chrome on PATH, or at MINHBACH_CHROMIUM; on Debian or Ubuntu install it with \
            'sudo apt-get install chromium fonts-liberation2' (Liberation Serif 2 is the print font: \
            every Vietnamese letter). A page with 'official:' in its front matter prints as an \
            administrative document (Nghị định 30/2020/NĐ-CP): see docs/TEMPLATES.md.
            """
    )

    enum Language: String, ExpressibleByArgument, CaseIterable {
        case vi, en
    }

    @Argument(help: ArgumentHelp("The page's path on the site, e.g. /bao-cao/2025/.", valueName: "page"))
    var page: String

    @OptionGroup var site: SiteOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The PDF file to write (default: the page's path, e.g. bao-cao-2025.pdf).", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Print the page's version in this language, and word messages in it: vi or en.", valueName: "lang"))
    var lang: Language?

    @Option(name: .long, help: ArgumentHelp("Stop Chromium after this many seconds.", valueName: "seconds"))
    var timeout: Int = 120

    @Flag(name: .shortAndLong, help: "Print only errors and warnings.")
    var quiet = false

    func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be a number of seconds above 0") }
        if let output, output.isEmpty { throw ValidationError("--output must be a file name") }
    }

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let file = output ?? Self.defaultFileName(page, lang: lang)
        let options = PDFOptions(
            build: BuildOptions(source: site.sourceURL, includeDrafts: site.drafts, displayPrefix: site.displayPrefix),
            page: page,
            language: lang?.rawValue,
            output: URL(fileURLWithPath: file, relativeTo: cwd),
            timeout: .seconds(timeout)
        )
        // --lang chooses the printed page and the messages; without it, the
        // site's language, known once the build has read site.yaml (read for
        // it alone when printing stopped before the build).
        let chosen = lang.map { MessageLanguage(siteLanguage: $0.rawValue) }
        let terminal = TerminalOutput(progressEnabled: !quiet, language: chosen ?? .vi)
        let report = PDFPrinter().print(options, progress: terminal)
        let language = chosen ?? report.build.map { MessageLanguage(siteLanguage: $0.config.language) } ?? .ofSite(at: site.sourceURL)
        terminal.language = language
        terminal.finishProgress()
        if let build = report.build {
            site.printTimings(build.stageDurations)
            terminal.print(build.diagnostics)
            guard build.succeeded else {
                terminal.printError(Summary.line(Summary.buildFailed, language, ["errors": Summary.errorsAndWarnings(build.diagnostics, language)])
                                        + Summary.noPDFAfterBuild[language])
                throw ExitCode(ExitStatus.siteErrors)
            }
        }
        terminal.print(report.diagnostics)
        guard report.succeeded else {
            terminal.printError(Summary.noPDF[language])
            throw ExitCode(ExitStatus.siteErrors)
        }
        if !quiet {
            var details = [String]()
            if let pages = report.pageCount { details.append(Summary.count(pages, .page, language)) }
            details.append("\(max(1, (report.byteCount + 512) / 1024)) KB")
            Swift.print(Summary.line(Summary.wrotePDF, language,
                                     ["file": file, "details": details.joined(separator: ", "), "page": report.pagePath ?? page]))
        }
    }

    /// `/bao-cao/2025/` → `bao-cao-2025.pdf`; `--lang en` adds `-en`.
    static func defaultFileName(_ page: String, lang: Language?) -> String {
        var path = page
        if let scheme = path.range(of: "://") { path = String(path[scheme.upperBound...].drop(while: { $0 != "/" })) }
        let parts = path.split(separator: "/").filter { $0 != "index.html" && !$0.isEmpty }
        var name = parts.joined(separator: "-")
        if lang == .en, !name.hasPrefix("en-"), name != "en" { name = "en-" + name }
        if lang == .vi, name.hasPrefix("en-") { name = String(name.dropFirst(3)) }
        return (name.isEmpty ? "trang-chu" : name) + ".pdf"
    }
}
