import Testing
import MinhBachMarkdown

/// Raw HTML that is not published is listed with its line, so the build can
/// warn about each piece at its source line.
@Suite("CmarkRenderer: removed raw HTML is listed")
struct RemovedHTMLTests {
    @Test("an HTML block and inline tags are listed at their line and column; closing tags and comments are not")
    func listed() {
        let markdown = """
        # Tiêu đề

        <div class="hop">
        Nội dung
        </div>

        Dòng đầu của đoạn
        có chữ <b>đậm</b> và<br>xuống dòng.

        <!-- ghi chú cho người soạn -->
        Chữ <!-- chú thích --> thường.
        """
        let removed = CmarkRenderer().render(markdown).removedHTML
        #expect(removed == [
            RawHTML(kind: .block, line: 3, column: 1, text: "<div class=\"hop\">"),
            RawHTML(kind: .inline, line: 8, column: 8, text: "<b>"),
            RawHTML(kind: .inline, line: 8, column: 21, text: "<br>"),
        ])
    }

    @Test("nothing is listed when the site allows raw HTML")
    func allowed() {
        let renderer = CmarkRenderer(options: MarkdownOptions(allowRawHTML: true))
        #expect(renderer.render("<div>x</div>\n\nchữ <b>đậm</b>").removedHTML == [])
    }

    @Test("autolinks and escaped angle brackets are not HTML")
    func notHTML() {
        #expect(CmarkRenderer().render("Xem <https://example.gov.vn> và \\<b\\> và 3 < 5.").removedHTML == [])
    }
}
