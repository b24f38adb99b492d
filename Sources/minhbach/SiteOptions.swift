import ArgumentParser
import Foundation
import MinhBachBuild

/// The options every command that reads a site shares.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site folder, holding content/ and optionally templates/.", valueName: "dir"))
    var source: String = "."

    @Flag(name: .long, help: "Include pages marked 'draft: true'.")
    var drafts = false

    @Flag(name: .long, help: "Print the time each stage took (to standard error).")
    var timings = false

    func printTimings(_ stages: [(stage: String, duration: Duration)]) {
        guard timings else { return }
        for (stage, duration) in stages {
            FileHandle.standardError.write(Data("  \(stage): \(Summary.milliseconds(duration)) ms\n".utf8))
        }
    }

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("the site folder '\(source)' does not exist")
        }
    }

    var sourceURL: URL {
        URL(fileURLWithPath: source, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    }

    /// Paths in messages start from where the command was run: `content/a.md`
    /// for the current folder, `example/content/a.md` for `--source example`.
    var displayPrefix: String { Self.displayPrefix(of: source) }

    static func displayPrefix(of source: String) -> String {
        let trimmed = source.hasSuffix("/") ? String(source.dropLast()) : source
        if trimmed == "." || trimmed.isEmpty { return "" }
        return (trimmed.hasPrefix("./") ? String(trimmed.dropFirst(2)) : trimmed) + "/"
    }
}
