import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP/1.1 client over a socket. URLSession would normalise paths
/// such as `/../x` before sending them, which is exactly what the traversal
/// tests must not have happen.
///
/// Its waits run on a thread of their own: the server's handlers run on
/// Swift's cooperative pool, which has one thread per core, and a test that
/// blocked one of them waiting for the server could starve it (under
/// ThreadSanitizer it did, with two cores and the other suites running).
final class RawHTTP: @unchecked Sendable {
    let port: Int
    private var fd: Int32 = -1
    private var buffer = [UInt8]()

    init(port: Int) { self.port = port }

    deinit { if fd >= 0 { close(fd) } }

    private func connect() throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { throw POSIXError(.ECONNREFUSED) }
    }

    private func send(_ text: String) {
        var bytes = Array(text.utf8)
        _ = write(fd, &bytes, bytes.count)
    }

    /// Reads what arrives within `timeout`; nil when nothing did.
    private func receive(timeout: Double) -> Bool {
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, Int32(timeout * 1000)) > 0 else { return false }
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = read(fd, &chunk, chunk.count)
        guard count > 0 else { return false }
        buffer += chunk[0..<count]
        return true
    }

    struct Response {
        var status: Int
        var headers: String
        var body: String
        /// The body's bytes as they came (a zip file is no text).
        var data: Data

        /// The value of a header, by its name in any case.
        func header(_ name: String) -> String? {
            for line in headers.components(separatedBy: "\r\n").dropFirst() {
                let parts = line.split(separator: ":", maxSplits: 1)
                if parts.count == 2, parts[0].lowercased() == name.lowercased() { return parts[1].trimmingCharacters(in: .whitespaces) }
            }
            return nil
        }
    }

    /// One request on a new connection, the path sent exactly as given.
    static func get(_ path: String, port: Int) async throws -> Response {
        try await offThePool { try blockingRequest("GET", path, port: port) }
    }

    static func head(_ path: String, port: Int) async throws -> Response {
        try await offThePool { try blockingRequest("HEAD", path, port: port) }
    }

    private static func blockingRequest(_ method: String, _ path: String, port: Int) throws -> Response {
        let client = RawHTTP(port: port)
        try client.connect()
        client.send("\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        // Until the response has come and 2 s pass without more: the first
        // byte may take longer than that while other tests load both cores,
        // and the first request for the search index renders every page
        // (9 s for the example site in a debug build on a quiet machine).
        let deadline = Date().addingTimeInterval(180)
        while Date() < deadline, client.receive(timeout: 2) || client.buffer.isEmpty {}
        let bytes = Data(client.buffer)
        let end = bytes.firstRange(of: Data("\r\n\r\n".utf8))
        let head = String(decoding: end.map { bytes[..<$0.lowerBound] } ?? bytes, as: UTF8.self)
        let body = end.map { Data(bytes[$0.upperBound...]) } ?? Data()
        let status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
        return Response(status: status, headers: head, body: String(decoding: body, as: UTF8.self), data: body)
    }

    /// Opens the event stream; `next` then waits for the next event of a name.
    static func events(port: Int) throws -> RawHTTP {
        let client = RawHTTP(port: port)
        try client.connect()
        client.send("GET /__minhbach/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        return client
    }

    /// The data of the next event called `name`, or nil after `timeout` seconds.
    func next(_ name: String, timeout: Double = 15) async -> String? {
        try? await offThePool { self.blockingNext(name, timeout: timeout) }
    }

    private func blockingNext(_ name: String, timeout: Double) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let text = String(decoding: buffer, as: UTF8.self)
            if let range = text.range(of: "event: \(name)\ndata: ") {
                let rest = text[range.upperBound...]
                if let end = rest.firstIndex(of: "\n") {
                    let data = String(rest[..<end])
                    // Drop everything up to this event.
                    buffer = Array(text[end...].utf8)
                    return data
                }
            }
            guard Date() < deadline else { return nil }
            _ = receive(timeout: 0.2)
        }
    }
}

/// Runs blocking work on a new thread, leaving the cooperative pool free.
func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
    }
}
