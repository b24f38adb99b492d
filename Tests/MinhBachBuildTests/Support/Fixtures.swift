import Foundation
import MinhBachBuild

/// Fixture sites under Tests/MinhBachBuildTests/Fixtures, and scratch
/// folders to build them into.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func site(_ name: String) -> URL { root.appendingPathComponent("sites/\(name)") }

    /// A new empty folder, removed by the caller with `remove`.
    static func scratch() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("minhbach-test-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func remove(_ url: URL) { try? FileManager.default.removeItem(at: url) }

    /// Copies a folder's contents into another, keeping symbolic links as links.
    static func copyContents(of source: URL, into target: URL) throws {
        let manager = FileManager.default
        for name in try manager.contentsOfDirectory(atPath: source.path) {
            let from = source.appendingPathComponent(name)
            let to = target.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            let isLink = (try? manager.destinationOfSymbolicLink(atPath: from.path)) != nil
            if !isLink, manager.fileExists(atPath: from.path, isDirectory: &isDirectory), isDirectory.boolValue {
                try manager.createDirectory(at: to, withIntermediateDirectories: true)
                try copyContents(of: from, into: to)
            } else {
                if manager.fileExists(atPath: to.path) { try manager.removeItem(at: to) }
                try manager.copyItem(at: from, to: to)
            }
        }
    }

    /// Every file below a folder, by relative path, with its bytes.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let prefix = folder.standardizedFileURL.path + "/"
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return files }
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            files[String(url.standardizedFileURL.path.dropFirst(prefix.count))] = try? Data(contentsOf: url)
        }
        return files
    }

    static func build(_ source: URL, output: URL, drafts: Bool = false) -> BuildReport {
        SiteBuilder().build(BuildOptions(source: source, output: output, includeDrafts: drafts))
    }
}

/// Runs blocking work — a whole build, a child process — on a thread of its
/// own. Swift Testing runs tests on the few threads Swift concurrency
/// shares (two on a two-core machine); a test that blocks one of them for
/// many seconds starves the tests that need a task to run, such as the
/// preview server's, whose server never gets a thread to start on.
func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
    }
}
