import MinhBachComponents
import MinhBachData
import MinhBachDiagnostics
import Testing

@Suite struct KPITests {
    @Test func valueChangeVerdictAndProgress() {
        let result = Fixture.render("kpi", "indicator: poverty_rate\n")
        #expect(result.diagnostics.isEmpty)
        let html = result.html ?? ""
        Golden.assertMatches(html, file: Golden.url("kpi.html"))
        #expect(html.contains("<p class=\"mb-kpi-value\">12,4%</p>"))
        // 2023 has no figure: the change is from 2022, and says so.
        #expect(html.contains("<p class=\"mb-kpi-change mb-change--good\"><span class=\"mb-kpi-arrow\" aria-hidden=\"true\">▼</span> giảm 3,8 điểm % so với năm 2022 (tích cực)</p>"))
        // (20,5 − 12,4) / (20,5 − 8,5) = 67,5%.
        #expect(html.contains("<p class=\"mb-kpi-target\">Mục tiêu năm 2025: 8,5%; đạt 68% lộ trình</p>"))
    }

    @Test func aRiseOfAnIndicatorThatShouldFallIsNotGood() {
        let html = Fixture.render("kpi", "indicator: households\n").html ?? ""
        #expect(html.contains("▼</span> giảm 15 so với năm 2023 (tích cực)"))
        let income = Fixture.render("kpi", "indicator: income\nyear: 2023\n").html ?? ""
        #expect(income.contains("<div class=\"mb-kpi mb-kpi--good\">"))
        #expect(income.contains("▲</span> tăng 4,4 triệu đồng so với năm 2022 (tích cực)"))
        let worse = Fixture.render("kpi", "indicator: households\narea: \"01837\"\n").html ?? ""
        #expect(worse.contains("<div class=\"mb-kpi mb-kpi--bad\">"))
        #expect(worse.contains("<p class=\"mb-kpi-change mb-change--bad\"><span class=\"mb-kpi-arrow\" aria-hidden=\"true\">▲</span> tăng 12 so với năm 2023 (chưa tích cực)</p>"))
    }

    @Test func englishWording() {
        let html = Fixture.render("kpi", "indicator: poverty_rate\n", language: .en).html ?? ""
        Golden.assertMatches(html, file: Golden.url("kpi-en.html"))
        #expect(html.contains("<p class=\"mb-kpi-label\"><a href=\"/en/chi-tieu/poverty_rate/\">Poverty rate</a> – Nguyen Thi Minh Khai Ward, 2024</p>"))
        #expect(html.contains("down 3.8 percentage points compared with 2022 (an improvement)"))
        #expect(html.contains("Target for 2025: 8.5%; 68% of the way to the target"))
    }

    @Test func theLatestYearWhenTheReportingYearHasNoFigure() {
        let html = Fixture.render("kpi", "indicator: income\narea: this\n", year: 2025).html ?? ""
        #expect(html.contains("Phường Nguyễn Thị Minh Khai, năm 2024</p>"))
        #expect(html.contains("<p class=\"mb-kpi-value\">48,0 triệu đồng</p>"))
        let explicit = Fixture.render("kpi", "indicator: poverty_rate\nyear: 2023\n")
        #expect(explicit.diagnostics.map(\.formatted) == [
            "content/xa/a.md:7:1: warning: no figure of 'poverty_rate' for Phường Nguyễn Thị Minh Khai (01834) in 2023\n  hint: figures exist for 2021, 2022, 2024",
        ])
        #expect(explicit.html?.contains("<p class=\"mb-empty\">Chưa có số liệu</p>") == true)
    }
}
