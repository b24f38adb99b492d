import Foundation

/// A JSON value whose objects keep their keys in the order written, so that
/// downloads list columns in the same order as the CSV and builds are
/// byte-for-byte reproducible.
indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func == (a: JSONValue, b: JSONValue) -> Bool {
        JSONWriter.text(a) == JSONWriter.text(b)
    }

    init(_ cell: DataTable.Cell) {
        switch cell {
        case .text(let value): self = .string(value)
        case .number(let value): self = value.isFinite ? .number(value) : .null
        case .integer(let value): self = .integer(value)
        case .bool(let value): self = .bool(value)
        case .list(let values): self = .array(values.map { .string($0) })
        case .empty: self = .null
        }
    }
}

enum JSONWriter {
    /// - Parameters:
    ///   - prettyDepth: containers nested less deeply than this are spread
    ///     over lines (2: a document's keys and its list of records, one
    ///     record a line); deeper ones are written on one line.
    ///   - forScript: for a `<script>` element in HTML: `<`, `>` and `&` are
    ///     written as `\u003c`, `\u003e`, `\u0026`, so no text from the data
    ///     can close the element (`</script>`) or open a comment.
    static func text(_ value: JSONValue, prettyDepth: Int = 0, forScript: Bool = false) -> String {
        var out = ""
        write(value, into: &out, depth: 0, prettyDepth: prettyDepth, forScript: forScript)
        return out
    }

    static func data(_ value: JSONValue, prettyDepth: Int = 2) -> Data {
        Data((text(value, prettyDepth: prettyDepth) + "\n").utf8)
    }

    private static func write(_ value: JSONValue, into out: inout String, depth: Int, prettyDepth: Int, forScript: Bool) {
        let pretty = depth < prettyDepth
        let indent = pretty ? String(repeating: "  ", count: depth + 1) : ""
        let closing = pretty ? "\n" + String(repeating: "  ", count: depth) : ""
        switch value {
        case .string(let text): string(text, into: &out, forScript: forScript)
        case .number(let number): out += number.isFinite ? MachineNumber.text(number) : "null"
        case .integer(let number): out += String(number)
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "["
            for (offset, item) in items.enumerated() {
                if offset > 0 { out += "," }
                if pretty { out += "\n" + indent }
                write(item, into: &out, depth: depth + 1, prettyDepth: prettyDepth, forScript: forScript)
            }
            out += closing + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{"
            for (offset, (key, item)) in members.enumerated() {
                if offset > 0 { out += "," }
                if pretty { out += "\n" + indent }
                string(key, into: &out, forScript: forScript)
                out += pretty ? ": " : ":"
                write(item, into: &out, depth: depth + 1, prettyDepth: prettyDepth, forScript: forScript)
            }
            out += closing + "}"
        }
    }

    /// A JSON string literal: `"Hòa \"A\""`.
    static func quoted(_ text: String, forScript: Bool = false) -> String {
        var out = ""
        string(text, into: &out, forScript: forScript)
        return out
    }

    private static func string(_ text: String, into out: inout String, forScript: Bool) {
        out += "\""
        defer { out += "\"" }
        // Most strings need no escape: one scan of the bytes, then a plain copy.
        if !text.utf8.contains(where: { byte in
            byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2 || (forScript && (byte == 0x3C || byte == 0x3E || byte == 0x26))
        }) {
            out += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<" where forScript: out += "\\u003c"
            case ">" where forScript: out += "\\u003e"
            case "&" where forScript: out += "\\u0026"
            // Line and paragraph separators end a line in JavaScript.
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    out += "\\u" + String(format: "%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
    }
}
