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
        split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

import Foundation
