/// A chart ready to be drawn at any width, and written as a table, from
/// one reading of its input (`ChartFacts`): a page draws each chart twice,
/// for wide screens and for phones, and the two drawings and the table
/// share the axis, the labels and the values. Not to be shared between
/// threads: some labels are made the first time a drawing asks for them.
public struct PreparedChart {
    let facts: ChartFacts

    public init(_ spec: ChartSpec, series: [ChartSeries]) {
        facts = ChartFacts(spec: spec, series: series)
    }

    /// One drawing of the chart, and the lines that wrap it on the page.
    public struct Layout {
        /// In SVG units: `ChartRenderer.wideWidth` or `.narrowWidth`.
        public var width: Double
        /// Added to the spec's id, so that two drawings on a page have ids of their own.
        public var idSuffix: String
        public var before: String
        public var after: String

        public init(width: Double, idSuffix: String = "", before: String = "", after: String = "") {
            self.width = width
            self.idSuffix = idSuffix
            self.before = before
            self.after = after
        }
    }

    /// As `ChartRenderer.svg` draws it.
    public func svg(width: Double = ChartRenderer.wideWidth, idSuffix: String = "") -> String {
        var markup = Markup()
        write(Layout(width: width, idSuffix: idSuffix), into: &markup)
        return markup.text
    }

    /// The drawings one after another, each between its `before` and
    /// `after`, as one text: one buffer, one `String`.
    public func svgs(_ layouts: [Layout]) -> String {
        var markup = Markup()
        markup.buffer.reserveCapacity(4096 * layouts.count)
        for layout in layouts {
            markup.appendRaw(layout.before)
            write(layout, into: &markup)
            markup.appendRaw(layout.after)
        }
        return markup.text
    }

    /// The chart's numbers, as `ChartTable.html` writes them.
    public var table: String { ChartTable.html(facts) }

    /// The font list, escaped once (its quotes are `&#39;`).
    private static let fontFamily = Markup.escape(ChartStyle.fontFamily)

    /// `<svg class="mb-chart mb-chart--line" role="img" aria-labelledby="<id>-title <id>-desc" …>`,
    /// its title, its description and its drawing.
    private func write(_ layout: Layout, into svg: inout Markup) {
        let spec = facts.spec
        let chart = ChartData(facts, id: ChartID.safe(spec.id + layout.idSuffix), width: layout.width)
        var body = Markup(depth: 1)
        let height = ChartRenderer.draw(chart, into: &body)
        // The attributes' pieces go straight into the buffer, without a `String` made of them.
        svg.start("svg")
        svg.attribute("xmlns", literal: "http://www.w3.org/2000/svg")
        svg.beginAttribute("class")
        svg.writeLiteral("mb-chart mb-chart--")
        svg.appendRaw(spec.kind.rawValue)
        svg.writeLiteral("\" role=\"img\" aria-labelledby=\"")
        svg.appendRaw(chart.id)
        svg.writeLiteral("-title ")
        svg.appendRaw(chart.id)
        svg.writeLiteral("-desc\" viewBox=\"0 0 ")
        Markup.number(chart.width, into: &svg.buffer)
        svg.buffer.append(0x20)
        Markup.number(height, into: &svg.buffer)
        svg.writeLiteral("\" width=\"100%\"")
        svg.attribute("font-family", safe: Self.fontFamily)
        svg.attribute("font-size", ChartStyle.fontSize)
        svg.endOpen()
        svg.start("title")
        svg.beginAttribute("id")
        svg.appendRaw(chart.id)
        svg.writeLiteral("-title\"")
        svg.end("title", text: spec.title)
        svg.start("desc")
        svg.beginAttribute("id")
        svg.appendRaw(chart.id)
        svg.writeLiteral("-desc\"")
        svg.end("desc", text: spec.description)
        svg.depth -= 1
        if body.isEmpty { svg.buffer.append(0x0A) }
        svg.buffer.append(contentsOf: body.buffer)
        svg.appendRaw("</svg>\n")
    }
}

/// The ids of a chart's elements.
enum ChartID {
    /// Characters other than ASCII letters, digits, `-` and `_` become `-`
    /// (one for each Unicode scalar); an empty id is `chart`. Done on the
    /// UTF-8 bytes: mapping the scalars into a new `String` took 9,000
    /// instructions an id.
    static func safe(_ id: String) -> String {
        guard !id.isEmpty else { return "chart" }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(id.utf8.count)
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"):
                bytes.append(byte)
            case 0x80...0xBF:
                continue                                        // the rest of a scalar already written as `-`
            default:
                bytes.append(UInt8(ascii: "-"))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
