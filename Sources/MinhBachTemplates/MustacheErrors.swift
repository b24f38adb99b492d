import Foundation
import MinhBachDiagnostics
import Mustache

/// swift-mustache reports where a parse failed but leaves the wording to us,
/// and it renders a missing partial as nothing: both are turned into
/// located diagnostics here, before anything is rendered.
enum MustacheErrors {
    static func diagnostic(_ error: MustacheTemplate.ParserError, path: String) -> Diagnostic {
        let at = SourceLocation(path: path, line: error.context.lineNumber, column: error.context.columnNumber)
        let (message, hint) = describe(error.error)
        return .error(at: at, message, hint: hint)
    }

    private static func describe(_ error: Error) -> (String, String?) {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect:
            return ("the closing tag does not match the section it closes",
                    "close {{#name}} with {{/name}} using the same name")
        case .unfinishedName:
            return ("a tag is not closed", "end the tag with '}}' (or '}}}' for {{{...}}})")
        case .expectedSectionEnd:
            return ("a section is never closed", "add {{/name}} for every {{#name}} and {{^name}}")
        case .invalidSetDelimiter:
            return ("invalid delimiter change", "write it as {{=<% %>=}}")
        case .transformAppliedToInheritanceSection, .illegalTokenInsideInheritSection, .textInsideInheritSection:
            return ("invalid template inheritance block", nil)
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable:
            return ("invalid configuration tag", nil)
        case nil:
            return ("cannot parse the template: \(error)", nil)
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
                    diagnostics.append(.error(at: SourceLocation(path: path, line: line, column: column),
                                              "no partial named '\(name)'",
                                              hint: "create templates/partials/\(name).mustache or fix the name"))
                }
                searchStart = close.upperBound
            }
            line += 1
        }
        return diagnostics
    }
}
