import Mustache

/// Escaping for Mustache templates that produce Markdown (templates/pages/):
/// every ASCII punctuation character of a value is backslash-escaped and
/// line breaks become spaces, so a value from a data file can never become
/// Markdown syntax (a link, a heading, a table cell break) or raw HTML.
struct MarkdownContentType: MustacheContentType {
    static let name = "MARKDOWN"

    func escapeText(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 8)
        for character in text {
            if character == "\n" || character == "\r" {
                escaped.append(" ")
            } else if character.isASCII, character.isPunctuation || character.isSymbol {
                escaped.append("\\")
                escaped.append(character)
            } else {
                escaped.append(character)
            }
        }
        return escaped
    }

    /// Registering touches swift-mustache's global table: once.
    static let registered: Bool = {
        MustacheContentTypes.register(MarkdownContentType(), named: name)
        return true
    }()

    /// The pragma put before a page template's text (on its first line, so
    /// line numbers of errors stay right).
    static var pragma: String { "{{% CONTENT_TYPE: \(name) }}" }
}
