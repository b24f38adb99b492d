import MinhBachText

/// Elements written piece by piece straight into the markup's bytes:
/// `start`, its attributes, then `end`, `end(text:)` or `endOpen`.
///
/// Why not an `element(_:_:)` taking `[(String, String)]`, as before: each element made an
/// array, every coordinate a `String`, and every value was scanned for
/// characters to escape, though most are numbers and colours (the example
/// site writes 364,000 attribute values). Here a number is written as its
/// digits, a value the charts make themselves (colours, ids, words of the
/// drawing) is copied, and only text from the input is escaped.
extension Markup {
    /// `<name` at the line's indentation.
    mutating func start(_ name: StaticString) {
        startLine()
        buffer.append(0x3C)                                     // <
        writeLiteral(name)
    }

    /// ` name="value"`, the value a coordinate written as `number(_:)` writes it.
    mutating func attribute(_ name: StaticString, _ value: Double) {
        beginAttribute(name)
        Markup.number(value, into: &buffer)
        buffer.append(0x22)
    }

    /// ` name="value"` for a constant of the drawing with no character to
    /// escape (`none`, `middle`, a class): copied, not scanned.
    mutating func attribute(_ name: StaticString, literal value: StaticString) {
        beginAttribute(name)
        writeLiteral(value)
        buffer.append(0x22)
    }

    /// ` name="value"` for a value the charts make themselves, which has no
    /// character to escape: a colour of the palette, a sanitised id, a
    /// pattern's `url(#…)`. Text from the input never comes here: it is
    /// element content, escaped by `end(_:text:)`.
    mutating func attribute(_ name: StaticString, safe value: String) {
        beginAttribute(name)
        var value = value
        value.withUTF8 { buffer.append(contentsOf: $0) }
        buffer.append(0x22)
    }

    /// ` name="value"` for bytes made of numbers and path commands (`PathData`).
    mutating func attribute(_ name: StaticString, path: PathData) {
        beginAttribute(name)
        buffer.append(contentsOf: path.bytes)
        buffer.append(0x22)
    }

    /// ` points="0,-7.3 6.5,4.5 -6.5,4.5"`: a polygon's corners, each
    /// moved by `(x, y)`.
    mutating func points(_ corners: [(Double, Double)], x: Double, y: Double) {
        beginAttribute("points")
        for (index, corner) in corners.enumerated() {
            if index > 0 { buffer.append(0x20) }
            Markup.number(x + corner.0, into: &buffer)
            buffer.append(0x2C)                                 // ,
            Markup.number(y + corner.1, into: &buffer)
        }
        buffer.append(0x22)
    }

    /// ` d="M12 3.5H40"`: a horizontal line from `(x, y)` to `end`, written
    /// into the buffer without a `PathData` of its own.
    mutating func horizontalLine(x: Double, y: Double, to end: Double) {
        straightLine(x: x, y: y, command: 0x48, to: end)        // H
    }

    /// ` d="M12 3.5V40"`: a vertical line from `(x, y)` to `end`.
    mutating func verticalLine(x: Double, y: Double, to end: Double) {
        straightLine(x: x, y: y, command: 0x56, to: end)        // V
    }

    private mutating func straightLine(x: Double, y: Double, command: UInt8, to end: Double) {
        beginAttribute("d")
        buffer.append(0x4D)                                     // M
        Markup.number(x, into: &buffer)
        buffer.append(0x20)
        Markup.number(y, into: &buffer)
        buffer.append(command)
        Markup.number(end, into: &buffer)
        buffer.append(0x22)
    }

    /// `<g class="name">` and the line's end; the group's content follows, up to `close("g")`.
    mutating func openGroup(class name: StaticString) {
        start("g")
        attribute("class", literal: name)
        endOpen()
    }

    /// Attributes written as they are: ` name="value"…`, from a constant
    /// with nothing to escape (`ChartStyle`'s strokes and halo).
    mutating func attributes(_ text: StaticString) {
        writeLiteral(text)
    }

    /// Text already made, as it is: no indentation, no line feed added.
    mutating func appendRaw(_ text: String) {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
    }

    /// Text escaped, as it is: no indentation, no line feed added.
    mutating func appendEscaped(_ text: String) {
        MarkupEscaping.escape(text, xml: true, into: &buffer)
    }

    /// `/>` and the line's end: an empty element.
    mutating func end() {
        writeLiteral("/>\n")
    }

    /// `>text</name>` and the line's end, the text escaped.
    mutating func end(_ name: StaticString, text: String) {
        buffer.append(0x3E)                                     // >
        MarkupEscaping.escape(text, xml: true, into: &buffer)
        buffer.append(0x3C)                                     // <
        buffer.append(0x2F)                                     // /
        writeLiteral(name)
        writeLiteral(">\n")
    }

    /// `>` and the line's end: an element whose content follows, up to `close`.
    mutating func endOpen() {
        writeLiteral(">\n")
        depth += 1
    }

    /// ` name="`: the value follows, then its closing quote.
    mutating func beginAttribute(_ name: StaticString) {
        buffer.append(0x20)
        writeLiteral(name)
        buffer.append(0x3D)                                     // =
        buffer.append(0x22)                                     // "
    }
}

/// The `d` of a path built before it is written (a series' solid and
/// dashed segments come from one walk over its points): commands and
/// coordinates as bytes, written as `Markup.number` writes them, never a
/// `String` per number.
struct PathData {
    private(set) var bytes: [UInt8] = []

    var isEmpty: Bool { bytes.isEmpty }

    /// `M12 3.5`
    mutating func move(_ x: Double, _ y: Double) { pair(0x4D, x, y) }
    /// `L12 3.5`
    mutating func line(_ x: Double, _ y: Double) { pair(0x4C, x, y) }

    private mutating func pair(_ command: UInt8, _ x: Double, _ y: Double) {
        bytes.append(command)
        Markup.number(x, into: &bytes)
        bytes.append(0x20)
        Markup.number(y, into: &bytes)
    }
}
