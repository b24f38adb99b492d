/// Point markers: a different shape for each series, white-edged so they
/// stand out where lines cross. A hollow marker (white inside, a ring of
/// the series' colour) is a derived figure: told apart by shape, not colour.
enum Markers {
    static func draw(_ marker: ChartStyle.Marker, x: Double, y: Double, colour: String, hollow: Bool = false,
                     into markup: inout Markup) {
        let r = 5.0
        func styleAndEnd() {
            if hollow {
                markup.attribute("fill", literal: "#ffffff")
                markup.attribute("stroke", safe: colour)
                markup.attribute("stroke-width", literal: "2")
            } else {
                markup.attribute("fill", safe: colour)
                markup.attribute("stroke", literal: "#ffffff")
                markup.attribute("stroke-width", literal: "1.5")
            }
            markup.end()
        }
        func polygon(_ corners: [(Double, Double)]) {
            markup.start("polygon")
            markup.points(corners, x: x, y: y)
            styleAndEnd()
        }
        switch marker {
        case .circle:
            markup.start("circle")
            markup.attribute("cx", x)
            markup.attribute("cy", y)
            markup.attribute("r", r)
            styleAndEnd()
        case .square:
            let side = r * 1.7
            markup.start("rect")
            markup.attribute("x", x - side / 2)
            markup.attribute("y", y - side / 2)
            markup.attribute("width", side)
            markup.attribute("height", side)
            styleAndEnd()
        // Triangles and diamonds look smaller than a circle of the same radius.
        case .triangle: polygon([(0, -r * 1.45), (r * 1.3, r * 0.9), (-r * 1.3, r * 0.9)])
        case .diamond: polygon([(0, -r * 1.4), (r * 1.2, 0), (0, r * 1.4), (-r * 1.2, 0)])
        case .triangleDown: polygon([(0, r * 1.45), (r * 1.3, -r * 0.9), (-r * 1.3, -r * 0.9)])
        case .cross:
            let a = r * 0.45, b = r * 1.2
            polygon([(-a, -b), (a, -b), (a, -a), (b, -a), (b, a), (a, a), (a, b), (-a, b), (-a, a), (-b, a), (-b, -a), (-a, -a)])
        }
    }
}

/// Bar fills: the first series solid, the others a pattern over a light
/// tint of their colour, so bars differ in print and without colour vision.
enum BarFill {
    static func fill(_ index: Int, patternID: (Int) -> String) -> String {
        index % ChartStyle.colours.count == 0 ? ChartStyle.colour(index) : "url(#\(patternID(index)))"
    }

    /// The `<pattern>` behind `fill(index)`; nothing for the solid first series.
    static func definition(_ index: Int, id: String, into markup: inout Markup) {
        let kind = index % ChartStyle.colours.count
        guard kind != 0 else { return }
        let colour = ChartStyle.colour(index), tint = ChartStyle.tint(index)
        let rotation = [0, 45, 0, 45, 0, -45][kind]
        markup.start("pattern")
        markup.attribute("id", safe: id)
        markup.attributes(" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"")
        if rotation != 0 { markup.attribute("patternTransform", safe: "rotate(\(rotation))") }
        markup.endOpen()
        func rect(width: StaticString, height: StaticString, fill: String) {
            markup.start("rect")
            markup.attribute("width", literal: width)
            markup.attribute("height", literal: height)
            markup.attribute("fill", safe: fill)
            markup.end()
        }
        rect(width: "6", height: "6", fill: tint)
        switch kind {
        case 1, 5:   // diagonal stripes
            rect(width: "2.5", height: "6", fill: colour)
        case 2:      // dots
            markup.start("circle")
            markup.attributes(" cx=\"3\" cy=\"3\" r=\"1.4\"")
            markup.attribute("fill", safe: colour)
            markup.end()
        case 3:      // cross-hatch
            rect(width: "1.5", height: "6", fill: colour)
            rect(width: "6", height: "1.5", fill: colour)
        default:     // horizontal stripes
            rect(width: "6", height: "2.5", fill: colour)
        }
        markup.close("pattern")
    }
}
