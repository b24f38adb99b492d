import Testing
import MinhBachMarkdown

/// On a phone a table of four columns or more shows each row as a card:
/// every body cell carries its column's header as `data-label`.
@Suite("CmarkRenderer: tables as cards on phones")
struct TableCardTests {
    let renderer = CmarkRenderer()

    @Test("four columns or more: the wrapper says cards, each cell its header, markup in headers as text")
    func wideTable() {
        let html = renderer.render("""
        | Chỉ tiêu | **Địa bàn** | `2024` | Mục tiêu "2025" |
        |---|---|--:|--:|
        | Hộ nghèo | Tỉnh Bắc Kạn | 11,2% | 8,5% |
        | Cận nghèo | | 3,4% | |
        """).html
        #expect(html.hasPrefix("<div class=\"table-wrap table-wrap--cards\" tabindex=\"0\">"))
        #expect(html.contains("<td data-label=\"Chỉ tiêu\">Hộ nghèo</td>"))
        #expect(html.contains("<td data-label=\"Địa bàn\">Tỉnh Bắc Kạn</td>"))
        #expect(html.contains("<td data-label=\"2024\" style=\"text-align: right\">11,2%</td>"))
        #expect(html.contains("<td data-label=\"Mục tiêu &quot;2025&quot;\" style=\"text-align: right\">8,5%</td>"))
        #expect(html.contains("<td data-label=\"Địa bàn\"></td>"))
        #expect(!html.contains("<th data-label"))
    }

    @Test("each table its own headers; an empty header gives no label")
    func twoTables() {
        let html = renderer.render("""
        | A | B |
        |---|---|
        | 1 | 2 |

        text

        |  | X | Y | Z |
        |---|---|---|---|
        | r | x | y | z |
        """).html
        #expect(html.contains("<div class=\"table-wrap\" tabindex=\"0\">"))
        #expect(html.contains("<td data-label=\"A\">1</td>"))
        #expect(html.contains("<td>r</td>\n<td data-label=\"X\">x</td>"))
    }

    @Test("raw HTML that writes the same wrapper leaves the page as cmark wrote it")
    func rawHTMLLookalike() {
        let raw = CmarkRenderer(options: MarkdownOptions(allowRawHTML: true))
        let html = raw.render("""
        <div class="table-wrap"><table><tbody><tr><td>x</td></tr></tbody></table></div>

        | A | B |
        |---|---|
        | 1 | 2 |
        """).html
        #expect(!html.contains("data-label"))
    }
}
