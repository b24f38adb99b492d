import Foundation

/// The browsers connected for live reload, each an event stream.
actor LiveReloadHub {
    private var clients: [UUID: AsyncStream<String>.Continuation] = [:]

    func subscribe() -> (UUID, AsyncStream<String>) {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(16))
        clients[id] = continuation
        return (id, stream)
    }

    func unsubscribe(_ id: UUID) {
        clients[id]?.finish()
        clients[id] = nil
    }

    /// Sends a Server-Sent Event (`event:` and one `data:` line) to every browser.
    func broadcast(event: String, data: String) {
        let message = "event: \(event)\ndata: \(data.replacingOccurrences(of: "\n", with: "\\n"))\n\n"
        for continuation in clients.values { continuation.yield(message) }
    }

    var count: Int { clients.count }
}
