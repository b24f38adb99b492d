import ArgumentParser
import Foundation
import MinhBachBuild

@main
struct MinhBachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minhbach",
        abstract: "Build transparency websites for Vietnam's public programmes from data and Markdown.",
        discussion: """
            A site folder holds content/ (site.yaml, Markdown pages, data) and, optionally, \
            templates/ (a theme; the built-in one is used for any file it does not have).
            """,
        version: SiteBuilder.version,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, PDFCommand.self, InitCommand.self, WorkbookCommand.self, ExplainCommand.self]
    )

    /// Exit codes: 0 success, 1 the site has errors, 2 the command line is wrong.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}

enum ExitStatus {
    static let siteErrors: Int32 = 1
    static let usage: Int32 = 2
}
