/// Grid lines and tick labels of the value axis.
enum ValueGrid {
    /// Horizontal lines across the plot, labels on the left (line charts).
    static func horizontal(_ axis: ValueAxis, labels: [String], left: Double, right: Double, y: (Double) -> Double,
                           into markup: inout Markup) {
        markup.open("g", [("class", "mb-axis mb-axis--y"), ("fill", ChartStyle.mutedText), ("text-anchor", "end")])
        for (tick, label) in zip(axis.ticks, labels) {
            let position = Markup.number(y(tick))
            markup.element("path", [("d", "M\(Markup.number(left)) \(position)H\(Markup.number(right))"),
                                    ("stroke", tick == 0 ? ChartStyle.axis : ChartStyle.grid),
                                    ("stroke-width", "1"), ("shape-rendering", "crispEdges")])
            markup.element("text", [("x", Markup.number(left - 8)), ("y", Markup.number(y(tick) + 4.5))], text: label)
        }
        markup.close("g")
    }

    /// Vertical lines down the plot, labels below it (bar charts).
    static func vertical(_ axis: ValueAxis, labels: [String], top: Double, bottom: Double, x: (Double) -> Double,
                         into markup: inout Markup) {
        markup.open("g", [("class", "mb-axis mb-axis--x"), ("fill", ChartStyle.mutedText), ("text-anchor", "middle")])
        for (tick, label) in zip(axis.ticks, labels) {
            let position = Markup.number(x(tick))
            markup.element("path", [("d", "M\(position) \(Markup.number(top))V\(Markup.number(bottom))"),
                                    ("stroke", tick == 0 ? ChartStyle.axis : ChartStyle.grid),
                                    ("stroke-width", "1"), ("shape-rendering", "crispEdges")])
            markup.element("text", [("x", position), ("y", Markup.number(bottom + 18))], text: label)
        }
        markup.close("g")
    }
}
