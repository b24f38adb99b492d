import Foundation
import MinhBachBuild
import MinhBachDiagnostics
import MinhBachServe
import Testing

/// A preview server on a free loopback port, serving a copy of a site in a
/// folder of its own, which the tests edit on disk.
final class TestServer: @unchecked Sendable {
    let folder: URL
    var port = 0
    let ready = DispatchSemaphore(value: 0)
    var task: Task<Void, Never>?

    private init(folder: URL) { self.folder = folder }

    /// A new empty folder for a site.
    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minhbach-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Serves the site in `folder` (which the server then owns and removes).
    static func start(serving folder: URL, language: MessageLanguage = .vi) async throws -> TestServer {
        let running = TestServer(folder: folder)
        let server = PreviewServer(options: .init(build: BuildOptions(source: folder, baseURL: "/"), host: "127.0.0.1", port: 0,
                                                  language: language))
        // Before the tests queued behind this one: it is what this test waits for.
        running.task = Task(priority: .high) {
            try? await server.run { port in
                running.port = port
                running.ready.signal()
            }
        }
        let started = try await offThePool { running.ready.wait(timeout: .now() + 120) }
        #expect(started == .success, "the server starts")
        return running
    }

    /// Serves a copy of the site in `source`.
    static func start(copying source: URL, language: MessageLanguage = .vi) async throws -> TestServer {
        let folder = try scratch()
        try copy(source, into: folder)
        return try await start(serving: folder, language: language)
    }

    static func copy(_ source: URL, into folder: URL) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
    }

    func stop() {
        task?.cancel()
        try? FileManager.default.removeItem(at: folder)
    }

    func write(_ text: String, to relative: String) throws {
        let url = folder.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
}
