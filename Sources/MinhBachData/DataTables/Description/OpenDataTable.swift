/// One value of an open-data table. Numbers are kept as numbers so that
/// CSV and JSON write them the machine way (`18.5`, `-3`), whatever the
/// page shows.
public enum DataCell: Sendable, Equatable {
    case text(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    /// A list (`legal_basis`, `criteria`): `a;b` in CSV, an array in JSON.
    case list([String])
    case empty

    public static func text(_ value: String?) -> DataCell { value.map { DataCell.text($0) } ?? .empty }
    public static func integer(_ value: Int?) -> DataCell { value.map { DataCell.integer($0) } ?? .empty }
    public static func number(_ value: Double?) -> DataCell { value.map { DataCell.number($0) } ?? .empty }
}

/// A table of the open-data bundle (docs/DATA.md): each column with the
/// value it takes from a row, declared together so the two cannot drift.
public struct OpenDataTable: Sendable {
    public let name: String
    public let columns: [String]
    private let makeRows: @Sendable (DataSet) -> OpenDataRows
    private let countRows: @Sendable (DataSet) -> Int

    init<Row: Sendable>(_ name: String, rows: @escaping @Sendable (DataSet) -> [Row], _ columns: [OpenColumn<Row>]) {
        self.name = name
        self.columns = columns.map(\.name)
        let cells = columns.map(\.cell)
        makeRows = { data in
            let records = rows(data)
            return OpenDataRows(count: records.count) { index in cells.map { $0(records[index]) } }
        }
        countRows = { data in rows(data).count }
    }

    /// Every row, made now.
    public func rows(_ data: DataSet) -> [[DataCell]] {
        let rows = rowsOneAtATime(data)
        return rows.rows(0..<rows.count)
    }

    /// The rows, each made when it is asked for.
    public func rowsOneAtATime(_ data: DataSet) -> OpenDataRows { makeRows(data) }

    /// The number of rows, without making them.
    public func count(_ data: DataSet) -> Int { countRows(data) }
}

/// A table's rows, each made when it is asked for. Made all at once, the
/// national observations (603,060 rows of nine cells) were 140 MB of the
/// build's peak while the data bundle wrote them; a writer that takes them
/// a thousand at a time holds a thousand.
public struct OpenDataRows: Sendable {
    public let count: Int
    private let makeRow: @Sendable (Int) -> [DataCell]

    init(count: Int, row: @escaping @Sendable (Int) -> [DataCell]) {
        self.count = count
        makeRow = row
    }

    public func rows(_ range: Range<Int>) -> [[DataCell]] { range.map(makeRow) }
}

/// A column of an open-data table and its value in a row.
struct OpenColumn<Row>: Sendable {
    let name: String
    let cell: @Sendable (Row) -> DataCell

    init(_ name: String, _ cell: @escaping @Sendable (Row) -> DataCell) {
        self.name = name
        self.cell = cell
    }

    /// The `scheme` column beside an area code.
    static func scheme(_ area: @escaping @Sendable (Row) -> AreaKey?) -> OpenColumn {
        OpenColumn("scheme") { .text(area($0)?.scheme.rawValue) }
    }
}

extension OpenDataTable {
    /// Every open-data table, in publishing order.
    public static var all: [OpenDataTable] { DataTables.published.flatMap(\.openData) }
}
