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
        markup.openGroup(class: "mb-break")
        markup.start("path")
        markup.verticalLine(x: x, y: labelTop + 2, to: bottom)
        markup.attribute("fill", literal: "none")
        markup.attribute("stroke", safe: ChartStyle.breakLine)
        markup.attribute("stroke-width", literal: "1.5")
        markup.attribute("stroke-dasharray", safe: ChartStyle.breakDash)
        markup.end()
        let size = ChartStyle.smallFontSize
        let fitsRight = x + 5 + ChartStyle.textWidth(mark.label, size: size) <= chartWidth - 4
        markup.start("text")
        markup.attribute("x", fitsRight ? x + 5 : x - 5)
        markup.attribute("y", labelTop + 13)
        markup.attribute("text-anchor", safe: fitsRight ? "start" : "end")
        markup.attribute("font-size", size)
        markup.attribute("fill", safe: ChartStyle.mutedText)
        markup.halo()
        markup.end("text", text: mark.label)
        markup.close("g")
    }
}
