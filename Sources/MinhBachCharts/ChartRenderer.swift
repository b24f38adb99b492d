import MinhBachText

/// Charts as inline SVG: no JavaScript, no external fonts or stylesheet,
/// readable in print and by screen readers.
///
/// The SVG is an image with an accessible name and description
/// (`role="img"`, `<title>`, `<desc>`); the numbers themselves are for
/// `ChartTable`, which a page shows beside it. Every text from the input is
/// escaped. Coordinates are rounded to one decimal and nothing depends on
/// the machine, so the same input always gives the same bytes.
public enum ChartRenderer {
    /// The usual drawing width, in SVG units: text is 13 units high, so it
    /// stays at least 11 px where the chart is 540 px wide or more.
    public static let wideWidth = ChartStyle.width
    /// A layout for phones: drawn 340 units wide, a chart shown 320–480 px
    /// wide keeps its text at 11–18 px instead of shrinking to 7 px.
    public static let narrowWidth = 340.0

    /// `<svg class="mb-chart mb-chart--line" role="img" aria-labelledby="<id>-title <id>-desc" …>`.
    /// Characters of `spec.id` other than ASCII letters, digits, `-` and `_`
    /// become `-` in the ids.
    /// `width` is the drawing's width in SVG units (`wideWidth` or
    /// `narrowWidth`); it scales to the width of its container.
    public static func svg(_ spec: ChartSpec, series: [ChartSeries], width: Double = wideWidth) -> String {
        PreparedChart(spec, series: series).svg(width: width)
    }

    /// The drawing of the chart's kind, below the SVG's title; returns its height.
    static func draw(_ chart: ChartData, into body: inout Markup) -> Double {
        switch chart.spec.kind {
        case .line: LineChart(chart).draw(into: &body)
        case .bar: BarChart(chart).draw(into: &body)
        case .column: ColumnChart(chart).draw(into: &body)
        }
    }
}

/// What both kinds of chart need from the input, at one width.
struct ChartData {
    let facts: ChartFacts
    /// The spec's id, safe inside `id` attributes and `url(#…)`.
    let id: String
    /// The drawing's width in SVG units.
    let width: Double

    init(_ facts: ChartFacts, id: String, width: Double) {
        self.facts = facts
        self.id = id
        self.width = width
    }

    var spec: ChartSpec { facts.spec }
    var series: [ChartSeries] { facts.series }
    var categories: [String] { facts.categories }
    var words: ChartWords { facts.words }
    var values: [Double] { facts.values }

    /// The series' value at a category; nil when missing or not a finite number.
    func value(_ series: Int, at category: Int) -> Double? { facts.cells[series][category].value }

    /// Whether the series' value at a category is a derived figure.
    func isDerived(_ series: Int, at category: Int) -> Bool { facts.cells[series][category].derived }

    /// A value as written next to its mark: `12,5%`, `1.234`.
    func valueLabel(_ value: Double) -> String { facts.valueLabel(value) }

    func patternID(_ index: Int) -> String { "\(id)-fill-\(index)" }

    /// The unit above the value axis, when the tick labels do not say it.
    func drawUnitCaption(into markup: inout Markup, x: Double, top: Double) -> Double {
        guard let caption = words.unitCaption(spec.unit) else { return 0 }
        markup.start("text")
        markup.attribute("x", x)
        markup.attribute("y", top + 13)
        markup.attribute("font-size", ChartStyle.smallFontSize)
        markup.attribute("fill", safe: ChartStyle.mutedText)
        markup.end("text", text: caption)
        return 20
    }

    /// "Không có số liệu" in the middle of an empty plot.
    func drawNoData(into markup: inout Markup, x: Double, y: Double) {
        markup.start("text")
        markup.attribute("x", x)
        markup.attribute("y", y)
        markup.attribute("text-anchor", literal: "middle")
        markup.attribute("fill", safe: ChartStyle.mutedText)
        markup.end("text", text: words.noDataTitle)
    }

    /// What charts of bars draw above the plot: the fill patterns of the
    /// second series on, the legend and the unit. Returns the plot's top.
    func drawBarKey(into markup: inout Markup) -> Double {
        if series.count > 1 {
            markup.open("defs")
            for index in series.indices { BarFill.definition(index, id: patternID(index), into: &markup) }
            markup.close("defs")
        }
        var top = 8.0
        top += Legend(names: series.map(\.name), sample: .bar, patternID: patternID)
            .draw(into: &markup, top: top, left: 8, right: width - 8)
        top += drawUnitCaption(into: &markup, x: 8, top: top)
        return top
    }
}
