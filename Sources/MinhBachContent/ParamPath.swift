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

/// Where each parameter and every value inside it is written, kept small:
/// every page holds one until the build ends, and a dictionary of
/// `ParamPath` to `SourceLocation` cost some 4 KB a page of fifteen keys
/// (40 MB over 10,000 pages). The file's path is kept once; each value
/// keeps its path as written in messages (`indicators.ty_le_ngheo`, most
/// short enough to be stored inline) and its line and column.
public struct ParamLocations: Hashable, Sendable {
    private var path: String?
    private var entries: [Entry] = []

    private struct Entry: Hashable, Sendable {
        var key: String
        var line: Int32
        var column: Int32
    }

    public init() {}

    public subscript(key: ParamPath) -> SourceLocation? {
        let name = key.description
        guard let path, let entry = entries.first(where: { $0.key == name }) else { return nil }
        return SourceLocation(path: path, line: entry.line > 0 ? Int(entry.line) : nil, column: entry.column > 0 ? Int(entry.column) : nil)
    }

    /// `name` is the path as `ParamPath.description` writes it.
    mutating func record(_ name: String, at location: SourceLocation) {
        record(name, in: location.path, line: location.line ?? 0, column: location.column ?? 0)
    }

    /// As above, without making a `SourceLocation` for every value.
    mutating func record(_ name: String, in file: String, line: Int, column: Int) {
        if path == nil { path = file }
        assert(path == file, "the parameters of one file")
        entries.append(Entry(key: name, line: Int32(clamping: line), column: Int32(clamping: column)))
    }
}

extension YAMLReader {
    /// The place of `node` and of every value inside it, by path: a group's
    /// values under their keys, a list's items under their positions.
    func locations(of node: Node, at path: ParamPath, into locations: inout ParamLocations) {
        self.locations(of: node, named: path.description, into: &locations)
    }

    /// The path is written as it goes (`indicators.thu_nhap`, `tags[1]`),
    /// as `ParamPath.description` would write it: making a `ParamPath` and
    /// its description for every value of every page cost more than reading
    /// the value.
    private func locations(of node: Node, named name: String, into locations: inout ParamLocations) {
        locations.record(name, at: location(of: node))
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping { self.locations(of: value, named: name + "." + (key.string ?? ""), into: &locations) }
        case .sequence(let items):
            for (index, item) in items.enumerated() { self.locations(of: item, named: name + "[" + String(index) + "]", into: &locations) }
        case .scalar, .alias:
            break
        }
    }
}

extension YAMLReader {
    /// As `locations(of:at:into:)` records the node Yams composes from the
    /// same text: the value's place, then its items' in order.
    func locations(of value: SimpleYAML.Value, named name: String, into locations: inout ParamLocations) {
        let place = value.place
        locations.record(name, in: path, line: place.line + firstLine - 1, column: place.column)
        switch value {
        case .mapping(let pairs, _):
            for pair in pairs { self.locations(of: pair.value, named: name + "." + pair.key, into: &locations) }
        case .sequence(let items, _):
            for (index, item) in items.enumerated() { self.locations(of: item, named: name + "[" + String(index) + "]", into: &locations) }
        case .scalar:
            break
        }
    }
}
