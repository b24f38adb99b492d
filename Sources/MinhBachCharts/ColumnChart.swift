import MinhBachText

/// Values over years as vertical bars ("biểu đồ cột", the chart of most
/// printed reports): one group per year, left to right, one bar per
/// series in it. With one series each bar has its value written above it,
/// when the values fit; with more the numbers are in the table beside the
/// chart, which would otherwise overlap on a phone. A break (the 2025
/// reorganisation) is a dashed line between two years' groups.
struct ColumnChart {
    private let chart: ChartData
    /// As tall as a line chart: 240 units, less on a narrow drawing.
    private var plotHeight: Double { min(240, chart.width * 0.6) }
    /// The share of a year's slot its bars take; the rest is the gap between years.
    private static let groupShare = 0.7
    private static let barGap = 2.0

    init(_ chart: ChartData) { self.chart = chart }

    /// Draws the chart; returns its height.
    func draw(into markup: inout Markup) -> Double {
        let spec = chart.spec, axis = chart.axis, width = chart.width
        var top = chart.drawBarKey(into: &markup)
        // The target's words get a row of their own, clear of the values over the bars.
        let targetRow = top
        if spec.target != nil { top += Self.targetRowHeight }
        let categories = chart.categories
        let breakMark = BreakMark(spec.breakMark, categories: categories)
        let breakTop = top
        if breakMark != nil { top += BreakMark.labelRow }
        let tickLabels = axis.ticks.map { axis.label($0, unit: spec.unit, language: spec.language) }
        // Room above the plot for the value over the highest bar.
        let plotTop = top + 24, plotBottom = plotTop + plotHeight
        let plotLeft = 8 + (tickLabels.map { ChartStyle.textWidth($0) }.max() ?? 0) + 10
        let plotRight = width - 12
        func y(_ value: Double) -> Double { axis.position(value, from: plotBottom, to: plotTop) }

        ValueGrid.horizontal(axis, labels: tickLabels, left: plotLeft, right: plotRight, y: y, into: &markup)

        let slot = (plotRight - plotLeft) / Double(max(1, categories.count))
        let count = Double(max(1, chart.series.count))
        let barWidth = (slot * Self.groupShare - (count - 1) * Self.barGap) / count
        let centres = categories.indices.map { plotLeft + slot * (Double($0) + 0.5) }
        drawCategoryLabels(categories, centres: centres, slot: slot, baseline: plotBottom + 20, into: &markup)

        // One area's values over its bars, when the widest fits a year's slot
        // (ten years on a phone do not); the table has them all.
        let widestValue = chart.values.map { ChartStyle.textWidth(chart.valueLabel($0) + chart.words.derivedMark, size: ChartStyle.smallFontSize) }
            .max() ?? 0
        let writesValues = chart.series.count == 1 && widestValue + 4 <= slot
        // Bars, then the target line over them, then the values over both.
        var valueTexts = Markup(depth: 0)
        for (position, category) in categories.enumerated() {
            let groupLeft = centres[position] - slot * Self.groupShare / 2
            for (index, series) in chart.series.enumerated() {
                let left = groupLeft + Double(index) * (barWidth + Self.barGap)
                drawBar(chart.value(series, at: category), derived: chart.isDerived(series, at: category), index: index,
                        left: left, width: barWidth, y: y, writesValue: writesValues, into: &markup, labels: &valueTexts)
            }
        }
        // Between the two years' groups, behind nothing: the gap between groups is wider than the line.
        if let breakMark {
            breakMark.draw(x: plotLeft + slot * Double(breakMark.index), labelTop: breakTop, bottom: plotBottom,
                           chartWidth: width, into: &markup)
        }
        if let target = spec.target {
            drawTarget(target, y: y(target.value), row: targetRow, left: plotLeft, right: plotRight, into: &markup)
        }
        if !valueTexts.isEmpty {
            markup.open("g", [("class", "mb-values"), ("font-size", Markup.number(ChartStyle.smallFontSize)),
                              ("text-anchor", "middle")])
            markup.append(contentsOf: valueTexts)
            markup.close("g")
        }
        if chart.values.isEmpty {
            markup.element("text", [("x", Markup.number((plotLeft + plotRight) / 2)),
                                     ("y", Markup.number((plotTop + plotBottom) / 2)), ("text-anchor", "middle"),
                                     ("fill", ChartStyle.mutedText)], text: chart.words.noDataTitle)
        }
        return plotBottom + 32
    }

