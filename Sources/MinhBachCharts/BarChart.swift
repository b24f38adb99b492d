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
        let facts = chart.facts, spec = facts.spec, axis = facts.axis, width = chart.width
        let top = chart.drawBarKey(into: &markup)

        let categories = chart.categories
        let labelLines = categories.map { Self.wrap($0, width: min(Self.labelColumnLimit, width / 3)) }
        let labelColumn = labelLines.flatMap { $0 }.map { ChartStyle.textWidth($0) }.max() ?? 0
        let valueLabels = chart.facts.valueLabels
        let missingWidth = ChartStyle.textWidth(chart.words.noData, size: ChartStyle.smallFontSize)
        let valueColumn = (valueLabels.map { ChartStyle.textWidth($0, size: ChartStyle.smallFontSize) } + [missingWidth / 2]).max()! + 10

        let plotTop = top + (spec.target == nil ? 4 : 24)
        let plotLeft = 8 + labelColumn + 12
        let plotRight = width - 12 - valueColumn
        let rows = Double(max(1, categories.count))
        let plotBottom = plotTop + 8 + rows * (groupHeight + Self.groupGap) - Self.groupGap + 8
        func x(_ value: Double) -> Double { axis.position(value, from: plotLeft, to: plotRight) }

        ValueGrid.vertical(axis, labels: facts.tickLabels, top: plotTop, bottom: plotBottom, x: x, into: &markup)

        // Bars, then the target line over them, then the values over both.
        var valueTexts = Markup(depth: 0)
        let cellLabels = chart.facts.cellLabels
        for row in categories.indices {
            let groupTop = plotTop + 8 + Double(row) * (groupHeight + Self.groupGap)
            drawCategoryLabel(labelLines[row], x: plotLeft - 10, middle: groupTop + groupHeight / 2, into: &markup)
            for index in chart.series.indices {
                let barTop = groupTop + Double(index) * (barHeight + 2)
                drawBar(chart.value(index, at: row), label: cellLabels[index][row], derived: chart.isDerived(index, at: row),
                        index: index, top: barTop, x: x, into: &markup, labels: &valueTexts)
            }
        }
        if let target = spec.target {
            drawTarget(target, x: x(target.value), top: plotTop, bottom: plotBottom, into: &markup)
        }
        if !valueTexts.isEmpty {
            markup.start("g")
            markup.attribute("class", literal: "mb-values")
            markup.attribute("font-size", ChartStyle.smallFontSize)
            markup.endOpen()
            markup.append(contentsOf: valueTexts)
            markup.close("g")
        }
        if chart.values.isEmpty {
            chart.drawNoData(into: &markup, x: (plotLeft + plotRight) / 2, y: (plotTop + plotBottom) / 2 + 4.5)
        }
        return plotBottom + 30
    }

    private func drawCategoryLabel(_ lines: [String], x: Double, middle: Double, into markup: inout Markup) {
        let lineHeight = 15.0
        let first = middle + 4.5 - Double(lines.count - 1) * lineHeight / 2
        markup.start("text")
        markup.attribute("x", x)
        markup.attribute("y", first)
        markup.attribute("text-anchor", literal: "end")
        markup.attribute("fill", safe: ChartStyle.text)
        if lines.count == 1 {
            markup.end("text", text: lines[0])
            return
        }
        markup.endOpen()
        for (index, line) in lines.enumerated() {
            markup.start("tspan")
            markup.attribute("x", x)
            markup.attribute("dy", index == 0 ? 0 : lineHeight)
            markup.end("tspan", text: line)
        }
        markup.close("text")
    }

    /// A derived figure's value ends with `*`, as in the table.
    private func drawBar(_ value: Double?, label: String?, derived: Bool, index: Int, top: Double, x: (Double) -> Double,
                         into markup: inout Markup, labels: inout Markup) {
        let middle = top + barHeight / 2
        guard let value else {
            labels.start("text")
            labels.attribute("x", x(0) + 6)
            labels.attribute("y", middle + 4)
            labels.attribute("font-style", literal: "italic")
            labels.attribute("fill", safe: ChartStyle.mutedText)
            labels.halo()
            labels.end("text", text: chart.words.noData)
            return
        }
        let start = x(min(0, value)), end = x(max(0, value))
        let colour = ChartStyle.colour(index)
        markup.start("rect")
        markup.attribute("x", start)
        markup.attribute("y", top)
        markup.attribute("width", end - start)
        markup.attribute("height", barHeight)
        markup.attribute("fill", safe: BarFill.fill(index, patternID: chart.patternID))
        markup.attribute("stroke", safe: colour)
        markup.attributes(" stroke-width=\"1\" shape-rendering=\"crispEdges\"")
        markup.end()
        let negative = value < 0
        labels.start("text")
        labels.attribute("x", negative ? start - 5 : end + 5)
        labels.attribute("y", middle + 4)
        labels.attribute("text-anchor", safe: negative ? "end" : "start")
        labels.attribute("fill", safe: ChartStyle.text)
        labels.halo()
        labels.end("text", text: (label ?? chart.valueLabel(value)) + (derived ? chart.words.derivedMark : ""))
    }

    private func drawTarget(_ target: ChartSpec.Target, x: Double, top: Double, bottom: Double, into markup: inout Markup) {
        markup.openGroup(class: "mb-target")
        markup.start("path")
        markup.verticalLine(x: x, y: top - 4, to: bottom)
        markup.targetStroke()
        markup.end()
        // Centred over the line, unless that would run off the chart.
        let half = ChartStyle.textWidth(target.label) / 2
        let anchor = x + half > chart.width - 4 ? "end" : (x - half < 4 ? "start" : "middle")
        markup.start("text")
        markup.attribute("x", x)
        markup.attribute("y", top - 10)
        markup.attribute("text-anchor", safe: anchor)
        markup.attribute("fill", safe: ChartStyle.target)
        markup.attribute("font-weight", literal: "600")
        markup.halo()
        markup.end("text", text: target.label)
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
