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
        let facts = chart.facts, spec = facts.spec, axis = facts.axis, width = chart.width
        var top = chart.drawBarKey(into: &markup)
        // The target's words get a row of their own, clear of the values over the bars.
        let targetRow = top
        if spec.target != nil { top += Self.targetRowHeight }
        let categories = chart.categories
        let breakMark = BreakMark(spec.breakMark, categories: categories)
        let breakTop = top
        if breakMark != nil { top += BreakMark.labelRow }
        // Room above the plot for the value over the highest bar.
        let plotTop = top + 24, plotBottom = plotTop + plotHeight
        let plotLeft = 8 + facts.widestTickLabel + 10
        let plotRight = width - 12
        func y(_ value: Double) -> Double { axis.position(value, from: plotBottom, to: plotTop) }

        ValueGrid.horizontal(axis, labels: facts.tickLabels, left: plotLeft, right: plotRight, y: y, into: &markup)

        let slot = (plotRight - plotLeft) / Double(max(1, categories.count))
        let count = Double(max(1, chart.series.count))
        let barWidth = (slot * Self.groupShare - (count - 1) * Self.barGap) / count
        let centres = categories.indices.map { plotLeft + slot * (Double($0) + 0.5) }
        drawCategoryLabels(categories, centres: centres, slot: slot, baseline: plotBottom + 20, into: &markup)

        // One area's values over its bars, when the widest fits a year's slot
        // (ten years on a phone do not); the table has them all.
        let widestValue = chart.facts.valueLabels.map { ChartStyle.textWidth($0 + chart.words.derivedMark, size: ChartStyle.smallFontSize) }
            .max() ?? 0
        let writesValues = chart.series.count == 1 && widestValue + 4 <= slot
        // Bars, then the target line over them, then the values over both.
        var valueTexts = Markup(depth: 0)
        let cellLabels = chart.facts.cellLabels
        for position in categories.indices {
            let groupLeft = centres[position] - slot * Self.groupShare / 2
            for index in chart.series.indices {
                let left = groupLeft + Double(index) * (barWidth + Self.barGap)
                drawBar(chart.value(index, at: position), label: cellLabels[index][position],
                        derived: chart.isDerived(index, at: position), index: index,
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
            markup.start("g")
            markup.attribute("class", literal: "mb-values")
            markup.attribute("font-size", ChartStyle.smallFontSize)
            markup.attribute("text-anchor", literal: "middle")
            markup.endOpen()
            markup.append(contentsOf: valueTexts)
            markup.close("g")
        }
        if chart.values.isEmpty {
            chart.drawNoData(into: &markup, x: (plotLeft + plotRight) / 2, y: (plotTop + plotBottom) / 2)
        }
        return plotBottom + 32
    }

    /// A missing figure is a dash on the zero line (the table says "không
    /// có số liệu"); a derived one ends with `*`, as in the table.
    private func drawBar(_ value: Double?, label: String?, derived: Bool, index: Int, left: Double, width: Double, y: (Double) -> Double,
                         writesValue: Bool, into markup: inout Markup, labels: inout Markup) {
        let middle = left + width / 2
        guard let value else {
            if writesValue {
                labels.start("text")
                labels.attribute("x", middle)
                labels.attribute("y", y(0) - 6)
                labels.attribute("fill", safe: ChartStyle.mutedText)
                labels.halo()
                labels.end("text", text: "–")
            }
            return
        }
        let top = y(max(0, value)), bottom = y(min(0, value))
        let colour = ChartStyle.colour(index)
        markup.start("rect")
        markup.attribute("x", left)
        markup.attribute("y", top)
        markup.attribute("width", width)
        markup.attribute("height", bottom - top)
        markup.attribute("fill", safe: BarFill.fill(index, patternID: chart.patternID))
        markup.attribute("stroke", safe: colour)
        markup.attributes(" stroke-width=\"1\" shape-rendering=\"crispEdges\"")
        markup.end()
        guard writesValue else { return }
        let baseline = value < 0 ? bottom + 15 : top - 6
        labels.start("text")
        labels.attribute("x", middle)
        labels.attribute("y", baseline)
        labels.attribute("fill", safe: ChartStyle.text)
        labels.halo()
        labels.end("text", text: (label ?? chart.valueLabel(value)) + (derived ? chart.words.derivedMark : ""))
    }

    /// Year labels under their groups; every second (third…) one when they would touch.
    private func drawCategoryLabels(_ categories: [String], centres: [Double], slot: Double, baseline: Double,
                                    into markup: inout Markup) {
        guard !categories.isEmpty else { return }
        let widest = chart.facts.widestCategory
        var every = 1
        while Double(every) * slot < widest + 8 { every += 1 }
        markup.start("g")
        markup.attribute("class", literal: "mb-axis mb-axis--x")
        markup.attribute("fill", safe: ChartStyle.text)
        markup.attribute("text-anchor", literal: "middle")
        markup.endOpen()
        for (index, category) in categories.enumerated() where index % every == 0 {
            markup.start("text")
            markup.attribute("x", centres[index])
            markup.attribute("y", baseline)
            markup.end("text", text: category)
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
        func line(from start: Double, _ y: Double, to end: Double) {
            markup.start("path")
            markup.horizontalLine(x: start, y: y, to: end)
            markup.targetStroke()
            markup.end()
        }
        markup.openGroup(class: "mb-target")
        line(from: left, y, to: right)
        let middle = row + Self.targetRowHeight / 2
        // From the left, as the legend is: the words' width is not known exactly.
        line(from: 8, middle, to: 8 + Self.targetSampleWidth)
        markup.start("text")
        markup.attribute("x", 14 + Self.targetSampleWidth)
        markup.attribute("y", middle + 4.5)
        markup.attribute("fill", safe: ChartStyle.target)
        markup.attribute("font-weight", literal: "600")
        markup.end("text", text: target.label)
        markup.close("g")
    }
}
