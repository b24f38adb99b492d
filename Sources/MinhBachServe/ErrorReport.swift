import Foundation
import MinhBachDiagnostics

/// A build error as the browser overlay shows it: the location, the message
/// and its code, the hint, and the source lines around it (the failing line
/// marked), worded in the preview's language.
struct ErrorReport: Encodable {
    struct Line: Encodable {
        var number: Int
        var text: String
        var current: Bool
    }

    var location: String
    var message: String
    /// `MB2104`, when the message is from the catalogue.
    var code: String?
    var hint: String?
    /// What the hint is introduced by: `gợi ý` or `hint`.
    var hintLabel: String
    var excerpt: [Line]

    /// `paths` are resolved from `root` (the folder the messages' paths start from).
    init(_ diagnostic: Diagnostic, root: URL, language: MessageLanguage) {
        location = diagnostic.location.description
        message = diagnostic.shownMessage(in: language)
        code = diagnostic.messageCode?.identifier
        hint = diagnostic.hint(in: language)
        hintLabel = Diagnostic.hintLabel[language]
        excerpt = []
        // A workbook has no lines of text to show; its location names the cell.
        guard let line = diagnostic.location.line, diagnostic.location.sheet == nil else { return }
        let url = diagnostic.location.path.hasPrefix("/") ? URL(fileURLWithPath: diagnostic.location.path)
                                                          : root.appendingPathComponent(diagnostic.location.path)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return }
        let lines = text.components(separatedBy: "\n")
        let range = max(1, line - 2)...min(lines.count, line + 2)
        guard !range.isEmpty, range.lowerBound <= range.upperBound else { return }
        excerpt = range.map { Line(number: $0, text: lines[$0 - 1], current: $0 == line) }
    }

    static func json(_ diagnostics: [Diagnostic], root: URL, language: MessageLanguage) -> String {
        let reports = diagnostics.filter { $0.severity == .error }.map { ErrorReport($0, root: root, language: language) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let data = (try? encoder.encode(reports)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
