import MinhBachText

/// HTML text and attribute values. Every value that comes from the data or
/// from a block goes through `escapeHTML` before it reaches the page.
enum HTML {
    /// `<`, `>`, `&`, `"` and `'` as character references: safe in text and
    /// in quoted attribute values alike.
    static func escape(_ text: String) -> String {
        MarkupEscaping.escape(text)
    }

    /// `text` linked to `url` when there is one, escaped either way.
    static func link(_ text: String, _ url: String?) -> String {
        guard let url else { return escape(text) }
        return "<a href=\"\(escape(url))\">\(escape(text))</a>"
    }
}

/// Escapes text for HTML; see `HTML.escape`.
func escapeHTML(_ text: String) -> String { HTML.escape(text) }
