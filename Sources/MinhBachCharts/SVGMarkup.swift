import MinhBachText

/// Builds SVG and HTML text one element per line, so a golden file's diff
/// points at the element that changed.
struct Markup {
    private(set) var lines: [String] = []
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

    static func attributes(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
    }

    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        append("<\(name)\(Self.attributes(attributes))>")
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        append("</\(name)>")
    }

    /// An empty element, or one holding escaped text.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String? = nil) {
        if let text {
            append("<\(name)\(Self.attributes(attributes))>\(Self.escape(text))</\(name)>")
        } else {
            append("<\(name)\(Self.attributes(attributes))/>")
        }
    }

    /// Already-built markup, indented like the rest.
    mutating func append(_ line: String) {
        lines.append(String(repeating: "  ", count: depth) + line)
    }

    var text: String { lines.joined(separator: "\n") + "\n" }
}
