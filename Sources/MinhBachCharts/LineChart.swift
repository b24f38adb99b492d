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
        let spec = chart.spec, axis = chart.axis, width = chart.width
        var top = 8.0
        top += Legend(names: chart.series.map(\.name), sample: .line, patternID: chart.patternID,
                      derivedLabel: chart.hasDerived ? chart.words.derivedLegend : nil)
            .draw(into: &markup, top: top, left: 8, right: width - 8)
        top += chart.drawUnitCaption(into: &markup, x: 8, top: top)
        let categories = chart.categories
        // The break's label gets a row of its own above the plot, clear of the values.
        let breakMark = BreakMark(spec.breakMark, categories: categories)
        let breakTop = top
        if breakMark != nil { top += BreakMark.labelRow }
        let tickLabels = axis.ticks.map { axis.label($0, unit: spec.unit, language: spec.language) }
        let plotTop = top + 16, plotBottom = plotTop + plotHeight
        let plotLeft = 8 + (tickLabels.map { ChartStyle.textWidth($0) }.max() ?? 0) + 10
        let plotRight = width - 12
        func y(_ value: Double) -> Double { axis.position(value, from: plotBottom, to: plotTop) }

        ValueGrid.horizontal(axis, labels: tickLabels, left: plotLeft, right: plotRight, y: y, into: &markup)

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

        let plotted: [[Plotted?]] = chart.series.map { series in
            categories.indices.map { position in
                chart.value(series, at: categories[position]).map {
                    Plotted(x: xs[position], y: y($0), value: $0, derived: chart.isDerived(series, at: categories[position]))
                }
            }
        }
        if let target = spec.target {
            drawTarget(target, y: y(target.value), left: plotLeft, right: plotRight, plotted: plotted, into: &markup)
        }
        for (index, points) in plotted.enumerated() {
            drawSeries(points, index: index, into: &markup)
        }
        if chart.values.isEmpty {
            markup.element("text", [("x", Markup.number((plotLeft + plotRight) / 2)),
                                     ("y", Markup.number((plotTop + plotBottom) / 2)), ("text-anchor", "middle"),
                                     ("fill", ChartStyle.mutedText)], text: chart.words.noDataTitle)
        }
        return plotBottom + 32
    }

    /// Year labels under the axis; every second (third…) one when they would touch.
    private func drawCategoryLabels(_ categories: [String], xs: [Double], baseline: Double, into markup: inout Markup) {
        guard !categories.isEmpty else { return }
        let widest = categories.map { ChartStyle.textWidth($0) }.max() ?? 0
        let spacing = xs.count > 1 ? xs[1] - xs[0] : .infinity
        var every = 1
        while Double(every) * spacing < widest + 8 { every += 1 }
        markup.open("g", [("class", "mb-axis mb-axis--x"), ("fill", ChartStyle.text), ("text-anchor", "middle")])
        for (index, category) in categories.enumerated() where index % every == 0 {
            // Centred under its point, but kept inside the chart.
            let half = ChartStyle.textWidth(category) / 2
            let x = min(max(xs[index], half + 2), chart.width - half - 2)
            markup.element("text", [("x", Markup.number(x)), ("y", Markup.number(baseline))], text: category)
        }
        markup.close("g")
    }

    private func drawTarget(_ target: ChartSpec.Target, y: Double, left: Double, right: Double, plotted: [[Plotted?]],
                            into markup: inout Markup) {
        markup.open("g", [("class", "mb-target")])
        markup.element("path", [("d", "M\(Markup.number(left)) \(Markup.number(y))H\(Markup.number(right))"),
                                ("fill", "none"), ("stroke", ChartStyle.target), ("stroke-width", "1.5"),
                                ("stroke-dasharray", ChartStyle.targetDash)])
        let place = TargetLabelPlacement(label: target.label, lineY: y, left: left, right: right)
            .best(avoiding: plotted, valueLabels: chart.series.count == 1 ? valueLabelBoxes(plotted) : [])
        markup.element("text", [("x", Markup.number(place.x)), ("y", Markup.number(place.baseline)),
                                ("text-anchor", place.anchor), ("fill", ChartStyle.target), ("font-weight", "600")]
                               + ChartData.halo,
                       text: target.label)
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
        var solid = "", derived = ""
        var penAt: Plotted?   // where the solid path last ended
        for (a, b) in zip(points, points.dropFirst()) {
            guard let a, let b else { continue }
            let to = "L\(Markup.number(b.x)) \(Markup.number(b.y))"
            let from = "M\(Markup.number(a.x)) \(Markup.number(a.y))"
            if a.derived || b.derived {
                derived += from + to
            } else {
                if penAt.map({ $0.x != a.x || $0.y != a.y }) ?? true { solid += from }
                solid += to
                penAt = b
            }
        }
        markup.open("g", [("class", "mb-series")])
        if !solid.isEmpty {
            var attributes = [("d", solid), ("fill", "none"), ("stroke", colour), ("stroke-width", "2.5"),
                              ("stroke-linejoin", "round")]
            if let dash = ChartStyle.dash(index) {
                attributes += [("stroke-dasharray", dash), ("stroke-linecap", "round")]
            }
            markup.element("path", attributes)
        }
        if !derived.isEmpty {
            markup.element("path", [("class", "mb-derived"), ("d", derived), ("fill", "none"), ("stroke", colour)]
                                   + ChartStyle.derivedStroke)
        }
        for point in points.compactMap({ $0 }) {
            Markers.draw(ChartStyle.marker(index), x: point.x, y: point.y, colour: colour, hollow: point.derived, into: &markup)
        }
        // With one series the values are written above the markers.
        if chart.series.count == 1 {
            for point in points.compactMap({ $0 }) {
                markup.element("text", [("x", Markup.number(point.x)), ("y", Markup.number(point.y - 10)),
                                        ("text-anchor", "middle"), ("font-size", Markup.number(ChartStyle.smallFontSize)),
                                        ("fill", ChartStyle.text)] + ChartData.halo,
                               text: chart.valueLabel(point.value) + (point.derived ? chart.words.derivedMark : ""))
            }
        }
        markup.close("g")
    }
}
