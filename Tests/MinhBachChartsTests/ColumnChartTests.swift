import MinhBachCharts
import MinhBachText
import Testing

@Suite("Column charts")
struct ColumnChartTests {
    static func decade() -> (ChartSpec, [ChartSeries]) {
        let spec = ChartSpec(id: "cot", title: "Tỷ lệ hộ nghèo", description: "Mười một năm.", unit: .percent, precision: 2, kind: .column)
        let points = (2015...2025).map { ChartPoint(label: String($0), value: 20.55 - Double($0 - 2015)) }
        return (spec, [ChartSeries(name: "Tỉnh Bắc Kạn", points: points)])
    }

    @Test("one area's values are written over its bars when they fit, and left to the table on a phone when not")
    func valuesThatDoNotFitAreLeftOut() {
        let (spec, series) = Self.decade()
        #expect(ChartRenderer.svg(spec, series: series).contains(">20,55%</text>"))
        let narrow = ChartRenderer.svg(spec, series: series, width: ChartRenderer.narrowWidth)
        #expect(!narrow.contains("class=\"mb-values\""))
        #expect(narrow.components(separatedBy: "<rect").count - 1 == 11)
    }

    @Test("the table of a column chart heads its years 'Năm'")
    func theTableHeadsItsYears() {
        let (spec, series) = Self.decade()
        #expect(ChartTable.html(spec, series: series).contains("<th scope=\"col\">Năm</th>"))
    }
}
