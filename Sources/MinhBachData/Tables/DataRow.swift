import MinhBachDiagnostics

/// One record of a table, whatever the file format: the loaders read
/// fields by column name and ask for a field's location only to report a
/// problem, so a CSV row never has to build strings it does not use.
protocol DataRow {
    /// The line the record starts on.
    var line: Int { get }
    /// The field's text, trimmed; nil when the column is absent or empty.
    func text(_ column: String) -> String?
    /// A list field: CSV `a;b;c`, or a YAML/JSON list.
    func list(_ column: String) -> [String]?
    /// Where the field is (or the row, if the column is absent).
    func location(_ column: String) -> SourceLocation
    /// The field is the value of a spreadsheet formula, not typed: a wrong
    /// value is corrected in the formula.
    func isComputed(_ column: String) -> Bool
}

extension DataRow {
    func isComputed(_ column: String) -> Bool { false }
}

/// A record type of a table, with the columns it reads.
protocol DeclaredRecord: Sendable, Hashable {
    static var columns: TableColumns { get }
}

/// A record type read from a table file, one row each.
protocol TableRecord: DeclaredRecord {
    /// The column holding the key other tables refer to the record by: a
    /// rejected row's key is remembered, so references to it are not
    /// reported as references to nothing. Nil for tables nothing refers to.
    static var keyColumn: String? { get }
    static func decode(_ reader: inout RecordReader<some DataRow>, _ registry: Registry) -> Self?
}

extension TableRecord {
    static var keyColumn: String? { nil }
}

/// The columns a file has, for unknown-column warnings and
/// missing-column errors.
struct TableHeader {
    var columns: [String]
    /// Where each column is named (CSV: the header line).
    var locations: [String: SourceLocation]
}

extension String {
    /// Splits a CSV list cell `a; b;c` into trimmed, non-empty items.
    func splitList() -> [String] {
        var items: [String] = []
        for part in utf8.split(separator: UInt8(ascii: ";")) {
            var piece = part[...]
            while let first = piece.first, first == 0x20 || first == 0x09 { piece = piece.dropFirst() }
            while let last = piece.last, last == 0x20 || last == 0x09 { piece = piece.dropLast() }
            if !piece.isEmpty, let item = String(piece) { items.append(item) }
        }
        return items
    }
}

import Foundation
