import MinhBachText

/// Values across areas: one group of horizontal bars per category, top to
/// bottom in the order given (the caller sorts), each bar with its value
/// written at its end.
struct BarChart {
    private let chart: ChartData
    private static let groupGap = 14.0
    /// The widest the area names may take: 210 units, a third of a narrow chart.
    private static let labelColumnLimit = 210.0

    init(_ chart: ChartData) { self.chart = chart }

    private var barHeight: Double { chart.series.count > 1 ? 16 : 22 }
    private var groupHeight: Double {
        let count = Double(max(1, chart.series.count))
        return count * barHeight + (count - 1) * 2
    }

    /// Draws the chart; returns its height.
    func draw(into markup: inout Markup) -> Double {
        let spec = chart.spec, axis = chart.axis, width = chart.width
        let top = chart.drawBarKey(into: &markup)

        let categories = chart.categories
        let labelLines = categories.map { Self.wrap($0, width: min(Self.labelColumnLimit, width / 3)) }
        let labelColumn = labelLines.flatMap { $0 }.map { ChartStyle.textWidth($0) }.max() ?? 0
        let valueLabels = chart.values.map(chart.valueLabel)
        let missingWidth = ChartStyle.textWidth(chart.words.noData, size: ChartStyle.smallFontSize)
        let valueColumn = (valueLabels.map { ChartStyle.textWidth($0, size: ChartStyle.smallFontSize) } + [missingWidth / 2]).max()! + 10

        let plotTop = top + (spec.target == nil ? 4 : 24)
        let plotLeft = 8 + labelColumn + 12
        let plotRight = width - 12 - valueColumn
        let rows = Double(max(1, categories.count))
        let plotBottom = plotTop + 8 + rows * (groupHeight + Self.groupGap) - Self.groupGap + 8
        func x(_ value: Double) -> Double { axis.position(value, from: plotLeft, to: plotRight) }

        let tickLabels = axis.ticks.map { axis.label($0, unit: spec.unit, language: spec.language) }
        ValueGrid.vertical(axis, labels: tickLabels, top: plotTop, bottom: plotBottom, x: x, into: &markup)

        // Bars, then the target line over them, then the values over both.
        var valueTexts = Markup(depth: 0)
        for (row, category) in categories.enumerated() {
            let groupTop = plotTop + 8 + Double(row) * (groupHeight + Self.groupGap)
            drawCategoryLabel(labelLines[row], x: plotLeft - 10, middle: groupTop + groupHeight / 2, into: &markup)
            for (index, series) in chart.series.enumerated() {
                let barTop = groupTop + Double(index) * (barHeight + 2)
                drawBar(chart.value(series, at: category), derived: chart.isDerived(series, at: category),
                        index: index, top: barTop, x: x, into: &markup, labels: &valueTexts)
            }
        }
        if let target = spec.target {
            drawTarget(target, x: x(target.value), top: plotTop, bottom: plotBottom, into: &markup)
        }
        if !valueTexts.isEmpty {
            markup.open("g", [("class", "mb-values"), ("font-size", Markup.number(ChartStyle.smallFontSize))])
            markup.append(contentsOf: valueTexts)
            markup.close("g")
        }
        if chart.values.isEmpty {
            markup.element("text", [("x", Markup.number((plotLeft + plotRight) / 2)),
                                     ("y", Markup.number((plotTop + plotBottom) / 2 + 4.5)), ("text-anchor", "middle"),
                                     ("fill", ChartStyle.mutedText)], text: chart.words.noDataTitle)
        }
        return plotBottom + 30
    }

    private func drawCategoryLabel(_ lines: [String], x: Double, middle: Double, into markup: inout Markup) {
        let lineHeight = 15.0
        let first = middle + 4.5 - Double(lines.count - 1) * lineHeight / 2
        if lines.count == 1 {
            markup.element("text", [("x", Markup.number(x)), ("y", Markup.number(first)), ("text-anchor", "end"),
                                    ("fill", ChartStyle.text)], text: lines[0])
            return
        }
        markup.open("text", [("x", Markup.number(x)), ("y", Markup.number(first)), ("text-anchor", "end"),
                             ("fill", ChartStyle.text)])
        for (index, line) in lines.enumerated() {
            markup.element("tspan", [("x", Markup.number(x)), ("dy", index == 0 ? "0" : Markup.number(lineHeight))], text: line)
        }
        markup.close("text")
    }

    /// A derived figure's value ends with `*`, as in the table.
    private func drawBar(_ value: Double?, derived: Bool, index: Int, top: Double, x: (Double) -> Double,
                         into markup: inout Markup, labels: inout Markup) {
        let middle = top + barHeight / 2
        guard let value else {
            labels.element("text", [("x", Markup.number(x(0) + 6)), ("y", Markup.number(middle + 4)),
                                    ("font-style", "italic"), ("fill", ChartStyle.mutedText)] + ChartData.halo,
                           text: chart.words.noData)
            return
        }
        let start = x(min(0, value)), end = x(max(0, value))
        let colour = ChartStyle.colour(index)
        markup.element("rect", [("x", Markup.number(start)), ("y", Markup.number(top)),
                                ("width", Markup.number(end - start)), ("height", Markup.number(barHeight)),
                                ("fill", BarFill.fill(index, patternID: chart.patternID)),
                                ("stroke", colour), ("stroke-width", "1"), ("shape-rendering", "crispEdges")])
        let negative = value < 0
        labels.element("text", [("x", Markup.number(negative ? start - 5 : end + 5)), ("y", Markup.number(middle + 4)),
                                ("text-anchor", negative ? "end" : "start"), ("fill", ChartStyle.text)] + ChartData.halo,
                       text: chart.valueLabel(value) + (derived ? chart.words.derivedMark : ""))
    }

    private func drawTarget(_ target: ChartSpec.Target, x: Double, top: Double, bottom: Double, into markup: inout Markup) {
        markup.open("g", [("class", "mb-target")])
        markup.element("path", [("d", "M\(Markup.number(x)) \(Markup.number(top - 4))V\(Markup.number(bottom))"),
                                ("fill", "none"), ("stroke", ChartStyle.target), ("stroke-width", "1.5"),
                                ("stroke-dasharray", ChartStyle.targetDash)])
        // Centred over the line, unless that would run off the chart.
        let half = ChartStyle.textWidth(target.label) / 2
        let anchor = x + half > chart.width - 4 ? "end" : (x - half < 4 ? "start" : "middle")
        markup.element("text", [("x", Markup.number(x)), ("y", Markup.number(top - 10)), ("text-anchor", anchor),
                                ("fill", ChartStyle.target), ("font-weight", "600")] + ChartData.halo,
                       text: target.label)
        markup.close("g")
    }

    /// A long area name on two lines or more, broken at spaces.
    static func wrap(_ text: String, width: Double) -> [String] {
        guard ChartStyle.textWidth(text) > width else { return [text] }
        var lines: [String] = [], current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if !current.isEmpty && ChartStyle.textWidth(candidate) > width {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [text] : lines
    }
}
