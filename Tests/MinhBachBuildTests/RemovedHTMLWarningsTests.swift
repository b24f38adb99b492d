@testable import MinhBachBuild
import MinhBachDiagnostics
import MinhBachMarkdown
import Testing

/// Raw HTML left out of a page is a coded warning, with the Markdown way
/// to write the tag in the reader's language.
@Suite struct RemovedHTMLWarningsTests {
    @Test func aRemovedTagSaysHowToWriteItInEitherLanguage() {
        let removed = [RawHTML(kind: .inline, line: 2, column: 5, text: "<b>"),
                       RawHTML(kind: .block, line: 4, column: 1, text: "<div class=\"hop\">")]
        let diagnostics = RemovedHTMLWarnings.diagnostics(removed, path: "content/a.md", lineOffset: 3)
        #expect(diagnostics.map(\.messageCode) == [.render(.rawHTMLTagRemoved), .render(.rawHTMLBlockRemoved)])
        #expect(diagnostics.map { $0.formatted(in: .vi) } == [
            "content/a.md:4:5: warning[MB4203]: Thẻ HTML '<b>' không được đăng\n  gợi ý: Hãy viết **chữ đậm** bằng Markdown",
            "content/a.md:6:1: warning[MB4202]: Khối HTML '<div class=\"hop\">' không được đăng\n  gợi ý: Hãy viết bằng Markdown hoặc bằng một thành phần (chart, table, kpi, tasks, criteria); muốn đăng HTML, hãy đặt 'markdown: {raw_html: true}' trong content/site.yaml",
        ])
        #expect(diagnostics.map { $0.formatted(in: .en) } == [
            "content/a.md:4:5: warning[MB4203]: raw HTML tag '<b>' is not published\n  hint: write **bold text** in Markdown",
            "content/a.md:6:1: warning[MB4202]: raw HTML block '<div class=\"hop\">' is not published\n  hint: write it in Markdown or with a component (chart, table, kpi, tasks, criteria); to publish raw HTML, set 'markdown: {raw_html: true}' in content/site.yaml",
        ])
    }

    /// Every tag with its own advice reads as a sentence after "Hãy".
    @Test func everyAdviceHasBothLanguages() {
        for entry in RemovedHTMLWarnings.markdownInstead {
            #expect(!entry.instead.vi.isEmpty && entry.instead.vi != entry.instead.en && entry.instead.vi.first?.isLowercase == true)
        }
    }
}
