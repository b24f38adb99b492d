import MinhBachText

/// Values over years: categories evenly spaced left to right, one line per
/// series. A missing value breaks the line; a point between two gaps is
/// still drawn as a marker.
struct LineChart {
    private let chart: ChartData
    /// 240 units, less on a narrow drawing, which would otherwise be square.
    private var plotHeight: Double { min(240, chart.width * 0.6) }
    /// Space between the plot's edges and the first and last category.
    private static let inset = 24.0

    init(_ chart: ChartData) { self.chart = chart }

    /// Draws the chart; returns its height.
    func draw(into markup: inout Markup) -> Double {
        let facts = chart.facts, spec = facts.spec, axis = facts.axis, width = chart.width
        var top = 8.0
        top += Legend(names: facts.series.map(\.name), sample: .line, patternID: chart.patternID,
                      derivedLabel: facts.hasDerived ? facts.words.derivedLegend : nil)
            .draw(into: &markup, top: top, left: 8, right: width - 8)
        top += chart.drawUnitCaption(into: &markup, x: 8, top: top)
        let categories = facts.categories
        // The break's label gets a row of its own above the plot, clear of the values.
        let breakMark = BreakMark(spec.breakMark, categories: categories)
        let breakTop = top
        if breakMark != nil { top += BreakMark.labelRow }
        let plotTop = top + 16, plotBottom = plotTop + plotHeight
        let plotLeft = 8 + facts.widestTickLabel + 10
        let plotRight = width - 12
        func y(_ value: Double) -> Double { axis.position(value, from: plotBottom, to: plotTop) }

        ValueGrid.horizontal(axis, labels: facts.tickLabels, left: plotLeft, right: plotRight, y: y, into: &markup)

        let xs: [Double] = categories.indices.map { index in
            guard categories.count > 1 else { return (plotLeft + plotRight) / 2 }
            let span = plotRight - plotLeft - 2 * Self.inset
            return plotLeft + Self.inset + Double(index) * span / Double(categories.count - 1)
        }
        drawCategoryLabels(categories, xs: xs, baseline: plotBottom + 20, into: &markup)
        if let breakMark {
            breakMark.draw(x: (xs[breakMark.index - 1] + xs[breakMark.index]) / 2, labelTop: breakTop, bottom: plotBottom,
                           chartWidth: width, into: &markup)
        }

        let plotted: [[Plotted?]] = facts.cells.map { row in
            row.indices.map { position in
                row[position].value.map { Plotted(x: xs[position], y: y($0), value: $0, derived: row[position].derived) }
            }
        }
        if let target = spec.target {
            drawTarget(target, y: y(target.value), left: plotLeft, right: plotRight, plotted: plotted, into: &markup)
        }
        for (index, points) in plotted.enumerated() {
            drawSeries(points, index: index, into: &markup)
        }
        if facts.values.isEmpty {
            chart.drawNoData(into: &markup, x: (plotLeft + plotRight) / 2, y: (plotTop + plotBottom) / 2)
        }
        return plotBottom + 32
    }

    /// Year labels under the axis; every second (third…) one when they would touch.
    private func drawCategoryLabels(_ categories: [String], xs: [Double], baseline: Double, into markup: inout Markup) {
        guard !categories.isEmpty else { return }
        let widest = chart.facts.widestCategory
        let spacing = xs.count > 1 ? xs[1] - xs[0] : .infinity
        var every = 1
        while Double(every) * spacing < widest + 8 { every += 1 }
        markup.start("g")
        markup.attribute("class", literal: "mb-axis mb-axis--x")
        markup.attribute("fill", safe: ChartStyle.text)
        markup.attribute("text-anchor", literal: "middle")
        markup.endOpen()
        for (index, category) in categories.enumerated() where index % every == 0 {
            // Centred under its point, but kept inside the chart.
            let half = ChartStyle.textWidth(category) / 2
            let x = min(max(xs[index], half + 2), chart.width - half - 2)
            markup.start("text")
            markup.attribute("x", x)
            markup.attribute("y", baseline)
            markup.end("text", text: category)
        }
        markup.close("g")
    }

