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
        ("line-derived-break", Samples.reorganisation.spec, Samples.reorganisation.series),
        ("line-derived-break-english", Samples.reorganisationEnglish.spec, Samples.reorganisationEnglish.series),
        ("column-target", Samples.povertyColumns.spec, Samples.povertyColumns.series),
        ("column-two-series", Samples.householdColumns.spec, Samples.householdColumns.series),
        ("column-derived-break", Samples.reorganisationColumns.spec, Samples.reorganisationColumns.series),
    ]

    /// The phone layout of the same charts (ChartRenderer.narrowWidth).
    static let narrowCharts = [
        ("line-areas-target-narrow", Samples.povertyAreas.spec, Samples.povertyAreas.series),
        ("bar-two-series-narrow", Samples.incomeBars.spec, Samples.incomeBars.series),
        ("line-derived-break-narrow", Samples.reorganisation.spec, Samples.reorganisation.series),
        ("column-target-narrow", Samples.povertyColumns.spec, Samples.povertyColumns.series),
        ("column-two-series-narrow", Samples.householdColumns.spec, Samples.householdColumns.series),
        ("column-derived-break-narrow", Samples.reorganisationColumns.spec, Samples.reorganisationColumns.series),
    ]

    @Test("narrow SVG matches its golden file", arguments: narrowCharts)
    func narrowSVG(_ name: String, _ spec: ChartSpec, _ series: [ChartSeries]) {
        let svg = ChartRenderer.svg(spec, series: series, width: ChartRenderer.narrowWidth)
        Golden.assertMatches(svg, named: "\(name).svg")
        #expect(XMLCheck.parse(svg).error == nil)
    }

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
