import MinhBachComponents
import MinhBachData
import MinhBachDiagnostics
import MinhBachText
import Testing

@Suite struct KPITests {
    @Test func valueChangeVerdictAndProgress() {
        let result = Fixture.render("kpi", "indicator: poverty_rate\n", strings: Fixture.themeStrings(.vi))
        #expect(result.diagnostics.isEmpty)
        let html = result.html ?? ""
        Golden.assertMatches(html, file: Golden.url("kpi.html"))
        #expect(html.contains("<p class=\"mb-kpi-value\">12,4%</p>"))
        // 2023 has no figure: the change is from 2022, and says so.
        #expect(html.contains("<p class=\"mb-kpi-change mb-change--good\"><span class=\"mb-kpi-arrow\" aria-hidden=\"true\">▼</span> giảm 3,8 điểm % so với năm 2022 (tích cực)</p>"))
        // The growth-rate method (docs/PROGRESS.md): from 20,5% in 2020 to
        // 12,4% in 2024 is (12,4/20,5)^(1/4) − 1 = −11,81% a year, against
        // (8,5/20,5)^(1/5) − 1 = −16,14% needed: 73% of the required pace.
        #expect(html.contains("<p class=\"mb-kpi-target\">Mục tiêu năm 2025: 8,5% · <span class=\"mb-kpi-mark\" aria-hidden=\"true\">△</span> "
            + "Có tiến bộ, cần đẩy nhanh (tốc độ 73% so với yêu cầu)</p>"))
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
        let html = Fixture.render("kpi", "indicator: poverty_rate\n", language: .en, strings: Fixture.themeStrings(.en)).html ?? ""
        Golden.assertMatches(html, file: Golden.url("kpi-en.html"))
        #expect(html.contains("<p class=\"mb-kpi-label\"><a href=\"/en/chi-tieu/poverty_rate/\">Poverty rate</a> – Nguyen Thi Minh Khai Ward, 2024</p>"))
        #expect(html.contains("down 3.8 percentage points compared with 2022 (an improvement)"))
        #expect(html.contains("Target for 2025: 8.5% · <span class=\"mb-kpi-mark\" aria-hidden=\"true\">△</span> "
            + "Progress made, acceleration needed (73% of the required pace)</p>"))
    }

    @Test func theLatestYearWhenTheReportingYearHasNoFigure() {
        let html = Fixture.render("kpi", "indicator: income\narea: this\n", year: 2025).html ?? ""
        #expect(html.contains("Phường Nguyễn Thị Minh Khai, năm 2024</p>"))
        #expect(html.contains("<p class=\"mb-kpi-value\">48,0 triệu đồng</p>"))
        let explicit = Fixture.render("kpi", "indicator: poverty_rate\nyear: 2023\n")
        #expect(explicit.diagnostics.map(\.formatted) == [
            "content/xa/a.md:7:1: warning[MB3217]: no figure of 'poverty_rate' for Phường Nguyễn Thị Minh Khai (01834) in 2023\n  hint: figures exist for 2021, 2022, 2024",
        ])
        #expect(explicit.diagnostics.map { $0.formatted(in: .vi) } == [
            "content/xa/a.md:7:1: warning[MB3217]: Không có số liệu của 'poverty_rate' cho Phường Nguyễn Thị Minh Khai (01834) năm 2023\n  gợi ý: Chỉ có số liệu các năm 2021, 2022, 2024",
        ])
        #expect(explicit.html?.contains("<p class=\"mb-empty\">Chưa có số liệu</p>") == true)
    }

    // MARK: Where the target stands, as the report says

    /// Every target of the fixture, shown by a KPI of its area, has the
    /// category the report gives it: both come from `TargetStanding`.
    @Test func theCategoryIsTheReportsCategory() {
        let strings = Fixture.themeStrings(.vi)
        for target in Fixture.index.data.targets {
            let indicator = Fixture.index.indicators[target.indicator]!
            let year = Fixture.index.years(indicator.id, target.area).last!
            let category = TargetStanding(target, indicator, in: Fixture.index, upTo: year).assessment.category
            let html = Fixture.render("kpi", "indicator: \(indicator.id)\narea: \"\(target.area.code)\"\n", strings: strings).html ?? ""
            #expect(html.contains("\(category.mark)</span> \(strings[category.labelKey]!)"))
        }
    }

    /// A KPI of an earlier year is assessed as of that year, on the figure it shows.
    @Test func assessedAsOfTheYearShown() {
        let html = Fixture.render("kpi", "indicator: poverty_rate\nyear: 2022\n", strings: Fixture.themeStrings(.vi)).html ?? ""
        #expect(html.contains("<p class=\"mb-kpi-value\">16,2%</p>"))
        // (16,2/20,5)^(1/2) − 1 = −11,10% a year against −16,14%: 69%.
        #expect(html.contains("Có tiến bộ, cần đẩy nhanh (tốc độ 69% so với yêu cầu)</p>"))
    }

    @Test func achievedNotAssessableAndMissed() {
        var files = Fixture.files
        files["targets.csv"] = """
            indicator,area,year,value,baseline_year,baseline,document,note,scheme
            income,01834,2025,45,,,nq-12,,legacy
            households,01837,2024,30,,,nq-12,,legacy
            """
        let index = Fixture.load(files)
        let vi = Fixture.themeStrings(.vi)
        func line(_ body: String, _ strings: [String: String] = vi, _ language: Language = .vi) -> String {
            let html = Fixture.render("kpi", body, language: language, index: index, strings: strings).html ?? ""
            return html.components(separatedBy: "\n").first { $0.hasPrefix("<p class=\"mb-kpi-target\">") } ?? ""
        }
        let mark = { (mark: String) in "<span class=\"mb-kpi-mark\" aria-hidden=\"true\">\(mark)</span> " }
        // 48 in 2024 is past 45: achieved, without a pace.
        #expect(line("indicator: income\n") == "<p class=\"mb-kpi-target\">Mục tiêu năm 2025: 45,0 triệu đồng · \(mark("✔"))Đã đạt mục tiêu</p>")
        // As of 2022, its first figure: no baseline to measure a pace from.
        #expect(line("indicator: income\nyear: 2022\n")
                == "<p class=\"mb-kpi-target\">Mục tiêu năm 2025: 45,0 triệu đồng · \(mark("–"))Chưa đủ số liệu để đánh giá (chưa có số liệu năm cơ sở)</p>")
        // 40 in 2023 to 52 in 2024, against 30 by 2024: the wrong way, and the year has come.
        #expect(line("indicator: households\narea: \"01837\"\n")
                == "<p class=\"mb-kpi-target\">Mục tiêu năm 2024: 30 · \(mark("▼"))Đi xuống (xa mục tiêu hơn) "
                + "(tốc độ -120% so với yêu cầu; đã đến năm mục tiêu mà chưa đạt)</p>")
        #expect(line("indicator: households\narea: \"01837\"\n", Fixture.themeStrings(.en), .en)
                == "<p class=\"mb-kpi-target\">Target for 2024: 30 · \(mark("▼"))Deterioration (moving away from the target) "
                + "(-120% of the required pace; target year reached without the target)</p>")
    }
}
