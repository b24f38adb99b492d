import MinhBachComponents
import MinhBachData
import MinhBachDiagnostics
import Testing

@Suite struct ChartTests {
    @Test func lineChartOfThisAndParentWithAGapYear() {
        let result = Fixture.render("chart", "indicator: poverty_rate\nareas: [this, parent]\nyears: 2021-2024\n")
        #expect(result.diagnostics.isEmpty)
        let html = result.html ?? ""
        Golden.assertMatches(html, file: Golden.url("chart-line.html"))
        // 2023 has no figure for the ward: a gap in the table, never a zero.
        #expect(html.contains("<th scope=\"row\">2023</th>\n      <td class=\"mb-missing\">"))
        #expect(!html.contains("0,0%"))
        #expect(html.contains("<figcaption class=\"mb-chart-title\">Tỷ lệ hộ nghèo – Phường Nguyễn Thị Minh Khai, Thành phố Bắc Kạn (2021–2024)</figcaption>"))
        #expect(html.contains("<summary>Xem bảng số liệu</summary>"))
        #expect(!result.illustrative)
    }

    @Test func theTargetOfTheFirstAreaIsDrawnAndItsDocumentCited() {
        let html = Fixture.render("chart", "indicator: poverty_rate\nyears: 2021-2024\n").html ?? ""
        #expect(html.contains("Mục tiêu 2025: 8,5%"))
        #expect(html.contains("<p class=\"mb-source\">Nguồn: <a href=\"/van-ban/bc-2023/\" title=\"Kết quả giảm nghèo năm 2023\">Báo cáo 98/BC-UBND</a>; "
            + "<a href=\"https://example.gov.vn/125\" title=\"Kết quả giảm nghèo năm 2024\">Báo cáo 125/BC-UBND</a>. Mục tiêu theo Nghị quyết 12/NQ-HĐND.</p>"))
        let without = Fixture.render("chart", "indicator: poverty_rate\nyears: 2021-2024\ntarget: false\n").html ?? ""
        #expect(!without.contains("Mục tiêu"))
    }

    @Test func defaultYearsAreEveryYearWithAFigure() {
        let html = Fixture.render("chart", "indicator: income\n").html ?? ""
        #expect(html.contains("(2022–2024)"))
        #expect(!html.contains(">2021<"))
    }

    @Test func barChartAcrossTheChildrenOfAnArea() {
        let result = Fixture.render("chart", "indicator: poverty_rate\nareas: children\nyear: 2024\n", this: AreaKey(.legacy, "058"))
        #expect(result.diagnostics.isEmpty)
        let html = result.html ?? ""
        Golden.assertMatches(html, file: Golden.url("chart-bar-children.html"))
        #expect(html.contains("mb-chart--bar"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("<th scope=\"row\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</th>"))
        #expect(html.contains("<figcaption class=\"mb-chart-title\">Tỷ lệ hộ nghèo – các đơn vị thuộc Thành phố Bắc Kạn (năm 2024)</figcaption>"))
    }

    @Test func barsForSeveralYearsAreGroupedByArea() {
        let result = Fixture.render("chart", "indicator: poverty_rate\nareas: [this, parent]\nyears: 2023-2024\ntype: bar\n")
        #expect(result.diagnostics.isEmpty)
        let html = result.html ?? ""
        #expect(html.contains("class=\"mb-chart mb-chart--bar\""))
        #expect(html.contains("<th scope=\"col\">Địa bàn</th>\n      <th scope=\"col\">2023</th>\n      <th scope=\"col\">2024</th>"))
        #expect(html.contains("Phường Nguyễn Thị Minh Khai: 12,4% năm 2024; không có số liệu năm 2023."))
    }

    @Test func yearAndLineTogetherAreAnError() {
        let result = Fixture.render("chart", "indicator: poverty_rate\nyear: 2024\ntype: line\n")
        #expect(result.diagnostics.map(\.formatted) == [
            "content/xa/a.md:10:7: error[MB3301]: a 'line' chart shows a range of years, and 'year' gives one\n  hint: write 'years: 2021-2025' instead of 'year', or 'type: bar'",
        ])
    }

    @Test func illustrativeFiguresAreSaidSo() {
        let result = Fixture.render("chart", "indicator: households\n")
        #expect(result.illustrative)
        #expect(result.html?.contains("<span class=\"mb-illustrative\">Dữ liệu minh họa</span>") == true)
    }

    @Test func noFiguresGiveAWarningAndAnEmptyState() {
        let result = Fixture.render("chart", "indicator: income\nareas: [\"01837\"]\n")
        #expect(result.diagnostics.map(\.formatted) == [
            "content/xa/a.md:7:1: warning[MB3215]: no figures of 'income' for Xã Dương Quang (01837)\n  hint: check the indicator, the areas and the years, or add the figures to content/data/observations",
        ])
        #expect(result.html == """
            <figure class="mb-chart-figure">
            <figcaption class="mb-chart-title">Thu nhập bình quân đầu người – Xã Dương Quang</figcaption>
            <p class="mb-empty">Chưa có số liệu</p>
            </figure>

            """)
    }

    /// `check` wants the problems only: the chart is checked against the
    /// data, its table and source written, its SVG not drawn.
    @Test func withoutDrawingTheSameProblemsAndNoSVG() {
        for body in ["indicator: poverty_rate\nareas: [this, parent]\nyears: 2021-2024\n", "indicator: poverty_rte\n"] {
            var environment = Fixture.environment()
            environment.drawsCharts = false
            let quiet = ComponentRenderer(environment: environment, sourcePath: "content/xa/a.md", lineOffset: 5)
            let html = quiet.html(forBlock: "chart", body: body, line: 3) ?? ""
            let drawn = Fixture.render("chart", body)
            #expect(quiet.diagnostics == drawn.diagnostics)
            #expect(!html.contains("<svg"))
            #expect(quiet.showsIllustrativeData == drawn.illustrative)
        }
    }
}

