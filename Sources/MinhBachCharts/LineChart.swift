import MinhBachText

/// Values over years: categories evenly spaced left to right, one line per
/// series. A missing value breaks the line; a point between two gaps is
/// still drawn as a marker.
struct LineChart {
    private let chart: ChartData
    private static let plotHeight = 240.0
    /// Space between the plot's edges and the first and last category.
    private static let inset = 24.0

    init(_ chart: ChartData) { self.chart = chart }

    /// Draws the chart; returns its height.
    func draw(into markup: inout Markup) -> Double {
        let spec = chart.spec, axis = chart.axis, width = ChartStyle.width
        var top = 8.0
        top += Legend(names: chart.series.map(\.name), sample: .line, patternID: chart.patternID)
            .draw(into: &markup, top: top, left: 8, right: width - 8)
        top += chart.drawUnitCaption(into: &markup, x: 8, top: top)
        let tickLabels = axis.ticks.map { axis.label($0, unit: spec.unit, language: spec.language) }
        let plotTop = top + 16, plotBottom = plotTop + Self.plotHeight
        let plotLeft = 8 + (tickLabels.map { ChartStyle.textWidth($0) }.max() ?? 0) + 10
        let plotRight = width - 12
        func y(_ value: Double) -> Double { axis.position(value, from: plotBottom, to: plotTop) }

        ValueGrid.horizontal(axis, labels: tickLabels, left: plotLeft, right: plotRight, y: y, into: &markup)

        let categories = chart.categories
        let xs: [Double] = categories.indices.map { index in
            guard categories.count > 1 else { return (plotLeft + plotRight) / 2 }
            let span = plotRight - plotLeft - 2 * Self.inset
            return plotLeft + Self.inset + Double(index) * span / Double(categories.count - 1)
        }
        drawCategoryLabels(categories, xs: xs, baseline: plotBottom + 20, into: &markup)

        let plotted: [[Plotted?]] = chart.series.map { series in
            categories.indices.map { position in
                chart.value(series, at: categories[position]).map { Plotted(x: xs[position], y: y($0), value: $0) }
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
            let x = min(max(xs[index], half + 2), ChartStyle.width - half - 2)
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
        // One subpath per run of consecutive values: a gap is never bridged.
        var path = "", run: [Plotted] = []
        for point in points + [nil] {
            if let point { run.append(point); continue }
            if run.count > 1 {
                path += run.enumerated().map { offset, point in
                    (offset == 0 ? "M" : "L") + "\(Markup.number(point.x)) \(Markup.number(point.y))"
                }.joined()
            }
            run = []
        }
        markup.open("g", [("class", "mb-series")])
        if !path.isEmpty {
            var attributes = [("d", path), ("fill", "none"), ("stroke", colour), ("stroke-width", "2.5"),
                              ("stroke-linejoin", "round")]
            if let dash = ChartStyle.dash(index) {
                attributes += [("stroke-dasharray", dash), ("stroke-linecap", "round")]
            }
            markup.element("path", attributes)
        }
        for point in points.compactMap({ $0 }) {
            Markers.draw(ChartStyle.marker(index), x: point.x, y: point.y, colour: colour, into: &markup)
        }
        // With one series the values are written above the markers.
        if chart.series.count == 1 {
            for point in points.compactMap({ $0 }) {
                markup.element("text", [("x", Markup.number(point.x)), ("y", Markup.number(point.y - 10)),
                                        ("text-anchor", "middle"), ("font-size", Markup.number(ChartStyle.smallFontSize)),
                                        ("fill", ChartStyle.text)] + ChartData.halo,
                               text: chart.valueLabel(point.value))
            }
        }
        markup.close("g")
    }
}
