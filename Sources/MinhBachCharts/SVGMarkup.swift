import MinhBachText

/// Builds SVG and HTML text one element per line, so a golden file's diff
/// points at the element that changed.
struct Markup {
    /// Every line so far, each ending with a line feed, as UTF-8 bytes. One
    /// buffer rather than an array of lines joined at the end: a national
    /// site draws 300,000 charts, and the intermediate strings were most of
    /// their cost. Bytes rather than a `String`: appending to a `String`
    /// checks its uniqueness, capacity and encoding on every piece (about
    /// 300 instructions, 1.3 G of the example site's 18.8 G), appending
    /// bytes is a copy.
    private var buffer: [UInt8] = []
    private var depth: Int

    init(depth: Int = 0) {
        self.depth = depth
        buffer.reserveCapacity(4096)
    }

    /// `&`, `<`, `>`, `"` and `'` as entities: safe in text and in attribute values.
    static func escape(_ text: String) -> String {
        MarkupEscaping.escape(text, xml: true)
    }

    /// A coordinate rounded to one decimal, half away from zero, without a
    /// trailing `.0`: `12`, `12.5`, `-3.1`. Done on integers so that every
    /// machine writes the same bytes.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((value * 10).rounded(.toNearestOrAwayFromZero))
        // Written backwards into 24 bytes (20 digits, a point, a digit, a
        // sign): string interpolation took 700 instructions a coordinate,
        // and a chart has hundreds.
        var magnitude = tenths.magnitude
        let fraction = UInt8(magnitude % 10)
        magnitude /= 10
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var start = 24
            if fraction != 0 {
                buffer[23] = 0x30 + fraction
                buffer[22] = UInt8(ascii: ".")
                start = 22
            }
            repeat {
                start -= 1
                buffer[start] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if tenths < 0 {
                start -= 1
                buffer[start] = UInt8(ascii: "-")
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        }
    }

    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        startLine()
        buffer.append(0x3C)                                     // <
        write(name)
        write(attributes)
        write(">\n")
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        startLine()
        write("</")
        write(name)
        write(">\n")
    }

    /// An empty element, or one holding escaped text.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String? = nil) {
        startLine()
        buffer.append(0x3C)                                     // <
        write(name)
        write(attributes)
        if let text {
            buffer.append(0x3E)                                 // >
            MarkupEscaping.escape(text, xml: true, into: &buffer)
            write("</")
            write(name)
            write(">\n")
        } else {
            write("/>\n")
        }
    }

    /// Already-built markup, indented like the rest.
    mutating func append(_ line: some StringProtocol) {
        startLine()
        buffer.append(contentsOf: line.utf8)
        buffer.append(0x0A)
    }

    /// The lines of another piece of markup, indented at this one's depth.
    mutating func append(contentsOf other: Markup) {
        for line in other.buffer.split(separator: 0x0A) {
            startLine()
            buffer.append(contentsOf: line)
            buffer.append(0x0A)
        }
    }

    var isEmpty: Bool { buffer.isEmpty }

    var text: String { buffer.isEmpty ? "\n" : String(decoding: buffer, as: UTF8.self) }

    private mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
    }

    private mutating func startLine() {
        for _ in 0..<depth { buffer.append(0x20); buffer.append(0x20) }
    }

    /// ` name="value"` for each attribute, the value escaped.
    private mutating func write(_ attributes: [(String, String)]) {
        for (name, value) in attributes {
            buffer.append(0x20)
            write(name)
            buffer.append(0x3D)                                 // =
            buffer.append(0x22)                                 // "
            MarkupEscaping.escape(value, xml: true, into: &buffer)
            buffer.append(0x22)
        }
    }
}
