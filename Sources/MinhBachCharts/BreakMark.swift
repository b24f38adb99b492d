/// The break between two categories (the reorganisation of 1 July 2025
/// between 2024 and 2025), drawn the same way on line and column charts: a
/// dashed vertical line from a row of its own above the plot down to the
/// axis, its words at its top, so that no value or bar covers them.
struct BreakMark {
    let mark: ChartSpec.Break
    /// The position of `mark.before` among the categories, when it has one
    /// before it; a break before the first category or before one the chart
    /// lacks is not drawn.
    let index: Int

    init?(_ mark: ChartSpec.Break?, categories: [String]) {
        guard let mark, let index = categories.firstIndex(of: mark.before), index > 0 else { return nil }
        self.mark = mark
        self.index = index
    }

    /// The height of the row above the plot that holds the words.
    static let labelRow = 20.0

    /// The words to the right of the line, or to its left when they would
    /// run off the chart.
    func draw(x: Double, labelTop: Double, bottom: Double, chartWidth: Double, into markup: inout Markup) {
        markup.open("g", [("class", "mb-break")])
        markup.element("path", [("d", "M\(Markup.number(x)) \(Markup.number(labelTop + 2))V\(Markup.number(bottom))"),
                                ("fill", "none"), ("stroke", ChartStyle.breakLine), ("stroke-width", "1.5"),
                                ("stroke-dasharray", ChartStyle.breakDash)])
        let size = ChartStyle.smallFontSize
        let fitsRight = x + 5 + ChartStyle.textWidth(mark.label, size: size) <= chartWidth - 4
        markup.element("text", [("x", Markup.number(fitsRight ? x + 5 : x - 5)), ("y", Markup.number(labelTop + 13)),
                                ("text-anchor", fitsRight ? "start" : "end"), ("font-size", Markup.number(size)),
                                ("fill", ChartStyle.mutedText)] + ChartData.halo,
                       text: mark.label)
        markup.close("g")
    }
}
