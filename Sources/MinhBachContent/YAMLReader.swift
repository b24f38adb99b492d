import Foundation
import MinhBachDiagnostics
import Yams

/// Parses YAML text into nodes (its problems located by `YAMLProblem`). `firstLine` is the line of the file on which the YAML text
/// starts, so positions inside front matter point into the whole file.
public struct YAMLReader: Sendable {
    public let path: String
    public let firstLine: Int

    public init(path: String, firstLine: Int = 1) {
        self.path = path
        self.firstLine = firstLine
    }

    public func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(path: path, line: firstLine) }
        return location(mark)
    }

    public func location(_ mark: Mark) -> SourceLocation {
        SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column)
    }

    public func parse(_ text: String) -> Result<Node?, Diagnostic> {
        parse(text, as: .yaml)
    }

    /// Parses the text of a YAML or a JSON file (JSON is read as YAML, and
    /// its problems are worded for JSON).
    public func parse(_ text: String, as document: YAMLProblem.Document) -> Result<Node?, Diagnostic> {
        YAMLProblem.compose(text, locate: location(_:), whole: SourceLocation(path: path, line: firstLine), locateNode: location(of:))
            .mapError { $0.diagnostic(in: document) }
    }

    /// Converts a node to a template value, keeping YAML's types.
    public func value(of node: Node) -> ParamValue {
        switch node {
        case .scalar(let scalar):
            switch YAMLScalarKind(scalar) {
            case .bool: return node.bool.map(ParamValue.bool) ?? .string(scalar.string)
            case .int: return node.int.map(ParamValue.int) ?? .string(scalar.string)
            case .float: return node.float.map(ParamValue.double) ?? .string(scalar.string)
            case .null: return .null
            case .string: return .string(scalar.string)
            }
        case .sequence(let sequence):
            return .list(sequence.map(value(of:)))
        case .mapping(let mapping):
            var result: [String: ParamValue] = [:]
            for (key, item) in mapping {
                result[key.string ?? ""] = value(of: item)
            }
            return .map(result)
        case .alias:
            return .null
        }
    }
}
