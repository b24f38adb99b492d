/// Grid lines and tick labels of the value axis.
enum ValueGrid {
    /// Horizontal lines across the plot, labels on the left (line charts).
    static func horizontal(_ axis: ValueAxis, labels: [String], left: Double, right: Double, y: (Double) -> Double,
                           into markup: inout Markup) {
        markup.start("g")
        markup.attribute("class", literal: "mb-axis mb-axis--y")
        markup.attribute("fill", safe: ChartStyle.mutedText)
        markup.attribute("text-anchor", literal: "end")
        markup.endOpen()
        for (tick, label) in zip(axis.ticks, labels) {
            let position = y(tick)
            markup.start("path")
            markup.horizontalLine(x: left, y: position, to: right)
            gridLine(zero: tick == 0, into: &markup)
            markup.start("text")
            markup.attribute("x", left - 8)
            markup.attribute("y", position + 4.5)
            markup.end("text", text: label)
        }
        markup.close("g")
    }

    /// Vertical lines down the plot, labels below it (bar charts).
    static func vertical(_ axis: ValueAxis, labels: [String], top: Double, bottom: Double, x: (Double) -> Double,
                         into markup: inout Markup) {
        markup.start("g")
        markup.attribute("class", literal: "mb-axis mb-axis--x")
        markup.attribute("fill", safe: ChartStyle.mutedText)
        markup.attribute("text-anchor", literal: "middle")
        markup.endOpen()
        for (tick, label) in zip(axis.ticks, labels) {
            let position = x(tick)
            markup.start("path")
            markup.verticalLine(x: position, y: top, to: bottom)
            gridLine(zero: tick == 0, into: &markup)
            markup.start("text")
            markup.attribute("x", position)
            markup.attribute("y", bottom + 18)
            markup.end("text", text: label)
        }
        markup.close("g")
    }

    /// The rest of a grid line: the zero line in the axis' colour, the others in the grid's.
    private static func gridLine(zero: Bool, into markup: inout Markup) {
        markup.attribute("stroke", safe: zero ? ChartStyle.axis : ChartStyle.grid)
        markup.attributes(" stroke-width=\"1\" shape-rendering=\"crispEdges\"")
        markup.end()
    }
}
