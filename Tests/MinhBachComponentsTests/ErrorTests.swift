import MinhBachComponents
import MinhBachData
import MinhBachDiagnostics
import Testing

/// Every problem a block can have, with its message and where it is
/// reported: blocks are at Markdown line 3 of a text that starts on file
/// line 5, so the fence is file line 7 and the body starts on line 8.
@Suite struct ErrorTests {
    private func messages(_ info: String, _ body: String, this: AreaKey? = Fixture.commune) -> [String] {
        Fixture.render(info, body, this: this).diagnostics.map(\.formatted)
    }

    @Test(arguments: [("chrt", "chart"), ("kpis", "kpi"), ("task", "tasks"), ("tabel", "table"), ("critera", "criteria"), ("Chart", "chart")])
    func misspeltComponent(written: String, meant: String) {
        let result = Fixture.render(written, "indicator: poverty_rate\n")
        #expect(result.diagnostics.map(\.formatted) == ["content/xa/a.md:7:1: error[MB3116]: unknown component '\(written)'\n  hint: did you mean '\(meant)'?"])
        #expect(result.html?.hasPrefix("<div class=\"mb-component-error\" role=\"alert\">") == true)
    }

    @Test func theErrorBoxShowsTheProblemEscapedInThePageLanguage() {
        let result = Fixture.render("chrt", "")
        #expect(result.html == """
            <div class="mb-component-error" role="alert">
            <p class="mb-component-error-title">Lỗi trong khối &#39;chrt&#39;</p>
            <ul>
            <li><code>content/xa/a.md:7:1</code> Không có thành phần &#39;chrt&#39;<br><span class="mb-component-error-hint">Có phải ý bạn là &#39;chart&#39;?</span></li>
            </ul>
            </div>

            """)
        let english = Fixture.render("chrt", "", language: .en)
        #expect(english.html?.contains("<li><code>content/xa/a.md:7:1</code> unknown component &#39;chrt&#39;<br><span class=\"mb-component-error-hint\">did you mean &#39;chart&#39;?</span></li>") == true)
    }

    @Test(arguments: ["python", "yaml", "text", "swift", "sh", "dart", "sass", "api", "csv", "c++", "mermaid"])
    func ordinaryCodeBlocksAreLeftAlone(info: String) {
        let result = Fixture.render(info, "indicator: poverty_rate\n")
        #expect(result.html == nil)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func yamlSyntaxErrorInsideTheBody() {
        #expect(messages("chart", "indicator: poverty_rate\nareas: [this, parent\nyears: 2021-2024\n") == [
            "content/xa/a.md:10:6: error[MB1603]: invalid YAML in the 'chart' block: did not find expected ',' or ']' while parsing a flow sequence (which starts at line 9, column 8)\n  hint: write one 'key: value' per line; quote values that contain ': ' or '#', or start with '[', '{', '*', '&', '!', '|', '>', '@' or '`'",
        ])
    }

    @Test func aKeyWrittenTwice() {
        #expect(messages("kpi", "indicator: poverty_rate\nindicator: income\n") == [
            "content/xa/a.md:8:1: error[MB1604]: invalid YAML in the 'kpi' block: the key 'indicator' is written more than once\n  hint: keep only one line for each key",
        ])
    }

    @Test func bodyNotAMapping() {
        #expect(messages("chart", "- poverty_rate\n- income\n") == [
            "content/xa/a.md:8:1: error[MB3111]: the body of a 'chart' block must be 'key: value' lines\n  hint: for example 'indicator: poverty_rate' on one line and 'years: 2021-2025' on the next",
        ])
    }

    /// A body parsed once is kept by its text (`ParsedBlockBodies`): the
    /// same body again, in another file at another line, is reported at
    /// its own place, with columns as written (`\_` is one character less).
    @Test func theSameBodyElsewhereIsReportedWhereItIs() {
        let body = "indicator: poverty\\_rate\ncolour: red\n    \n"
        let first = Fixture.render("chart", body).diagnostics.map(\.formatted)
        let elsewhere = ComponentRenderer(environment: Fixture.environment(this: Fixture.commune, language: .vi, index: Fixture.index,
                                                                           year: 2024, strings: [:]),
                                          sourcePath: "content/xa/b.md", lineOffset: 40)
        _ = elsewhere.html(forBlock: "chart", body: body, line: 2)
        let warning = "warning[MB3112]: unknown key 'colour' in the 'chart' block; it is ignored\n  hint: a 'chart' block takes "
            + "'indicator', 'areas', 'years', 'year', 'type', 'target' and 'title'"
        #expect(first == ["content/xa/a.md:9:1: " + warning])
        #expect(elsewhere.diagnostics.map(\.formatted) == ["content/xa/b.md:43:1: " + warning])
    }

    @Test func unknownKeyIsAWarningAndTheBlockStillRenders() {
        let result = Fixture.render("chart", "indicator: poverty_rate\nyaers: 2021-2024\ncolour: red\n")
        #expect(result.diagnostics.map(\.formatted) == [
            "content/xa/a.md:9:1: warning[MB3113]: unknown key 'yaers' in the 'chart' block; it is ignored\n  hint: did you mean 'years'?",
            "content/xa/a.md:10:1: warning[MB3112]: unknown key 'colour' in the 'chart' block; it is ignored\n  hint: a 'chart' block takes 'indicator', 'areas', 'years', 'year', 'type', 'target' and 'title'",
        ])
        #expect(result.html?.hasPrefix("<figure class=\"mb-chart-figure\">") == true)
        #expect(result.diagnostics.map { $0.formatted(in: .vi) } == [
            "content/xa/a.md:9:1: warning[MB3113]: Khối 'chart' không có mục 'yaers'; dòng này bị bỏ qua\n  gợi ý: Có phải ý bạn là 'years'?",
            "content/xa/a.md:10:1: warning[MB3112]: Khối 'chart' không có mục 'colour'; dòng này bị bỏ qua\n  gợi ý: Khối 'chart' nhận các mục 'indicator', 'areas', 'years', 'year', 'type', 'target' và 'title'",
        ])
    }

    /// What a block names in the data, and the words a key allows, are
    /// worded from the catalogue in both languages.
    @Test func referencesComeFromTheCatalogueInBothLanguages() {
        let vi = { (info: String, body: String) in Fixture.render(info, body).diagnostics.map { $0.formatted(in: .vi) } }
        #expect(vi("chrt", "") == ["content/xa/a.md:7:1: error[MB3116]: Không có thành phần 'chrt'\n  gợi ý: Có phải ý bạn là 'chart'?"])
        #expect(vi("table", "indicators: [income, unemployment]\n") == [
            "content/xa/a.md:8:22: error[MB3203]: Mục 'indicators': không tìm thấy chỉ tiêu 'unemployment'\n  gợi ý: Bảng indicators chỉ có 'households', 'income' và 'poverty_rate'",
        ])
        #expect(vi("tasks", "source: kh-45\n") == [
            "content/xa/a.md:8:9: error[MB3201]: Mục 'source': không tìm thấy văn bản 'kh-45'\n  gợi ý: Có phải ý bạn là 'kh-44'?",
        ])
        #expect(vi("kpi", "indicator: poverty_rate\narea: 1837\n") == [
            "content/xa/a.md:9:7: warning[MB3212]: Mục 'area': mã '1837' bị mất số 0 ở đầu; đã đọc thành '01837' (Xã Dương Quang)\n  gợi ý: Hãy viết mã đủ các số 0, đặt trong dấu ngoặc kép: \"01837\"",
        ])
        #expect(vi("chart", "indicator: poverty_rate\ntype: pie\n") == [
            "content/xa/a.md:9:7: error[MB3114]: Mục 'type' phải là 'line', 'bar' hoặc 'column', nhưng đang là 'pie'",
        ])
        #expect(vi("kpi", "indicator: poverty_rate\narea: children\n") == [
            "content/xa/a.md:9:7: error[MB3206]: Mục 'area': 'children' chỉ nhiều đơn vị, còn 'area' chỉ nhận một\n  gợi ý: Hãy viết 'this', 'parent' hoặc một mã địa bàn",
        ])
        let table = Fixture.render("table", "indicator: income\nindicators: [income]\nareas: [this]\n").diagnostics
        #expect(table.map(\.messageCode) == [.components(.indicatorAndIndicators), .components(.areasWithIndicators)])
        #expect(table.map { $0.message(in: .vi) } == [
            "Chỉ viết 'indicator' (mỗi địa bàn một hàng) hoặc 'indicators' (mỗi chỉ tiêu một hàng), không viết cả hai",
            "Mục 'areas' đi với 'indicator'; với 'indicators', bảng chỉ thể hiện một địa bàn 'area'",
        ])
    }

    @Test func missingRequiredKey() {
        #expect(messages("chart", "areas: [this]\n") == [
            "content/xa/a.md:7:1: error[MB3101]: the 'chart' block needs 'indicator'\n  hint: add a line such as 'indicator: poverty_rate'",
        ])
        #expect(messages("kpi", "") == [
            "content/xa/a.md:7:1: error[MB3101]: the 'kpi' block needs 'indicator'\n  hint: add a line such as 'indicator: poverty_rate'",
        ])
    }

    @Test func blockMessagesComeFromTheCatalogueInBothLanguages() {
        let missing = Fixture.render("kpi", "").diagnostics
        #expect(missing.map(\.messageCode) == [.components(.keyMissing)])
        #expect(missing.map { $0.formatted(in: .vi) } == [
            "content/xa/a.md:7:1: error[MB3101]: Khối 'kpi' cần có mục 'indicator'\n  gợi ý: Hãy thêm một dòng như 'indicator: poverty_rate'",
        ])
        let year = Fixture.render("kpi", "indicator: poverty_rate\nyear: 24\n").diagnostics
        #expect(year.map { $0.message(in: .vi) } == ["Mục 'year': '24' không phải là một năm"])
        #expect(year.map { $0.hint(in: .vi) } == ["Hãy viết năm đủ bốn chữ số, ví dụ 'year: 2024'"])
        let backwards = Fixture.render("chart", "indicator: poverty_rate\nyears: 2025-2021\n").diagnostics
        #expect(backwards.map(\.messageCode) == [.components(.yearsBackwards)])
        #expect(backwards.map { $0.message(in: .vi) } == ["Mục 'years': '2025-2021' bị viết ngược; năm đầu phải đứng trước"])
        #expect(backwards.map { $0.message(in: .en) } == ["'years': '2025-2021' runs backwards; the first year must come first"])
        let empty = Fixture.render("kpi", "indicator:\n").diagnostics
        #expect(empty.map { $0.formatted(in: .vi) } == [
            "content/xa/a.md:8:11: error[MB3103]: Mục 'indicator' chưa có giá trị\n  gợi ý: Hãy viết giá trị sau 'indicator:', hoặc xoá dòng này",
        ])
    }

    @Test func unknownIndicator() {
        #expect(messages("chart", "indicator: povrty_rate\n") == [
            "content/xa/a.md:8:12: error[MB3201]: 'indicator': no indicator 'povrty_rate'\n  hint: did you mean 'poverty_rate'?",
        ])
        #expect(messages("table", "indicators: [income, unemployment]\n") == [
            "content/xa/a.md:8:22: error[MB3203]: 'indicators': no indicator 'unemployment'\n  hint: the indicators table has 'households', 'income' and 'poverty_rate'",
        ])
    }

    @Test func unknownAreaCode() {
        #expect(messages("chart", "indicator: poverty_rate\nareas: [this, \"01835\"]\n") == [
            "content/xa/a.md:9:15: error[MB3213]: 'areas': no area '01835'\n  hint: did you mean 01834 (Phường Nguyễn Thị Minh Khai)?",
        ])
        #expect(messages("kpi", "indicator: poverty_rate\narea: thiss\n") == [
            "content/xa/a.md:9:7: error[MB3213]: 'area': no area 'thiss'\n  hint: did you mean 'this'?",
        ])
    }

    @Test func aCodeThatLostItsZerosIsReadWithAWarning() {
        let result = Fixture.render("kpi", "indicator: poverty_rate\narea: 1837\n")
        #expect(result.diagnostics.map(\.formatted) == [
            "content/xa/a.md:9:7: warning[MB3212]: 'area': code '1837' lost its leading zeros; read as '01837' (Xã Dương Quang)\n  hint: write the code with its zeros, in quotes: \"01837\"",
        ])
        #expect(result.html?.contains("Xã Dương Quang") == true)
    }

    @Test func unknownDocumentAndAgency() {
        #expect(messages("tasks", "source: kh-45\nlead: [so-ldtbxh, so-noi-vuu]\nstatus: [overdeu]\n") == [
            "content/xa/a.md:8:9: error[MB3201]: 'source': no document 'kh-45'\n  hint: did you mean 'kh-44'?",
            "content/xa/a.md:9:19: error[MB3201]: 'lead': no agency 'so-noi-vuu'\n  hint: did you mean 'so-noi-vu'?",
            "content/xa/a.md:10:10: error[MB3115]: 'status' must be 'planned', 'in_progress', 'done' or 'overdue', found 'overdeu'\n  hint: did you mean 'overdue'?",
        ])
    }

    @Test func thisParentAndChildrenNeedAnAreaPage() {
        #expect(messages("chart", "indicator: poverty_rate\nareas: [parent]\n", this: nil) == [
            "content/xa/a.md:9:9: error[MB3208]: 'areas': 'parent' refers to the page's area, and this page has none\n  hint: write an area code instead, e.g. '01834'",
        ])
        #expect(messages("chart", "indicator: poverty_rate\n", this: nil) == [
            "content/xa/a.md:7:1: error[MB3205]: the 'chart' block needs 'areas' on a page without an area\n  hint: add a line such as 'areas: [\"01834\"]', or use the block on an area page, where it means the page's area",
        ])
        #expect(messages("criteria", "", this: nil) == [
            "content/xa/a.md:7:1: error[MB3205]: the 'criteria' block needs 'area' on a page without an area\n  hint: add a line such as 'area: \"01834\"', or use the block on an area page, where it means the page's area",
        ])
        #expect(messages("chart", "indicator: poverty_rate\nareas: parent\n", this: AreaKey(.legacy, "06")) == [
            "content/xa/a.md:9:8: error[MB3209]: 'areas': Tỉnh Bắc Kạn has no parent unit",
        ])
        #expect(messages("chart", "indicator: poverty_rate\nareas: children\n") == [
            "content/xa/a.md:9:8: error[MB3210]: 'areas': Phường Nguyễn Thị Minh Khai has no units below it",
        ])
        #expect(messages("kpi", "indicator: poverty_rate\narea: children\n") == [
            "content/xa/a.md:9:7: error[MB3206]: 'area': 'children' names several units; 'area' takes one\n  hint: write 'this', 'parent' or an area code",
        ])
    }

    @Test func badYears() {
        #expect(messages("chart", "indicator: poverty_rate\nyears: 2025-2021\n") == [
            "content/xa/a.md:9:8: error[MB3110]: 'years': '2025-2021' runs backwards; the first year must come first\n  hint: write 'years: 2021-2025'",
        ])
        #expect(messages("chart", "indicator: poverty_rate\nyears: 20x1\n") == [
            "content/xa/a.md:9:8: error[MB3109]: 'years': '20x1' is not a range of years\n  hint: write the first and last year joined by '-', e.g. 'years: 2021-2025'",
        ])
        #expect(messages("kpi", "indicator: poverty_rate\nyear: 24\n") == [
            "content/xa/a.md:9:7: error[MB3108]: 'year': '24' is not a year\n  hint: write the year in four digits, e.g. 'year: 2024'",
        ])
        #expect(messages("chart", "indicator: poverty_rate\nyears: 2021-2024\nyear: 2024\n") == [
            "content/xa/a.md:10:7: error[MB3302]: give either 'year' (one year, a bar per area) or 'years' (a range of years), not both",
        ])
    }

    @Test func badValues() {
        #expect(messages("chart", "indicator: poverty_rate\ntype: pie\ntarget: maybe\n") == [
            "content/xa/a.md:9:7: error[MB3114]: 'type' must be 'line', 'bar' or 'column', found 'pie'",
            "content/xa/a.md:10:9: error[MB3107]: 'target' must be true or false, found 'maybe'",
        ])
        #expect(messages("chart", "indicator: [poverty_rate, income]\n") == [
            "content/xa/a.md:8:12: error[MB3102]: 'indicator' takes one value, not a list\n  hint: write 'indicator: value'",
        ])
        #expect(messages("kpi", "indicator:\n") == [
            "content/xa/a.md:8:11: error[MB3103]: 'indicator' has no value\n  hint: write a value after 'indicator:', or remove the line",
        ])
    }

    @Test func everyProblemOfABlockIsReportedAndShown() {
        let result = Fixture.render("chart", "indicator: povrty_rate\nareas: [\"99999\"]\nyears: 2025-2021\n")
        #expect(result.diagnostics.count == 3)
        #expect(result.html?.components(separatedBy: "<li>").count == 4)
    }
}
