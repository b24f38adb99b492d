import MinhBachComponents
@testable import MinhBachData
import Testing

/// Charts across the 1 July 2025 reorganisation: the break between 2024 and
/// 2025, and a derived 2025 figure (method `derived`) marked as such.
@Suite struct ChartReorganisationTests {
    /// The fixture with a derived 2025 figure for the ceased province (as
    /// the data index derives it; a data file may not say `derived`).
    static let index: DataIndex = {
        var files = Fixture.files
        files["observations.csv"] = """
            indicator,area,year,value,status,source,illustrative
            poverty_rate,06,2023,17.9,official,bc-2023,
            poverty_rate,06,2024,16.1,preliminary,bc-2024,
            """
        var data = Fixture.dataSet(files)
        data.observations.append(Observation(indicator: "poverty_rate", area: AreaKey(.legacy, "06"), year: 2025, value: 14.2,
                                             status: .preliminary, source: "bc-2024", illustrative: false, method: .derived, line: 0))
        return DataIndex(data)
    }()

    @Test func aLineAcrossTheReorganisationHasTheBreakAndTheDerivedMark() {
        let result = Fixture.render("chart", "indicator: poverty_rate\nareas: [\"06\"]\nyears: 2023-2025\n", index: Self.index)
        #expect(result.diagnostics.isEmpty)
        let html = result.html ?? ""
        // Once in each drawing, wide and narrow.
        #expect(html.components(separatedBy: "<g class=\"mb-break\">").count == 3)
        #expect(html.contains(">Sắp xếp ĐVHC 01/07/2025</text>"))
        #expect(html.contains(">14,2%*</text>"))
        #expect(html.contains("<td class=\"mb-num mb-derived\">14,2%<span aria-hidden=\"true\">*</span>"))
        #expect(html.contains("<td colspan=\"2\">* Số liệu suy ra</td>"))
    }

    @Test func inEnglish() {
        let html = Fixture.render("chart", "indicator: poverty_rate\nareas: [\"06\"]\nyears: 2023-2025\n",
                                  language: .en, index: Self.index).html ?? ""
        #expect(html.contains(">Reorganisation 1 Jul 2025</text>"))
        #expect(html.contains(">Derived figure</text>"))
        #expect(html.contains("<td colspan=\"2\">* Derived figure</td>"))
    }

    @Test func noBreakBeforeOrAfterIt() {
        for years in ["2021-2024", "2025-2025"] {
            let html = Fixture.render("chart", "indicator: poverty_rate\nareas: [\"06\"]\nyears: \(years)\n", index: Self.index).html ?? ""
            #expect(!html.contains("mb-break"))
        }
    }

    @Test func barChartsHaveNoBreak() {
        let html = Fixture.render("chart", "indicator: poverty_rate\nareas: [\"06\"]\nyears: 2024-2025\ntype: bar\n",
                                  index: Self.index).html ?? ""
        #expect(!html.contains("mb-break"))
        #expect(html.contains(">14,2%*</text>"))
    }

    @Test func aTableStarsTheDerivedFigureAndSaysWhatItIs() {
        let result = Fixture.render("table", "indicator: poverty_rate\nareas: [\"06\"]\nyears: 2024-2025\n", index: Self.index)
        let html = result.html ?? ""
        #expect(html.contains("<td class=\"mb-num mb-derived\" data-label=\"2025\">14,2%<span aria-hidden=\"true\">*</span><span class=\"mb-visually-hidden\"> (suy ra)</span></td>"))
        #expect(html.contains("<td class=\"mb-num\" data-label=\"2024\">16,1%</td>"))
        #expect(html.contains("<p class=\"mb-table-note\">* Số liệu suy ra qua sắp xếp đơn vị hành chính ngày 01/07/2025: cộng từ các đơn vị trên cùng địa bàn.</p>"))
    }
}
