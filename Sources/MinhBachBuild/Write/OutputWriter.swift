import Foundation
import MinhBachDiagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
            return Diagnostic(.publish(.outputHoldsTheSite), at: at)
        }
        for input in ["content", "templates", "static"] where out.hasPrefix(source + "/" + input + "/") || out == source + "/" + input {
            return Diagnostic(.publish(.outputInsideInput), at: at, [MessageArgument("input", input)])
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                return Diagnostic(.publish(.outputNotAFolder), at: at)
            }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
            if !entries.isEmpty, !entries.contains(Self.marker) {
                return Diagnostic(.publish(.outputNotMadeByMinhBach), at: at)
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
    /// Plain system calls: the file is tried first and its folders made only
    /// when missing, where FileManager checked every folder of the path for
    /// every page (a tenth of a plain build's system time).
    static func write(_ data: Data, to relative: String, in staging: URL) throws {
        let path = staging.path + "/" + relative
        // A page's `index.html` is most often the first file of its own
        // folder: the folder is made first, rather than after an open that
        // fails (a path walk in the kernel for every page). If it cannot
        // be made, the open below says why, as for any other file.
        if relative.hasSuffix("/index.html") { try? makeFolders(upTo: path.prefix(upTo: path.lastIndex(of: "/")!)) }
        if try writeFile(data, path) { return }
        try makeFolders(upTo: path.prefix(upTo: path.lastIndex(of: "/")!))
        guard try writeFile(data, path) else { throw SystemCallError(call: "open", path: path, code: ENOENT) }
    }

    /// False when a folder of the path is missing.
    private static func writeFile(_ data: Data, _ path: String) throws -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if descriptor < 0 {
            if errno == ENOENT { return false }
            throw SystemCallError(call: "open", path: path, code: errno)
        }
        defer { close(descriptor) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw SystemCallError(call: "write", path: path, code: errno)
                }
                offset += written
            }
        }
        return true
    }

    private static func makeFolders(upTo folder: Substring) throws {
        let path = String(folder)
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT, let slash = folder.lastIndex(of: "/"), slash > folder.startIndex else {
            throw SystemCallError(call: "mkdir", path: path, code: errno)
        }
        try makeFolders(upTo: folder[..<slash])
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw SystemCallError(call: "mkdir", path: path, code: errno) }
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
            FolderRemoval.remove(previous)
        }
    }
}

/// A failed system call, described the way the system describes it.
struct SystemCallError: LocalizedError {
    var call: String
    var path: String
    var code: Int32

    var errorDescription: String? { "\(path): \(String(cString: strerror(code)).lowercased())" }
}

/// `write(2)`, under a name that methods called `write` do not hide.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
