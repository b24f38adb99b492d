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
    /// bytes is a copy. Written by the element writers (`MarkupElements.swift`).
    var buffer: [UInt8] = []
    var depth: Int

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
        var bytes: [UInt8] = []
        number(value, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The same, appended to bytes: a drawing writes its coordinates
    /// straight into its buffer, without a `String` each (string
    /// interpolation took 700 instructions a coordinate, and a chart has
    /// hundreds).
    static func number(_ value: Double, into out: inout [UInt8]) {
        guard value.isFinite else {
            out.append(0x30)                                    // 0
            return
        }
        let tenths = Int((value * 10).rounded(.toNearestOrAwayFromZero))
        var magnitude = tenths.magnitude
        let fraction = UInt8(magnitude % 10)
        magnitude /= 10
        // Written backwards, then turned round.
        let start = out.count
        if fraction != 0 {
            out.append(0x30 + fraction)
            out.append(0x2E)                                    // .
        }
        repeat {
            out.append(0x30 + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        if tenths < 0 { out.append(0x2D) }                      // -
        // Through a pointer: reversing `out[start...]` copied the whole buffer.
        out.withUnsafeMutableBufferPointer { bytes in
            var (low, high) = (start, bytes.count - 1)
            while low < high {
                bytes.swapAt(low, high)
                low += 1
                high -= 1
            }
        }
    }

    /// `<name>` and the line's end; the content follows, up to `close`.
    /// An element with attributes: `start`, `attribute`…, `endOpen`.
    mutating func open(_ name: StaticString) {
        startLine()
        buffer.append(0x3C)                                     // <
        writeLiteral(name)
        writeLiteral(">\n")
        depth += 1
    }

    mutating func close(_ name: StaticString) {
        depth -= 1
        startLine()
        writeLiteral("</")
        writeLiteral(name)
        writeLiteral(">\n")
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

    var text: String { buffer.isEmpty ? "\n" : UTF8Runs.string(buffer) }

    /// A constant's bytes: a copy, with none of a `String`'s checks.
    mutating func writeLiteral(_ text: StaticString) {
        buffer.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func startLine() {
        for _ in 0..<depth { buffer.append(0x20); buffer.append(0x20) }
    }
}
