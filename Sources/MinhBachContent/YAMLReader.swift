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

    /// The text itself when it is a plain decimal number (`-12`, `3.5`,
    /// `1e5`) that Swift reads as YAML does; nil for the forms only Yams
    /// reads right (`1_000`, `0x1F`, octal `017`, `1:30`, `.inf`). Yams'
    /// own conversion lower-cases and rewrites every number through
    /// Foundation first: 14,000 instructions a value.
    static func plainDecimal(_ text: String) -> String? {
        // Yams reads "-0" and "+0" as no number; keep its answer.
        if text.utf8.count >= 2, let first = text.utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+"),
           text.utf8.dropFirst().first == UInt8(ascii: "0") { return nil }
        var bytes = text.utf8.makeIterator()
        var previous: UInt8 = 0, digits = 0
        var leadingZero = false
        while let byte = bytes.next() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if digits == 0 && byte == UInt8(ascii: "0") { leadingZero = true }
                else if digits == 1 && leadingZero && previous == UInt8(ascii: "0") { return nil }   // 017 is octal
                digits += 1
            case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
                break
            default:
                return nil
            }
            previous = byte
        }
        return digits > 0 ? text : nil
    }

    func location(_ place: SimpleYAML.Place) -> SourceLocation {
        SourceLocation(path: path, line: place.line + firstLine - 1, column: place.column)
    }

    /// A plain scalar's value, typed as the node path types it (below):
    /// YAML 1.1's types, Yams' conversions for the numbers Swift does not
    /// read alike.
    static func value(plain text: String) -> ParamValue {
        switch YAMLScalarKind.resolving(plain: text) {
        case .bool: return .bool(YAMLScalarKind.isTrue(text))
        case .int: return (plainDecimal(text).flatMap { Int($0) } ?? Int.construct(from: yamsScalar(text))).map(ParamValue.int) ?? .string(text)
        case .float: return (plainDecimal(text).flatMap { Double($0) } ?? Double.construct(from: yamsScalar(text))).map(ParamValue.double) ?? .string(text)
        case .null: return .null
        case .string: return .string(text)
        }
    }

    /// The plain scalar Yams converts, for the rare numbers only it reads
    /// (`0x1F`, `1_000`, `.inf`).
    private static func yamsScalar(_ text: String) -> Node.Scalar {
        Node.Scalar(text, Tag(.implicit, .basic), .plain)
    }

    /// Converts a value read by `SimpleYAML` as `value(of: Node)` converts
    /// the node Yams composes from the same text.
    func value(of value: SimpleYAML.Value) -> ParamValue {
        switch value {
        case .scalar(let text, let plain, _):
            return plain ? Self.value(plain: text) : .string(text)
        case .sequence(let items, _):
            return .list(items.map(self.value(of:)))
        case .mapping(let pairs, _):
            // Its final size at once (SimpleYAML refuses repeated keys):
            // growing one slot at a time was a tenth of the conversion.
            var result = [String: ParamValue](minimumCapacity: pairs.count)
            for pair in pairs { result[pair.key] = self.value(of: pair.value) }
            return .map(result)
        }
    }

    /// Converts a node to a template value, keeping YAML's types.
    public func value(of node: Node) -> ParamValue {
        switch node {
        case .scalar(let scalar):
            switch YAMLScalarKind(scalar) {
            case .bool: return node.bool.map(ParamValue.bool) ?? .string(scalar.string)
            case .int: return (Self.plainDecimal(scalar.string).flatMap { Int($0) } ?? node.int).map(ParamValue.int) ?? .string(scalar.string)
            case .float: return (Self.plainDecimal(scalar.string).flatMap { Double($0) } ?? node.float).map(ParamValue.double) ?? .string(scalar.string)
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
