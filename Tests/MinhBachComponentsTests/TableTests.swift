import MinhBachComponents
import MinhBachData
import MinhBachDiagnostics
import Testing

@Suite struct TableTests {
    @Test func oneRowPerAreaWithTheTarget() {
        let result = Fixture.render("table", "indicator: poverty_rate\nareas: [this, parent, \"06\"]\nyears: 2021-2024\n")
        #expect(result.diagnostics.isEmpty)
        let html = result.html ?? ""
        Golden.assertMatches(html, file: Golden.url("table-areas.html"))
        #expect(html.contains("<caption>Tỷ lệ hộ nghèo (2021–2024)</caption>"))
        #expect(html.contains("<th scope=\"row\"><a href=\"/xa/01834/\">Phường Nguyễn Thị Minh Khai</a></th>"))
        #expect(html.contains("<td class=\"mb-num mb-target\" data-label=\"Mục tiêu\">8,5% (2025)</td>"))
    }

    @Test func oneRowPerIndicatorWithUnitsInTheRowHeaders() {
        let result = Fixture.render("table", "indicators: [poverty_rate, income]\nyears: 2022-2024\n")
        #expect(result.diagnostics.isEmpty)
        let html = result.html ?? ""
        Golden.assertMatches(html, file: Golden.url("table-indicators.html"))
        #expect(html.contains("<caption>Các chỉ tiêu của Phường Nguyễn Thị Minh Khai (2022–2024)</caption>"))
        #expect(html.contains("<th scope=\"row\"><a href=\"/chi-tieu/income/\">Thu nhập bình quân đầu người</a> (triệu đồng)</th>"
            + "<td class=\"mb-num\" data-label=\"2022\">40,9</td><td class=\"mb-num\" data-label=\"2023\">45,3</td>"
            + "<td class=\"mb-num\" data-label=\"2024\">48,0</td>"))
    }

    @Test func theUnitIsInTheCaptionWhenCellsDoNotSayIt() {
        let html = Fixture.render("table", "indicator: income\n").html ?? ""
        #expect(html.contains("<caption>Thu nhập bình quân đầu người (2022–2024; đơn vị: triệu đồng)</caption>"))
    }

    @Test func indicatorAndIndicatorsTogetherAreAnError() {
        let result = Fixture.render("table", "indicator: income\nindicators: [income]\n")
        #expect(result.diagnostics.map(\.formatted) == [
            "content/xa/a.md:9:13: error[MB3117]: give either 'indicator' (one row per area) or 'indicators' (one row per indicator), not both",
        ])
    }

    @Test func neitherIsAnErrorAtTheFence() {
        let result = Fixture.render("table", "years: 2021-2024\n")
        #expect(result.diagnostics.map(\.formatted) == [
            "content/xa/a.md:7:1: error[MB3118]: the 'table' block needs 'indicator' or 'indicators'\n  hint: add 'indicator: poverty_rate' (one row per area) or 'indicators: [poverty_rate]' (one row per indicator)",
        ])
    }

    @Test func noFiguresInTheYearsAsked() {
        let result = Fixture.render("table", "indicator: income\nyears: 2018-2019\n")
        #expect(result.diagnostics.map(\.formatted) == [
            "content/xa/a.md:7:1: warning[MB3215]: no figures of 'income' for Phường Nguyễn Thị Minh Khai (01834) in 2018–2019\n  hint: check the indicator, the areas and the years, or add the figures to content/data/observations",
        ])
        #expect(result.diagnostics.map { $0.formatted(in: .vi) } == [
            "content/xa/a.md:7:1: warning[MB3215]: Không có số liệu của 'income' cho Phường Nguyễn Thị Minh Khai (01834) giai đoạn 2018–2019\n  gợi ý: Hãy kiểm tra chỉ tiêu, địa bàn và các năm, hoặc bổ sung số liệu vào content/data/observations",
        ])
        #expect(result.html?.contains("<p class=\"mb-empty\">Chưa có số liệu</p>") == true)
    }
}
