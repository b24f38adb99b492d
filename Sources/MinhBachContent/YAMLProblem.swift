import Foundation
import MinhBachDiagnostics
import Yams

/// What went wrong reading a YAML text, and where: the one place Yams's
/// errors are turned into located problems. Every reader of YAML (site.yaml,
/// front matter, data tables, theme strings, component blocks) parses
/// through `YAMLProblem.compose` and words the problem for its kind of text
/// with `diagnostic(in:)`.
public struct YAMLProblem: Error, Sendable {
    public enum Kind: Sendable {
        /// A tab in the indentation, which libyaml calls a character that
        /// "cannot start any token".
        case tabIndent
        /// Lists or groups nested deeper than libyaml allows.
        case nesting
        /// libyaml's own words, with what it was reading and where that began.
        case syntax(problem: String, context: (text: String, start: SourceLocation)?)
        case duplicateKeys([String])
        /// The text cannot be read as characters.
        case unreadable(String)
        /// More values than `YAMLLimits.maxValues` once aliases are expanded.
        case overExpanded
        /// Anything else Yams reports, in its words.
        case other(String, fromYams: Bool)
    }

    public var kind: Kind
    public var location: SourceLocation

    /// The kind of text a problem is worded for: a YAML file, a JSON file
    /// (read by the YAML parser, but its author should not read about YAML),
    /// or the YAML block of a component.
    public enum Document: Sendable, Equatable {
        case yaml
        case json
        case block(component: String)
    }

    /// Parses `text`; `locate` turns a Yams position into a place in the
    /// file, `whole` is where the text starts (for problems without a position).
    public static func compose(_ text: String, locate: (Mark) -> SourceLocation, whole: SourceLocation,
                               locateNode: (Node) -> SourceLocation) -> Result<Node?, YAMLProblem> {
        // The usual front matter, composed without libyaml; anything else,
        // and every problem, by Yams.
        if let node = SimpleYAML.compose(text) { return .success(node) }
        do {
            // The encoding is given: Yams's default reads the whole process
            // environment on every call.
            // Plain scalars keep an implicit tag: `YAMLScalarKind` reads their
            // type from their bytes, where Yams' default rules would run a
            // regular expression per type on each (a fifth of a build).
            let node = try Yams.compose(yaml: text, .basic, .default, .utf8)
            if let node, let past = YAMLLimits.overExpanded(node) {
                return .failure(YAMLProblem(kind: .overExpanded, location: locateNode(past)))
            }
            return .success(node)
        } catch let error as YamlError {
            return .failure(problem(error, text: text, locate: locate, whole: whole))
        } catch {
            return .failure(YAMLProblem(kind: .other("\(error)", fromYams: false), location: whole))
        }
    }

    private static func problem(_ error: YamlError, text: String, locate: (Mark) -> SourceLocation,
                                whole: SourceLocation) -> YAMLProblem {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            if isTab(at: mark, in: text) { return YAMLProblem(kind: .tabIndent, location: locate(mark)) }
            if YAMLLimits.isNestingProblem(problem) { return YAMLProblem(kind: .nesting, location: locate(context?.mark ?? mark)) }
            return YAMLProblem(kind: .syntax(problem: problem, context: context.map { ($0.text, locate($0.mark)) }),
                               location: locate(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams's own text for this repeats the whole YAML document.
            return YAMLProblem(kind: .duplicateKeys(duplicates.map { "\($0)" }), location: locate(context.mark))
        case .reader(let problem, _, _, _):
            return YAMLProblem(kind: .unreadable(problem), location: whole)
        default:
            return YAMLProblem(kind: .other("\(error)", fromYams: true), location: whole)
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
}
