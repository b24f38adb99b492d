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
        let chart = ChartData(spec: spec, series: series, width: width)
        var body = Markup(depth: 1)
        let height: Double
        switch spec.kind {
        case .line: height = LineChart(chart).draw(into: &body)
        case .bar: height = BarChart(chart).draw(into: &body)
        case .column: height = ColumnChart(chart).draw(into: &body)
        }
        var svg = Markup()
        svg.open("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("class", "mb-chart mb-chart--\(spec.kind.rawValue)"),
            ("role", "img"),
            ("aria-labelledby", "\(chart.id)-title \(chart.id)-desc"),
            ("viewBox", "0 0 \(Markup.number(chart.width)) \(Markup.number(height))"),
            ("width", "100%"),
            ("font-family", ChartStyle.fontFamily),
            ("font-size", Markup.number(ChartStyle.fontSize)),
        ])
        svg.element("title", [("id", "\(chart.id)-title")], text: spec.title)
        svg.element("desc", [("id", "\(chart.id)-desc")], text: spec.description)
        var text = svg.text
        text += body.text
        text += "</svg>\n"
        return text
    }
}

/// What both kinds of chart need from the input.
struct ChartData {
    let spec: ChartSpec
    let series: [ChartSeries]
    /// The spec's id, safe inside `id` attributes and `url(#…)`.
    let id: String
    /// Labels in the order they first appear, across all series.
    let categories: [String]
    let words: ChartWords
    /// The drawing's width in SVG units.
    let width: Double

    init(spec: ChartSpec, series: [ChartSeries], width: Double = ChartStyle.width) {
        self.spec = spec
        self.series = series
        self.width = width
        let safe = String(String.UnicodeScalarView(spec.id.unicodeScalars.map { scalar in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_": scalar
            default: "-"
            }
        }))
        id = safe.isEmpty ? "chart" : safe
        var seen = Set<String>(), categories: [String] = []
        for point in series.flatMap(\.points) where seen.insert(point.label).inserted {
            categories.append(point.label)
        }
        self.categories = categories
        words = ChartWords(language: spec.language)
    }

    /// The series' value at a category; nil when missing or not a finite number.
    func value(_ series: ChartSeries, at category: String) -> Double? {
        guard let value = series.points.first(where: { $0.label == category })?.value, value.isFinite else { return nil }
        return value
    }

    /// Whether the series' value at a category is a derived figure.
    func isDerived(_ series: ChartSeries, at category: String) -> Bool {
        series.points.first(where: { $0.label == category })?.derived ?? false
    }

    /// Whether any drawn value is derived: the legend and the table's note say what the mark means.
    var hasDerived: Bool {
        series.contains { $0.points.contains { $0.derived && $0.value?.isFinite == true } }
    }

    var values: [Double] { series.flatMap { $0.points.compactMap(\.value) }.filter(\.isFinite) }

    var axis: ValueAxis {
        ValueAxis(values: values + [spec.target?.value].compactMap { $0 }, unit: spec.unit)
    }

    /// A value as written next to its mark: `12,5%`, `1.234`.
    func valueLabel(_ value: Double) -> String {
        let number = VietnameseNumber.format(value, precision: spec.precision, language: spec.language)
        return spec.unit == .percent ? number + "%" : number
    }

    func patternID(_ index: Int) -> String { "\(id)-fill-\(index)" }

    /// The unit above the value axis, when the tick labels do not say it.
    func drawUnitCaption(into markup: inout Markup, x: Double, top: Double) -> Double {
        guard let caption = words.unitCaption(spec.unit) else { return 0 }
        markup.element("text", [("x", Markup.number(x)), ("y", Markup.number(top + 13)),
                                 ("font-size", Markup.number(ChartStyle.smallFontSize)), ("fill", ChartStyle.mutedText)],
                       text: caption)
        return 20
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

    /// White outline behind a text, so it stays legible over lines and grid.
    /// `paint-order` goes in `style`: HTML's validator does not accept it as
    /// an attribute of inline SVG.
    static let halo = [("stroke", "#ffffff"), ("stroke-width", "3"), ("stroke-linejoin", "round"), ("style", "paint-order:stroke")]
}
