import MinhBachText

/// Builds SVG and HTML text one element per line, so a golden file's diff
/// points at the element that changed.
struct Markup {
    /// Every line so far, each ending with a line feed. One buffer rather
    /// than an array of lines joined at the end: a national site draws
    /// 300,000 charts, and the intermediate strings were most of their cost.
    private var buffer = ""
    private var depth: Int

    init(depth: Int = 0) { self.depth = depth }

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
        let whole = tenths.magnitude / 10, fraction = tenths.magnitude % 10
        let sign = tenths < 0 ? "-" : ""
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }

    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        startLine()
        buffer += "<"
        buffer += name
        write(attributes)
        buffer += ">\n"
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        startLine()
        buffer += "</"
        buffer += name
        buffer += ">\n"
    }

    /// An empty element, or one holding escaped text.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String? = nil) {
        startLine()
        buffer += "<"
        buffer += name
        write(attributes)
        if let text {
            buffer += ">"
            buffer += Self.escape(text)
            buffer += "</"
            buffer += name
            buffer += ">\n"
        } else {
            buffer += "/>\n"
        }
    }

    /// Already-built markup, indented like the rest.
    mutating func append(_ line: some StringProtocol) {
        startLine()
        buffer += line
        buffer += "\n"
    }

    /// The lines of another piece of markup, indented at this one's depth.
    mutating func append(contentsOf other: Markup) {
        for line in other.buffer.split(separator: "\n") { append(line) }
    }

    var isEmpty: Bool { buffer.isEmpty }

    var text: String { buffer.isEmpty ? "\n" : buffer }

    private mutating func startLine() {
        for _ in 0..<depth { buffer += "  " }
    }

    /// ` name="value"` for each attribute, the value escaped.
    private mutating func write(_ attributes: [(String, String)]) {
        for (name, value) in attributes {
            buffer += " "
            buffer += name
            buffer += "=\""
            buffer += Self.escape(value)
            buffer += "\""
        }
    }
}
