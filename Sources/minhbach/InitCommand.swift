import ArgumentParser
import Foundation
import MinhBachBuild

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site from the example site.",
        discussion: """
            Writes the example site — site.yaml, pages, programme data — into DIR/content/. \
            The built-in theme is used until you add a templates/ folder; copy any file of \
            the repository's templates/ there to change it.
            """
    )

    @Argument(help: ArgumentHelp("The folder of the new site (created if missing).", valueName: "dir"))
    var folder: String

    func run() throws {
        let url = URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        switch SiteInitialiser().create(at: url, displayPath: folder) {
        case .failure(let diagnostic):
            FileHandle.standardError.write(Data((diagnostic.formatted + "\n").utf8))
            throw ExitCode(ExitStatus.siteErrors)
        case .success(let files):
            print("Created \(folder) with \(files.count) files. Next: minhbach build --source \(folder)")
        }
    }
}
