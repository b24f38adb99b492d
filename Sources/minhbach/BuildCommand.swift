import ArgumentParser
import Foundation
import MinhBachBuild

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder.",
        discussion: """
            Reads content/ and templates/ of the site folder, checks everything, and writes \
            the site into a new folder that replaces the output folder in one step. When \
            anything is wrong, every problem is listed as path:line:column, the command \
            exits with status 1, and the previous output is left exactly as it was.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The site folder, holding content/ and optionally templates/.", valueName: "dir"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: site-out/ in the site folder).", valueName: "dir"))
    var output: String?

    @Flag(name: .long, help: "Include pages marked 'draft: true'.")
    var drafts = false

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Override base_url of site.yaml, e.g. https://staging.example.gov.vn/.", valueName: "url"))
    var baseURL: String?

    @Flag(name: .shortAndLong, help: "Print only errors and warnings.")
    var quiet = false

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("the site folder '\(source)' does not exist")
        }
    }

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let sourceURL = URL(fileURLWithPath: source, relativeTo: cwd)
        let options = BuildOptions(
            source: sourceURL,
            output: output.map { URL(fileURLWithPath: $0, relativeTo: cwd) },
            includeDrafts: drafts,
            baseURL: baseURL,
            displayPrefix: Self.displayPrefix(for: source)
        )
        let terminal = TerminalOutput(progressEnabled: !quiet)
        let report = SiteBuilder().build(options, progress: terminal)
        terminal.finishProgress()
        terminal.print(report.diagnostics)
        guard report.succeeded else {
            terminal.printError(Summary.failure(report, output: output ?? Self.displayPrefix(for: source) + "site-out"))
            throw ExitCode(ExitStatus.siteErrors)
        }
        if !quiet { Swift.print(Summary.success(report)) }
    }

    /// Paths in messages start from where the command was run: `content/a.md`
    /// for the current folder, `example/content/a.md` for `--source example`.
    static func displayPrefix(for source: String) -> String {
        let trimmed = source.hasSuffix("/") ? String(source.dropLast()) : source
        if trimmed == "." || trimmed.isEmpty { return "" }
        return (trimmed.hasPrefix("./") ? String(trimmed.dropFirst(2)) : trimmed) + "/"
    }
}
