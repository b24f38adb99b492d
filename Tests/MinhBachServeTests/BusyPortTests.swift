import Foundation
import MinhBachDiagnostics
import MinhBachServe
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A port another program listens on: one clear message naming the port and
/// `--port`, exit status 1, none of the network library's own text.
@Suite(.serialized) struct BusyPortTests {
    /// Listens on a free loopback port until closed; returns the socket and the port.
    private func occupyPort() throws -> (Int32, Int) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(fd, pointer, length) == 0 && listen(fd, 1) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else { throw POSIXError(.EADDRINUSE) }
        return (fd, Int(UInt16(bigEndian: address.sin_port)))
    }

    @Test func theServerSaysThePortIsInUse() async throws {
        let (fd, port) = try occupyPort()
        defer { close(fd) }
        let folder = try TestServer.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try TestServer.copy(PreviewServerTests.fixture, into: folder)
        let server = PreviewServer(options: .init(build: .init(source: folder, baseURL: "/"), host: "127.0.0.1", port: port))
        do {
            try await server.run()
            Issue.record("the server started on a busy port")
        } catch let failure as ServeFailure {
            #expect(failure.code == .portInUse)
            let other = port < 65535 ? port + 1 : 8080
            #expect(failure.diagnostic.messageCode == .links(.portInUse))
            #expect(failure.diagnostic.formatted(in: .vi) == """
                minhbach serve: error[MB6301]: Cổng \(port) đang được chương trình khác dùng
                  gợi ý: Hãy chọn cổng khác, ví dụ --port \(other)
                """)
            #expect(failure.diagnostic.formatted(in: .en) == """
                minhbach serve: error[MB6301]: port \(port) is already in use
                  hint: choose another with --port, e.g. --port \(other)
                """)
        }
    }

    @Test func theCommandPrintsTheMessageAndExitsWithStatusOne() throws {
        let binary = try #require(Self.binary, "the minhbach executable is built with the tests")
        let (fd, port) = try occupyPort()
        defer { close(fd) }
        let folder = try TestServer.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try TestServer.copy(PreviewServerTests.fixture, into: folder)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--port", String(port)]
        process.currentDirectoryURL = folder
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        let lines = stderr.split(separator: "\n").map(String.init)
        // The fixture's site is Vietnamese: so is the message.
        #expect(stderr.hasSuffix(ServeFailure(code: .portInUse, host: "127.0.0.1", port: port).diagnostic.formatted(in: .vi) + "\n"),
                "got: \(stderr)")
        #expect(!stderr.contains("bind("))
        #expect(!stderr.contains("errno"))
    }

    /// `swift test` builds the executable next to the test bundle.
    static let binary: URL? = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("minhbach")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }()
}
