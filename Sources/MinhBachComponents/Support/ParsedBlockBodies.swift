import Foundation
import Yams

/// Component bodies already unescaped and parsed, by their text. A data
/// page template writes the same body on every page it makes (`indicator:
/// poverty-rate`, `areas: [this, parent]`: `this` is the page's area, not
/// in the text), so the national site parsed the same few bodies 100,000
/// times: 2.4 % of its build. Only bodies that parse are kept; a body's
/// nodes carry positions in the body, which `BlockSource` maps to the
/// file each time.
final class ParsedBlockBodies: @unchecked Sendable {
    struct Parsed {
        let text: String
        let columns: [[Int]]
        let node: Node?
    }

    static let shared = ParsedBlockBodies()

    private let lock = NSLock()
    private var bodies: [String: Parsed] = [:]
    /// A preview runs for hours and a body changes with each edit: the
    /// store starts again past this many bodies.
    private let limit = 4_096

    func parsed(_ body: String) -> Parsed? {
        lock.withLock { bodies[body] }
    }

    func remember(_ body: String, _ item: Parsed) {
        lock.withLock {
            if bodies.count >= limit { bodies.removeAll(keepingCapacity: true) }
            bodies[body] = item
        }
    }
}
