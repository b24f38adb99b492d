import MinhBachDiagnostics
import Yams

/// Where a value sits inside front matter or site.yaml: a top-level key
/// (`"year"`, written as a string literal), then keys of groups and
/// positions in lists (`license.name`, `tags[1]`). `paramLocations` are
/// keyed by it, so a check of a nested value can name its line.
public struct ParamPath: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public enum Step: Hashable, Sendable {
        case key(String)
        /// From 0, as in the list.
        case index(Int)
    }

    public var steps: [Step]

    public init(_ steps: [Step]) { self.steps = steps }
    public init(_ key: String) { steps = [.key(key)] }
    public init(stringLiteral key: String) { self.init(key) }

    public func appending(_ key: String) -> ParamPath { ParamPath(steps + [.key(key)]) }
    public func appending(_ index: Int) -> ParamPath { ParamPath(steps + [.index(index)]) }

    /// `license.name`, `tags[1]`: as a message would name it.
    public var description: String {
        steps.enumerated().map { offset, step in
            switch step {
            case .key(let key): offset == 0 ? key : "." + key
            case .index(let index): "[\(index)]"
            }
        }.joined()
    }
}

extension YAMLReader {
    /// The place of `node` and of every value inside it, by path: a group's
    /// values under their keys, a list's items under their positions.
    func locations(of node: Node, at path: ParamPath, into locations: inout [ParamPath: SourceLocation]) {
        locations[path] = location(of: node)
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping { self.locations(of: value, at: path.appending(key.string ?? ""), into: &locations) }
        case .sequence(let items):
            for (index, item) in items.enumerated() { self.locations(of: item, at: path.appending(index), into: &locations) }
        case .scalar, .alias:
            break
        }
    }
}
