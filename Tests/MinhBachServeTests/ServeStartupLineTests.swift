import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// `minhbach serve`'s startup line is worded in the message language: the
/// site's (the fixture's is Vietnamese), or the one `--lang` chooses.
@Suite(.serialized) struct ServeStartupLineTests {
    /// The first line the command prints, then the command is stopped.
    private func firstLine(_ arguments: [String]) throws -> String {
        let binary = try #require(BusyPortTests.binary, "the minhbach executable is built with the tests")
        let folder = try TestServer.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try TestServer.copy(PreviewServerTests.fixture, into: folder)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--port", "0"] + arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        defer {
            // Killed: a preview ends only with Ctrl-C, and no test should wait for that.
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        var bytes = Data()
        while !bytes.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            bytes += chunk
        }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
    }

    @Test func theStartupLineIsInTheSiteLanguage() throws {
        let line = try firstLine([])
        #expect(line.wholeMatch(of: /Đang xem trước tại http:\/\/127\.0\.0\.1:\d+\/ — bấm Ctrl-C để dừng/) != nil, "got: \(line)")
    }

    @Test func langChoosesEnglish() throws {
        let line = try firstLine(["--lang", "en"])
        #expect(line.wholeMatch(of: /Serving at http:\/\/127\.0\.0\.1:\d+\/ — press Ctrl-C to stop/) != nil, "got: \(line)")
    }
}