    private func drawTarget(_ target: ChartSpec.Target, y: Double, left: Double, right: Double, plotted: [[Plotted?]],
                            into markup: inout Markup) {
        markup.openGroup(class: "mb-target")
        markup.start("path")
        markup.horizontalLine(x: left, y: y, to: right)
        markup.targetStroke()
        markup.end()
        let place = TargetLabelPlacement(label: target.label, lineY: y, left: left, right: right)
            .best(avoiding: plotted, valueLabels: chart.series.count == 1 ? valueLabelBoxes(plotted) : [])
        markup.start("text")
        markup.attribute("x", place.x)
        markup.attribute("y", place.baseline)
        markup.attribute("text-anchor", safe: place.anchor)
        markup.attribute("fill", safe: ChartStyle.target)
        markup.attribute("font-weight", literal: "600")
        markup.halo()
        markup.end("text", text: target.label)
        markup.close("g")
    }

    private func valueLabelBoxes(_ plotted: [[Plotted?]]) -> [Box] {
        plotted.flatMap { $0.compactMap { $0 } }.map { point in
            let width = ChartStyle.textWidth(chart.valueLabel(point.value), size: ChartStyle.smallFontSize)
            return Box(left: point.x - width / 2, right: point.x + width / 2, top: point.y - 20, bottom: point.y - 7)
        }
    }

    private func drawSeries(_ points: [Plotted?], index: Int, into markup: inout Markup) {
        let colour = ChartStyle.colour(index)
        // Consecutive values are joined; a gap is never bridged. A segment
        // with a derived figure at either end is drawn apart, dashed.
        var solid = PathData(), derived = PathData()
        var penAt: Plotted?   // where the solid path last ended
        for (a, b) in zip(points, points.dropFirst()) {
            guard let a, let b else { continue }
            if a.derived || b.derived {
                derived.move(a.x, a.y)
                derived.line(b.x, b.y)
            } else {
                if penAt.map({ $0.x != a.x || $0.y != a.y }) ?? true { solid.move(a.x, a.y) }
                solid.line(b.x, b.y)
                penAt = b
            }
        }
        markup.openGroup(class: "mb-series")
        if !solid.isEmpty {
            markup.start("path")
            markup.attribute("d", path: solid)
            markup.attribute("fill", literal: "none")
            markup.attribute("stroke", safe: colour)
            markup.attribute("stroke-width", literal: "2.5")
            markup.attribute("stroke-linejoin", literal: "round")
            if let dash = ChartStyle.dash(index) {
                markup.attribute("stroke-dasharray", safe: dash)
                markup.attribute("stroke-linecap", literal: "round")
            }
            markup.end()
        }
        if !derived.isEmpty {
            markup.start("path")
            markup.attribute("class", literal: "mb-derived")
            markup.attribute("d", path: derived)
            markup.attribute("fill", literal: "none")
            markup.attribute("stroke", safe: colour)
            markup.derivedStroke()
            markup.end()
        }
        for point in points.compactMap({ $0 }) {
            Markers.draw(ChartStyle.marker(index), x: point.x, y: point.y, colour: colour, hollow: point.derived, into: &markup)
        }
        // With one series the values are written above the markers.
        if chart.series.count == 1 {
            let labels = chart.facts.cellLabels[index]
            for (position, point) in points.enumerated() {
                guard let point, let label = labels[position] else { continue }
                markup.start("text")
                markup.attribute("x", point.x)
                markup.attribute("y", point.y - 10)
                markup.attribute("text-anchor", literal: "middle")
                markup.attribute("font-size", ChartStyle.smallFontSize)
                markup.attribute("fill", safe: ChartStyle.text)
                markup.halo()
                markup.end("text", text: point.derived ? label + chart.words.derivedMark : label)
            }
        }
        markup.close("g")
    }
}
