import MinhBachDiagnostics
import MinhBachMarkdown

/// The raw HTML policy, as the build reports it: unless site.yaml says
/// `markdown: {raw_html: true}`, raw HTML in a page's Markdown is not
/// published (cmark writes `<!-- raw HTML omitted -->` in its place), and
/// each piece removed is a warning at its line with the way to write it in
/// Markdown or with a component. HTML comments are notes for editors: never
/// published, never reported.
enum RemovedHTMLWarnings {
    /// `lineOffset`: the line of the file on which the Markdown starts.
    static func diagnostics(_ removed: [RawHTML], path: String, lineOffset: Int) -> [Diagnostic] {
        removed.map { html in
            .warning(at: SourceLocation(path: path, line: lineOffset + html.line - 1, column: html.column),
                     message(html), hint: hint(forTag: tagName(html.text)))
        }
    }

    static func message(_ html: RawHTML) -> String {
        let shown = html.text.count > 60 ? String(html.text.prefix(59)) + "…" : html.text
        switch html.kind {
        case .block: return "raw HTML block '\(shown)' is not published"
        case .inline: return "raw HTML tag '\(shown)' is not published"
        }
    }

    /// How to write what a tag does in Markdown, for the tags people type
    /// most; declared once, looked up by tag name.
    static let markdownInstead: [(tags: Set<String>, hint: String)] = [
        (["b", "strong"], "write **bold text** in Markdown"),
        (["i", "em"], "write *italic text* in Markdown"),
        (["br"], "end the line with a backslash (\\) for a line break"),
        (["a"], "write a link as [text](/duong-dan/) or [text](https://…)"),
        (["img"], "write an image as ![description](image.jpg)"),
        (["h1", "h2", "h3", "h4", "h5", "h6"], "write a heading as ## Heading"),
        (["ul", "ol", "li"], "write a list with '- ' or '1. ' at the start of each line"),
        (["table", "thead", "tbody", "tr", "td", "th"],
         "write a Markdown table (| Cột | Cột |), or a ```table block for figures from the data"),
        (["hr"], "write a line of three dashes (---) for a rule"),
        (["sup"], "write a footnote as [^1] and its text as [^1]: …"),
        (["iframe", "script", "embed", "object", "video", "audio", "style", "form"],
         "scripts and embedded content are not published; link to the page instead, or show figures with a ```chart block"),
    ]

    static let otherwise = "write it in Markdown or with a component (chart, table, kpi, tasks, criteria); "
        + "to publish raw HTML, set 'markdown: {raw_html: true}' in content/site.yaml"

    static func hint(forTag tag: String) -> String {
        markdownInstead.first { $0.tags.contains(tag) }?.hint ?? otherwise
    }

    /// `div` of `<div class="x">`, lowercased.
    static func tagName(_ html: String) -> String {
        String(html.drop { $0 == "<" || $0 == "/" }.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }).lowercased()
    }
}
