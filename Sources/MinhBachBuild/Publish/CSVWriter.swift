import Foundation

/// Writes a table as CSV for spreadsheets: UTF-8 with a byte-order mark (so
/// that Excel opens Vietnamese text correctly), comma-separated, lines
/// ending in CRLF, fields quoted as RFC 4180 says (a field holding a comma,
/// a quote or a line break is put in double quotes, its quotes doubled).
///
/// Neutralisation (CSV injection): a spreadsheet runs a cell that starts
/// with `=`, `+`, `-` or `@` as a formula (and one starting with a tab or a
/// carriage return may be read as one). Every TEXT cell that starts with
/// one of these six characters is written with a `'` in front, which
/// spreadsheets show as text. Numbers are written by MinhBạch from numeric
/// values (`-3`, `-0.5`), never from text, and are left as they are: a
/// negative number in a numeric column stays a number. The text of a cell
/// is otherwise unchanged. JSON downloads are never altered.
enum CSVWriter {
    static let byteOrderMark = "\u{FEFF}"
    static let lineEnd = "\r\n"
    /// The characters that make a spreadsheet read a cell as a formula.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// Written as bytes into one buffer: the national observations are
    /// 603,060 rows, and appending each field to a `String` cost several
    /// times the copy.
    static func data(_ table: DataTable) -> Data { Data(bytes(table)) }

    /// The same bytes, without the copy into `Data` (`BundleTableWriter`
    /// makes them a thousand rows at a time for the data bundle, from
    /// `header` and `row`).
    static func bytes(_ table: DataTable) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 * (table.rows.count + 1))
        header(table.columns, into: &out)
        for row in table.rows { self.row(row, into: &out) }
        return out
    }

    /// The byte-order mark and the line of column names.
    static func header(_ columns: [String], into out: inout [UInt8]) {
        out.append(contentsOf: byteOrderMark.utf8)
        out.append(contentsOf: columns.map { field(.text($0)) }.joined(separator: ",").utf8)
        out.append(contentsOf: lineEnd.utf8)
    }

    /// One row's line.
    static func row(_ row: [DataTable.Cell], into out: inout [UInt8]) {
        var first = true
        for cell in row {
            if !first { out.append(0x2C) }                          // ,
            first = false
            append(cell, into: &out)
        }
        out.append(contentsOf: lineEnd.utf8)
    }

    static func field(_ cell: DataTable.Cell) -> String {
        var out: [UInt8] = []
        append(cell, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// A cell's field, written on the bytes: a `String` for each of the
    /// national observations' 5 million cells, then scanned again to
    /// neutralise and to quote it, was most of the CSV's cost.
    static func append(_ cell: DataTable.Cell, into out: inout [UInt8]) {
        switch cell {
        case .text(let value): append(text: value, into: &out)
        case .list(let values): append(text: values.joined(separator: ";"), into: &out)
        case .number(let value): out.append(contentsOf: MachineNumber.text(value).utf8)
        case .integer(let value): out.append(contentsOf: String(value).utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .empty: break
        }
    }

    /// `=HYPERLINK("x")` → `'=HYPERLINK("x")`, put in double quotes (its
    /// quotes doubled) when it holds a comma, a quote or a line break.
    private static func append(text: String, into out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            // The characters of `formulaStarts` are ASCII: the first byte decides.
            let isFormula = switch bytes.first {
            case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: true
            default: false
            }
            let isQuoted = bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            if isQuoted { out.append(UInt8(ascii: "\"")) }
            if isFormula { out.append(UInt8(ascii: "'")) }
            if isQuoted {
                for byte in bytes {
                    if byte == UInt8(ascii: "\"") { out.append(byte) }
                    out.append(byte)
                }
                out.append(UInt8(ascii: "\""))
            } else {
                out.append(contentsOf: bytes)
            }
        }
    }
}
