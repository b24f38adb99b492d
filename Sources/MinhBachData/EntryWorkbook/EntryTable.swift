/// A table of the data-entry workbook: its sheet and the description of
/// every column the table's records read (`TableColumns`).
public struct EntryTable: Sendable {
    /// The table's name, which is also its sheet's name (`areas`).
    public var name: String
    /// The columns in the order a new sheet shows them.
    public var columns: [EntryColumn]
    /// The columns the table's records read, required and optional: the
    /// description must cover each of them (a test checks it).
    var schema: TableColumns

    init<Record: DeclaredRecord>(_ name: String, _ record: Record.Type, _ columns: [EntryColumn]) {
        self.name = name
        self.schema = Record.columns
        self.columns = columns
    }

    public func column(_ name: String) -> EntryColumn? { columns.first { $0.name == name } }
}

/// Every table of the data folder, described for the data-entry workbook,
/// in the data loader's order (those others refer to first): each table's
/// declaration (`DataTables`) describes its columns. The heritage folder is
/// not a table: its sites stay Markdown files.
public enum EntryTables {
    public static let all: [EntryTable] = DataTables.all.compactMap(\.entryTable)

    public static func table(_ name: String) -> EntryTable? { all.first { $0.name == name } }
}
