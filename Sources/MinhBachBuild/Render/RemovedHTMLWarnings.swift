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
            let shown = html.text.count > 60 ? String(html.text.prefix(59)) + "…" : html.text
            return Diagnostic(.render(html.kind == .block ? .rawHTMLBlockRemoved : .rawHTMLTagRemoved),
                              at: SourceLocation(path: path, line: lineOffset + html.line - 1, column: html.column),
                              [MessageArgument("html", shown), MessageArgument("instead", instead(ofTag: tagName(html.text)))])
        }
    }

    /// How to write what a tag does in Markdown, for the tags people type
    /// most; declared once, looked up by tag name. The Vietnamese follows
    /// the hint's "Hãy".
    static let markdownInstead: [(tags: Set<String>, instead: LocalizedText)] = [
        (["b", "strong"], .text(vi: "viết **chữ đậm** bằng Markdown", en: "write **bold text** in Markdown")),
        (["i", "em"], .text(vi: "viết *chữ nghiêng* bằng Markdown", en: "write *italic text* in Markdown")),
        (["br"], .text(vi: "kết thúc dòng bằng một dấu gạch chéo ngược (\\) để xuống dòng", en: "end the line with a backslash (\\) for a line break")),
        (["a"], .text(vi: "viết liên kết dạng [chữ](/duong-dan/) hoặc [chữ](https://…)", en: "write a link as [text](/duong-dan/) or [text](https://…)")),
        (["img"], .text(vi: "chèn ảnh dạng ![mô tả](anh.jpg)", en: "write an image as ![description](image.jpg)")),
        (["h1", "h2", "h3", "h4", "h5", "h6"], .text(vi: "viết tiêu đề dạng ## Tiêu đề", en: "write a heading as ## Heading")),
        (["ul", "ol", "li"], .text(vi: "viết danh sách với '- ' hoặc '1. ' ở đầu mỗi dòng", en: "write a list with '- ' or '1. ' at the start of each line")),
        (["table", "thead", "tbody", "tr", "td", "th"],
         .text(vi: "viết bảng Markdown (| Cột | Cột |), hoặc dùng khối ```table cho số liệu lấy từ dữ liệu",
               en: "write a Markdown table (| Cột | Cột |), or a ```table block for figures from the data")),
        (["hr"], .text(vi: "viết ba dấu gạch ngang (---) để kẻ một đường ngang", en: "write a line of three dashes (---) for a rule")),
        (["sup"], .text(vi: "viết chú thích dạng [^1] và nội dung của nó dạng [^1]: …", en: "write a footnote as [^1] and its text as [^1]: …")),
        (["iframe", "script", "embed", "object", "video", "audio", "style", "form"],
         .text(vi: "đặt liên kết tới trang gốc (mã lệnh và nội dung nhúng không được đăng), hoặc thể hiện số liệu bằng khối ```chart",
               en: "scripts and embedded content are not published; link to the page instead, or show figures with a ```chart block")),
    ]

    static func instead(ofTag tag: String) -> LocalizedText {
        markdownInstead.first { $0.tags.contains(tag) }?.instead ?? .rawHTMLOtherwise
    }

    /// `div` of `<div class="x">`, lowercased.
    static func tagName(_ html: String) -> String {
        String(html.drop { $0 == "<" || $0 == "/" }.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }).lowercased()
    }
}
