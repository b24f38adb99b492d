import Foundation
import MinhBachDiagnostics

/// The write stage. Everything goes into a fresh folder beside the output
/// (`.site-out.tmp-<pid>`), which replaces the output only when the whole
/// site was written: a failed or interrupted build leaves the previous site
/// exactly as it was.
struct OutputWriter {
    let output: URL
    /// How the output folder is shown in messages.
    let displayPath: String

    /// Marks an output folder as made by MinhBạch: a folder without it is
    /// never replaced, so a mistyped `--output` cannot delete someone's files.
    static let marker = ".minhbach-output"

    var parent: URL { output.deletingLastPathComponent() }
    var stagingPrefix: String { ".\(output.lastPathComponent).tmp-" }

    /// Refuses outputs that would destroy input or unrelated files.
    func check(sourceRoot: URL) -> Diagnostic? {
        let out = output.standardizedFileURL.resolvingSymlinksInPath().path
        let source = sourceRoot.standardizedFileURL.resolvingSymlinksInPath().path
        let at = SourceLocation(path: displayPath)
        if source == out || source.hasPrefix(out + "/") {
            return .error(at: at, "the output folder contains the site's own files",
                          hint: "choose an output folder of its own, e.g. --output site-out")
        }
        for input in ["content", "templates", "static"] where out.hasPrefix(source + "/" + input + "/") || out == source + "/" + input {
            return .error(at: at, "the output folder is inside the site's \(input)/ folder", hint: "choose a folder outside it, e.g. site-out")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                return .error(at: at, "the output path exists and is not a folder", hint: "remove it or choose another --output")
            }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
            if !entries.isEmpty, !entries.contains(Self.marker) {
                return .error(at: at, "the output folder exists and was not made by MinhBạch; it will not be replaced",
                              hint: "remove it yourself or choose another --output")
            }
        }
        return nil
    }

    /// Removes staging folders left by builds that were killed.
    func removeLeftovers() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for name in names where name.hasPrefix(stagingPrefix) {
            let pid = Int32(name.dropFirst(stagingPrefix.count).prefix(while: \.isNumber)) ?? 0
            if pid > 0, pid != getpid(), kill(pid, 0) == 0 { continue }   // another build is running
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    func makeStaging() throws -> URL {
        let staging = parent.appendingPathComponent("\(stagingPrefix)\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try Data().write(to: staging.appendingPathComponent(Self.marker))
        return staging
    }

    /// Writes one file below the staging folder, creating folders as needed.
    static func write(_ data: Data, to relative: String, in staging: URL) throws {
        let url = staging.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    static func copy(_ source: String, to relative: String, in staging: URL) throws {
        let url = staging.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: source, toPath: url.path)
    }

    /// Swaps the finished staging folder in, then deletes the previous build.
    func publish(_ staging: URL) throws {
        let oldPlace = parent.appendingPathComponent("\(stagingPrefix)\(getpid())-old").path
        if let previous = try AtomicSwap.replace(output.path, with: staging.path, oldPlace: oldPlace) {
            try? FileManager.default.removeItem(atPath: previous)
        }
    }
}
