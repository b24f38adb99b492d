import ArgumentParser
import Foundation
import MinhBachBuild
import MinhBachDiagnostics

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder.",
        discussion: """
            Reads content/ (pages and data) and templates/ of the site folder, checks \
            everything, and writes the site into a new folder that replaces the output folder \
            in one step. When anything is wrong, every problem is listed as path:line:column, \
            the command exits with status 1, and the previous output is left exactly as it was. \
            With --strict, warnings (a skipped file, a re-read value) fail the build too.
            """
    )

    @OptionGroup var site: SiteOptions
    @OptionGroup var messages: MessageOptions

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: site-out/ in the site folder).", valueName: "dir"))
    var output: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Override base_url of site.yaml, e.g. https://staging.example.gov.vn/.", valueName: "url"))
    var baseURL: String?

    @Flag(name: .shortAndLong, help: "Print only errors and warnings.")
    var quiet = false

    @Flag(name: .long, help: "Treat warnings as errors: fail (exit status 1) when there is any warning. For CI.")
    var strict = false

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let options = BuildOptions(
            source: site.sourceURL,
            output: output.map { URL(fileURLWithPath: $0, relativeTo: cwd) },
            includeDrafts: site.drafts,
            baseURL: baseURL,
            displayPrefix: site.displayPrefix,
            strict: strict
        )
        // The language is site.yaml's, known once the build has read it.
        let terminal = TerminalOutput(progressEnabled: !quiet, language: messages.lang ?? .vi)
        let report = SiteBuilder().build(options, progress: terminal)
        let language = messages.language(siteLanguage: report.config.language)
        terminal.language = language
        terminal.finishProgress()
        site.printTimings(report.stageDurations)
        terminal.print(report.diagnostics)
        guard report.succeeded else {
            terminal.printError(Summary.failure(report, output: output ?? site.displayPrefix + "site-out", language))
            throw ExitCode(ExitStatus.siteErrors)
        }
        if !quiet { Swift.print(Summary.success(report, language)) }
    }
}