    /// A missing figure is a dash on the zero line (the table says "không
    /// có số liệu"); a derived one ends with `*`, as in the table.
    private func drawBar(_ value: Double?, derived: Bool, index: Int, left: Double, width: Double, y: (Double) -> Double,
                         writesValue: Bool, into markup: inout Markup, labels: inout Markup) {
        let middle = left + width / 2
        guard let value else {
            if writesValue {
                labels.element("text", [("x", Markup.number(middle)), ("y", Markup.number(y(0) - 6)),
                                        ("fill", ChartStyle.mutedText)] + ChartData.halo, text: "–")
            }
            return
        }
        let top = y(max(0, value)), bottom = y(min(0, value))
        let colour = ChartStyle.colour(index)
        markup.element("rect", [("x", Markup.number(left)), ("y", Markup.number(top)),
                                ("width", Markup.number(width)), ("height", Markup.number(bottom - top)),
                                ("fill", BarFill.fill(index, patternID: chart.patternID)),
                                ("stroke", colour), ("stroke-width", "1"), ("shape-rendering", "crispEdges")])
        guard writesValue else { return }
        let baseline = value < 0 ? bottom + 15 : top - 6
        labels.element("text", [("x", Markup.number(middle)), ("y", Markup.number(baseline)), ("fill", ChartStyle.text)]
                               + ChartData.halo,
                       text: chart.valueLabel(value) + (derived ? chart.words.derivedMark : ""))
    }

    /// Year labels under their groups; every second (third…) one when they would touch.
    private func drawCategoryLabels(_ categories: [String], centres: [Double], slot: Double, baseline: Double,
                                    into markup: inout Markup) {
        guard !categories.isEmpty else { return }
        let widest = categories.map { ChartStyle.textWidth($0) }.max() ?? 0
        var every = 1
        while Double(every) * slot < widest + 8 { every += 1 }
        markup.open("g", [("class", "mb-axis mb-axis--x"), ("fill", ChartStyle.text), ("text-anchor", "middle")])
        for (index, category) in categories.enumerated() where index % every == 0 {
            markup.element("text", [("x", Markup.number(centres[index])), ("y", Markup.number(baseline))], text: category)
        }
        markup.close("g")
    }

    private static let targetRowHeight = 22.0
    private static let targetSampleWidth = 24.0

    /// A dashed line across the plot, and in the row above the plot a piece
    /// of the same line with its words: over the plot the words would
    /// cross the bars and their values, which reach the line from both sides.
    private func drawTarget(_ target: ChartSpec.Target, y: Double, row: Double, left: Double, right: Double,
                            into markup: inout Markup) {
        let line = [("fill", "none"), ("stroke", ChartStyle.target), ("stroke-width", "1.5"),
                    ("stroke-dasharray", ChartStyle.targetDash)]
        markup.open("g", [("class", "mb-target")])
        markup.element("path", [("d", "M\(Markup.number(left)) \(Markup.number(y))H\(Markup.number(right))")] + line)
        let middle = row + Self.targetRowHeight / 2
        // From the left, as the legend is: the words' width is not known exactly.
        markup.element("path", [("d", "M8 \(Markup.number(middle))H\(Markup.number(8 + Self.targetSampleWidth))")] + line)
        markup.element("text", [("x", Markup.number(14 + Self.targetSampleWidth)), ("y", Markup.number(middle + 4.5)),
                                ("fill", ChartStyle.target), ("font-weight", "600")], text: target.label)
        markup.close("g")
    }
}
