import Mustache

/// Escaping for Mustache templates that produce Markdown (templates/pages/):
/// every ASCII punctuation character of a value is backslash-escaped and
/// line breaks become spaces, so a value from a data file can never become
/// Markdown syntax (a link, a heading, a table cell break) or raw HTML.
struct MarkdownContentType: MustacheContentType {
    static let name = "MARKDOWN"

    /// Works on UTF-8 bytes (every ASCII punctuation and symbol character is
    /// below 0x80, and no byte of a longer character is): walking Characters
    /// costs a grapheme break search per letter.
    func escapeText(_ text: String) -> String {
        var escaped: [UInt8] = []
        escaped.reserveCapacity(text.utf8.count + 8)
        var previous: UInt8 = 0
        for byte in text.utf8 {
            defer { previous = byte }
            switch byte {
            case 0x0A where previous == 0x0D:
                continue                                   // CRLF is one line break: one space
            case 0x0A, 0x0D:
                escaped.append(0x20)
            case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E:
                escaped.append(0x5C)
                escaped.append(byte)
            default:
                escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    /// Registering touches swift-mustache's global table: once.
    static let registered: Bool = {
        MustacheContentTypes.register(MarkdownContentType(), named: name)
        return true
    }()

    /// Put before a page template's text, on its first line.
    static var pragma: String { "{{% CONTENT_TYPE: \(name) }}" }
}
