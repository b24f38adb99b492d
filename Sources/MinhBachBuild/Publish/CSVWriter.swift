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
            out.append(contentsOf: field(cell).utf8)
        }
        out.append(contentsOf: lineEnd.utf8)
    }

    static func field(_ cell: DataTable.Cell) -> String {
        switch cell {
        case .text(let value): return quoted(neutralised(value))
        case .list(let values): return quoted(neutralised(values.joined(separator: ";")))
        case .number(let value): return MachineNumber.text(value)
        case .integer(let value): return String(value)
        case .bool(let value): return value ? "true" : "false"
        case .empty: return ""
        }
    }

    /// `=HYPERLINK("x")` → `'=HYPERLINK("x")`.
    static func neutralised(_ text: String) -> String {
        // `first` on the unicode scalars: "\r\n" is one Character in Swift.
        // A switch on the scalar (the characters of `formulaStarts`), not a
        // lookup in the set: hashing a `Character` for every cell of a
        // national table is not free.
        guard let first = text.unicodeScalars.first else { return text }
        switch first {
        case "=", "+", "-", "@", "\t", "\r": break
        default: return text
        }
        return "'" + text
    }

    static func quoted(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
