import Foundation
import MinhBachDiagnostics
import Mustache

/// swift-mustache reports where a parse failed but leaves the wording to us,
/// and it renders a missing partial as nothing: both are turned into
/// located diagnostics here, before anything is rendered.
enum MustacheErrors {
    static func diagnostic(_ error: MustacheTemplate.ParserError, path: String) -> Diagnostic {
        let at = SourceLocation(path: path, line: error.context.lineNumber, column: error.context.columnNumber)
        let (message, arguments) = describe(error.error)
        return Diagnostic(.render(message), at: at, arguments)
    }

    /// The catalogue's message for a parse error, with the tags its hint
    /// shows (Mustache's braces reach the wording as arguments).
    private static func describe(_ error: Error) -> (TemplateMessage, [MessageArgument]) {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect:
            return (.closingTagMismatch, [MessageArgument("open", "{{#name}}"), MessageArgument("close", "{{/name}}")])
        case .unfinishedName:
            return (.tagNotClosed, [MessageArgument("end", .tagEnd)])
        case .expectedSectionEnd:
            return (.sectionNotClosed, [MessageArgument("close", "{{/name}}"), MessageArgument("open", "{{#name}}"),
                                        MessageArgument("inverted", "{{^name}}")])
        case .invalidSetDelimiter:
            return (.invalidDelimiter, [MessageArgument("example", "{{=<% %>=}}")])
        case .transformAppliedToInheritanceSection, .illegalTokenInsideInheritSection, .textInsideInheritSection:
            return (.invalidInheritance, [])
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable:
            return (.invalidConfigTag, [])
        case nil:
            return (.templateUnparsable, [MessageArgument("reason", "\(error)")])
        }
    }

    /// Finds `{{> name}}` tags whose partial does not exist.
    static func missingPartials(in text: String, path: String, exists: (String) -> Bool) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var line = 1
        for lineText in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var searchStart = lineText.startIndex
            while let open = lineText[searchStart...].range(of: "{{>") {
                guard let close = lineText[open.upperBound...].range(of: "}}") else { break }
                let name = lineText[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if !name.isEmpty, !exists(name) {
                    let column = lineText.distance(from: lineText.startIndex, to: open.lowerBound) + 1
                    diagnostics.append(Diagnostic(.render(.partialMissing), at: SourceLocation(path: path, line: line, column: column),
                                                  [MessageArgument("name", name)]))
                }
                searchStart = close.upperBound
            }
            line += 1
        }
        return diagnostics
    }
}
