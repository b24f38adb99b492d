import Foundation
import MinhBachDiagnostics
import Yams

/// Parses YAML text into nodes and turns Yams errors into located
/// diagnostics. `firstLine` is the line of the file on which the YAML text
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
        do {
            // The encoding is given: Yams's default reads the whole process
            // environment on every call.
            let node = try Yams.compose(yaml: text, .default, .default, .utf8)
            if let node, let past = YAMLLimits.overExpanded(node) {
                return .failure(.error(at: location(of: past), YAMLLimits.expansionMessage, hint: YAMLLimits.expansionHint))
            }
            return .success(node)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, in: text))
        } catch {
            return .failure(.error(at: SourceLocation(path: path, line: firstLine), "invalid YAML: \(error)"))
        }
    }

    private func diagnostic(for error: YamlError, in text: String) -> Diagnostic {
        let hint = "check the indentation and quote values that contain ': ', '#', or start with '[', '{', '*', '&', '!', '|', '>', '@' or '`'"
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            if Self.isTab(at: mark, in: text) {
                return .error(at: location(mark), "invalid YAML: a tab indents this line; YAML indents with spaces only",
                              hint: "replace the tab at the start of the line with spaces")
            }
            if YAMLLimits.isNestingProblem(problem) {
                return .error(at: location(context?.mark ?? mark), "invalid YAML: \(YAMLLimits.nestingMessage)", hint: YAMLLimits.nestingHint)
            }
            var message = "invalid YAML: \(problem)"
            if let context {
                let start = location(context.mark)
                message += " \(context.text) (which starts at line \(start.line ?? 0), column \(start.column ?? 0))"
            }
            return .error(at: location(mark), message, hint: hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams's own text for this repeats the whole YAML document.
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            let message = duplicates.count == 1
                ? "invalid YAML: the key \(keys) is written more than once"
                : "invalid YAML: the keys \(keys) are written more than once"
            return .error(at: location(context.mark), message, hint: "keep only one line for each key")
        case .reader(let problem, _, _, _):
            return .error(at: SourceLocation(path: path, line: firstLine), "invalid YAML: \(problem)")
        default:
            return .error(at: SourceLocation(path: path, line: firstLine), "invalid YAML: \(error)", hint: hint)
        }
    }

    /// libyaml reports a tab in the indentation as a character that "cannot
    /// start any token", which does not help whoever typed it.
    private static func isTab(at mark: Mark, in text: String) -> Bool {
        guard let line = text.split(separator: "\n", maxSplits: mark.line, omittingEmptySubsequences: false)
            .dropFirst(mark.line - 1).first else { return false }
        let before = line.prefix(mark.column)
        return before.last == "\t" && before.allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// Converts a node to a template value, keeping YAML's types.
    public func value(of node: Node) -> ParamValue {
        switch node {
        case .scalar(let scalar):
            switch node.tag.rawValue {
            case Tag.Name.bool.rawValue: return node.bool.map(ParamValue.bool) ?? .string(scalar.string)
            case Tag.Name.int.rawValue: return node.int.map(ParamValue.int) ?? .string(scalar.string)
            case Tag.Name.float.rawValue: return node.float.map(ParamValue.double) ?? .string(scalar.string)
            case Tag.Name.null.rawValue: return .null
            default: return .string(scalar.string)
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
