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

    /// The table's rows are taken, one at a time, as the sheet's are made:
    /// the national observations (603,060 rows) were held twice, as table
    /// and as sheet, about 150 MB of the build's peak.
    static func sheet(taking table: inout DataTable) -> XLSXSheet {
        let columns = table.columns.indices.map { index in
            // Codes and ids stay text when someone adds a row (`06` is not 6).
            let isText = table.rows.first { $0[index] != .empty }.map { if case .text = $0[index] { true } else { false } } ?? false
            return XLSXColumn(header: table.columns[index], isText: isText)
        }
        var source = table.rows
        table.rows = []
        var rows: [[XLSXCell]] = []
        rows.reserveCapacity(source.count)
        for index in source.indices {
            rows.append(source[index].map(cell))
            source[index] = []
        }
        return XLSXSheet(name: table.name, columns: columns, rows: rows)
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
