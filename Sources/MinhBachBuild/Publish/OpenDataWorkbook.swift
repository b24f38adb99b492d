import Foundation
import MinhBachData

/// `du-lieu/minhbach-du-lieu.xlsx`: the tables of the data bundle as one
/// Excel workbook, a sheet per table with the same columns as the CSV. A
/// text cell that starts like a formula (`=`, `+`, `-`, `@`) is marked as
/// text with Excel's quote prefix: it shows and stays as written, never
/// runs, also when the cell is edited; the CSV puts a `'` in front instead,
/// which is the only way a CSV can say it.
enum OpenDataWorkbook {
    static let path = "du-lieu/minhbach-du-lieu.xlsx"

    /// The sheet's columns. Codes and ids stay text when someone adds a
    /// row (`06` is not 6): a column whose first filled cell in the first
    /// rows is text is formatted as Text.
    static func columns(_ names: [String], firstRows: [[DataCell]]) -> [XLSXColumn] {
        names.indices.map { index in
            let first = firstRows.lazy.map { $0.count > index ? $0[index] : .empty }.first { $0 != .empty }
            let isText = if case .text? = first { true } else { false }
            return XLSXColumn(header: names[index], isText: isText)
        }
    }

    static func cell(_ cell: DataTable.Cell) -> XLSXCell {
        switch cell {
        case .text(let value): return .text(value)
        case .list(let values): return values.isEmpty ? .empty : .text(values.joined(separator: ";"))
        case .number(let value): return .number(value)
        case .integer(let value): return .number(Double(value))
        case .bool(let value): return .bool(value)
        case .empty: return .empty
        }
    }
}
