import Foundation
import MinhBachData

/// A table of open data, written as CSV and as JSON with the same columns.
struct DataTable: Sendable {
    /// One value (declared with the tables, `MinhBachData.DataCell`).
    typealias Cell = DataCell

    /// The file name without extension: `observations`, `du-lieu`.
    var name: String
    var columns: [String]
    var rows: [[Cell]]

    /// Whether a row is marked illustrative (the `illustrative` column).
    var hasIllustrativeRows: Bool {
        guard let column = columns.firstIndex(of: "illustrative") else { return false }
        return rows.contains { $0[column] == .bool(true) }
    }

    /// The smallest and largest value of an integer column (years).
    func range(of column: String) -> ClosedRange<Int>? {
        guard let index = columns.firstIndex(of: column) else { return nil }
        let values = rows.compactMap { row -> Int? in
            if case .integer(let value) = row[index] { return value }
            return nil
        }
        guard let low = values.min(), let high = values.max() else { return nil }
        return low...high
    }
}

/// Numbers in downloads: a dot for decimals, no thousands separators, no
/// trailing `.0`, as every spreadsheet and programming language reads them.
enum MachineNumber {
    static func text(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
