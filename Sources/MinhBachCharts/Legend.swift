/// The key of a chart above the plot: a sample of each series' line (dash
/// and marker) or bar fill, then its name, when there is more than one
/// series; and the look of a derived figure, when the chart has one.
/// Items flow left to right and wrap to a new row when the width runs out.
struct Legend {
    enum Sample { case line, bar }

    private enum Entry {
        case series(index: Int, name: String)
        /// A derived figure: a hollow marker on a dashed segment.
        case derived(label: String)

        var text: String {
            switch self {
            case .series(_, let name): name
            case .derived(let label): label
            }
        }
    }

    static let rowHeight = 22.0
    private var sampleWidth: Double { sample == .line ? 30 : 14 }
    private static let gap = 6.0
    private static let spacing = 20.0

    let names: [String]
    let sample: Sample
    let patternID: (Int) -> String
    /// The words for a derived figure; nil when the chart has none.
    var derivedLabel: String? = nil

    private var entries: [Entry] {
        var entries: [Entry] = names.count > 1 ? names.enumerated().map { .series(index: $0.offset, name: $0.element) } : []
        if let derivedLabel { entries.append(.derived(label: derivedLabel)) }
        return entries
    }

    /// Draws the legend from `top`; returns the height it took.
    func draw(into markup: inout Markup, top: Double, left: Double, right: Double) -> Double {
        let entries = entries
        guard !entries.isEmpty else { return 0 }
        var x = left, row = 0
        markup.openGroup(class: "mb-legend")
        for entry in entries {
            let width = sampleWidth + Self.gap + ChartStyle.textWidth(entry.text)
            if x > left && x + width > right {
                row += 1
                x = left
            }
            let middle = top + Double(row) * Self.rowHeight + Self.rowHeight / 2
            switch entry {
            case .series(let index, _): drawSample(index, into: &markup, x: x, middle: middle)
            case .derived: drawDerivedSample(into: &markup, x: x, middle: middle)
            }
            markup.start("text")
            markup.attribute("x", x + sampleWidth + Self.gap)
            markup.attribute("y", middle + 4.5)
            markup.attribute("fill", safe: ChartStyle.text)
            markup.end("text", text: entry.text)
            x += width + Self.spacing
        }
        markup.close("g")
        return Double(row + 1) * Self.rowHeight
    }

    private func drawSample(_ index: Int, into markup: inout Markup, x: Double, middle: Double) {
        let colour = ChartStyle.colour(index)
        switch sample {
        case .line:
            markup.start("path")
            markup.horizontalLine(x: x, y: middle, to: x + sampleWidth)
            markup.attribute("fill", literal: "none")
            markup.attribute("stroke", safe: colour)
            markup.attribute("stroke-width", literal: "2.5")
            if let dash = ChartStyle.dash(index) {
                markup.attribute("stroke-dasharray", safe: dash)
                markup.attribute("stroke-linecap", literal: "round")
            }
            markup.end()
            Markers.draw(ChartStyle.marker(index), x: x + sampleWidth / 2, y: middle, colour: colour, into: &markup)
        case .bar:
            let side = 14.0
            markup.start("rect")
            markup.attribute("x", x + sampleWidth - side)
            markup.attribute("y", middle - side / 2)
            markup.attribute("width", side)
            markup.attribute("height", side)
            markup.attribute("fill", safe: BarFill.fill(index, patternID: patternID))
            markup.attribute("stroke", safe: colour)
            markup.end()
        }
    }

    /// In the neutral text colour: the mark means "derived" whatever the series.
    private func drawDerivedSample(into markup: inout Markup, x: Double, middle: Double) {
        markup.start("path")
        markup.horizontalLine(x: x, y: middle, to: x + sampleWidth)
        markup.attribute("fill", literal: "none")
        markup.attribute("stroke", safe: ChartStyle.text)
        markup.derivedStroke()
        markup.end()
        Markers.draw(.circle, x: x + sampleWidth - 5, y: middle, colour: ChartStyle.text, hollow: true, into: &markup)
    }
}
