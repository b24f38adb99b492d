import MinhBachCharts
import MinhBachText
import Testing

/// Whole charts against files in `Golden/`; look at them in a browser when
/// re-recording (`MINHBACH_RECORD=1 swift test --filter MinhBachChartsTests`).
@Suite("Chart snapshots")
struct ChartSnapshotTests {
    static let charts = [
        ("line-gap", Samples.povertyGap.spec, Samples.povertyGap.series),
        ("line-areas-target", Samples.povertyAreas.spec, Samples.povertyAreas.series),
        ("bar-target", Samples.insuranceBar.spec, Samples.insuranceBar.series),
        ("bar-two-series", Samples.incomeBars.spec, Samples.incomeBars.series),
        ("line-english", Samples.povertyEnglish.spec, Samples.povertyEnglish.series),
    ]

    @Test("SVG matches its golden file", arguments: charts)
    func svg(_ name: String, _ spec: ChartSpec, _ series: [ChartSeries]) {
        Golden.assertMatches(ChartRenderer.svg(spec, series: series), named: "\(name).svg")
    }

    @Test("table matches its golden file", arguments: charts)
    func table(_ name: String, _ spec: ChartSpec, _ series: [ChartSeries]) {
        Golden.assertMatches(ChartTable.html(spec, series: series), named: "\(name).table.html")
    }

    @Test("SVG is well-formed XML", arguments: charts)
    func wellFormed(_ name: String, _ spec: ChartSpec, _ series: [ChartSeries]) {
        let check = XMLCheck.parse(ChartRenderer.svg(spec, series: series))
        #expect(check.error == nil)
        #expect(check.elements.first == "svg")
        #expect(Array(check.elements.prefix(3)) == ["svg", "title", "desc"])
    }

    @Test("the same input gives the same bytes", arguments: charts)
    func deterministic(_ name: String, _ spec: ChartSpec, _ series: [ChartSeries]) {
        #expect(ChartRenderer.svg(spec, series: series) == ChartRenderer.svg(spec, series: series))
    }
}
