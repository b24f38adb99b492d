import MinhBachContent
import Testing

@Suite("Summary of a page's Markdown")
struct PageSummaryTests {
    @Test("the first prose paragraph, without headings, lists, tables or quotes")
    func firstProse() {
        let markdown = "# Báo cáo\n\n- một\n- hai\n\n| a | b |\n|---|---|\n\n> trích\n\n2025 là năm\n\nĐoạn **đầu** tiên\nvẫn tiếp.\n\nĐoạn hai."
        #expect(PageSummary.of(markdown) == "Đoạn đầu tiên vẫn tiếp.")
        #expect(PageSummary.of("# Chỉ tiêu đề\n") == "")
        #expect(PageSummary.of("") == "")
    }

    @Test("emphasis and code marks, footnote references and link addresses are dropped")
    func inlineMarkup() {
        #expect(PageSummary.of("Theo *Quyết định* `241`[^1] của [Thủ tướng](https://chinhphu.vn/) và [x] (y).")
                == "Theo Quyết định 241 của Thủ tướng và [x] (y).")
        #expect(PageSummary.of("Mở [ngoặc không đóng và [^chú thích chưa đóng") == "Mở [ngoặc không đóng và [^chú thích chưa đóng")
    }

    @Test("a long paragraph is cut at a word and marked")
    func cut() {
        let summary = PageSummary.of(String(repeating: "giảm nghèo bền vững ", count: 30))
        #expect(summary.hasSuffix("…"))
        #expect(summary.count <= PageSummary.maxLength + 1)
        #expect(!summary.dropLast().hasSuffix(" "))
    }
}
