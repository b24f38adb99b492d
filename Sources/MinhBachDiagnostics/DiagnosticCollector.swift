import Foundation

/// Collects diagnostics from work that runs on several threads at once.
public final class DiagnosticCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Diagnostic] = []

    public init() {}

    public func add(_ diagnostic: Diagnostic) {
        lock.lock()
        items.append(diagnostic)
        lock.unlock()
    }

    public func add(contentsOf diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        lock.lock()
        items.append(contentsOf: diagnostics)
        lock.unlock()
    }

    public var all: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        return items.sortedByLocation()
    }

    public var hasErrors: Bool {
        lock.lock()
        defer { lock.unlock() }
        return items.hasErrors
    }
}
