import Foundation
import MinhBachDiagnostics

/// One table of the data folder, declared once: everything that reads,
/// counts, checks, publishes or watches the table loops over these
/// declarations (`DataTables.all`), so a table cannot be forgotten by one
/// of them. Each table's declaration is in its own file beside this one.
struct TableDescription<Record: DeclaredRecord>: AnyTableDescription {
    let name: String
    let topic: DataTopic
    let step: LoadStep
    let source: TableSource
    let refersTo: [String]
    /// Where the table's records are kept in a loaded data set.
    let records: WritableKeyPath<DataSet, [Record]> & Sendable
    /// Reads the table's file (or folder) into records with their lines.
    let read: @Sendable (TableFile?, LoadContext) -> TableResult<Record>
    /// The records kept: the first of each key; the others are reported.
    let keep: @Sendable (TableResult<Record>, inout [Diagnostic]) -> [Record]
    /// What the kept records add to the registry other tables are checked
    /// against, and the checks that need the whole table.
    let settle: @Sendable (inout DataSet, inout Registry, TableResult<Record>, LoadContext) -> [Diagnostic]
    /// The data-entry workbook's description of each column; nil for a
    /// table the workbook does not hold (the heritage folder).
    let entryColumns: [EntryColumn]?
    let openData: [OpenDataTable]
    /// Which pages of the preview show a change of the table.
    let change: @Sendable (_ old: DataSet, _ new: DataSet) -> TableChange

    /// A table whose records are all kept as read (a folder of files, one record each).
    init(_ name: String, topic: DataTopic, step: LoadStep, source: TableSource, refersTo: [String],
         records: WritableKeyPath<DataSet, [Record]> & Sendable, read: @escaping @Sendable (TableFile?, LoadContext) -> TableResult<Record>,
         keep: @escaping @Sendable (TableResult<Record>, inout [Diagnostic]) -> [Record],
         settle: @escaping @Sendable (inout DataSet, inout Registry, TableResult<Record>, LoadContext) -> [Diagnostic] = { _, _, _, _ in [] },
         entry: [EntryColumn]?, openData: [OpenDataTable], change: (@Sendable (_ old: DataSet, _ new: DataSet) -> TableChange)? = nil) {
        self.name = name
        self.topic = topic
        self.step = step
        self.source = source
        self.refersTo = refersTo
        self.records = records
        self.read = read
        self.keep = keep
        self.settle = settle
        self.entryColumns = entry
        self.openData = openData
        self.change = change ?? { old, new in old[keyPath: records] == new[keyPath: records] ? .none : .everyDataPage }
    }

    var columns: TableColumns { Record.columns }
    var entryTable: EntryTable? { entryColumns.map { EntryTable(name, Record.self, $0) } }
    func count(in data: DataSet) -> Int { data[keyPath: records].count }
    func changes(from old: DataSet, to new: DataSet) -> TableChange { change(old, new) }

    func load(_ context: LoadContext) -> LoadedTable {
        let result = read(context.file, context)
        var problems = result.problems
        let kept = keep(result, &problems)
        let (records, settle) = (records, settle)
        return LoadedTable(problems: problems) { data, registry in
            data[keyPath: records] = kept
            return settle(&data, &registry, result, context)
        }
    }
}

extension TableDescription where Record: TableRecord {
    /// `key` and `describe` name a record for "a second …" messages.
    init<Key: Hashable>(_ name: String, topic: DataTopic, step: LoadStep, source: TableSource = .file, refersTo: [String] = [],
                        records: WritableKeyPath<DataSet, [Record]> & Sendable,
                        key: @escaping @Sendable (Record) -> Key, describe: @escaping @Sendable (Record) -> LocalizedText,
                        settle: @escaping @Sendable (inout DataSet, inout Registry, TableResult<Record>, LoadContext) -> [Diagnostic]
                            = { _, _, _, _ in [] },
                        entry: [EntryColumn]?, openData: [OpenDataTable],
                        change: (@Sendable (_ old: DataSet, _ new: DataSet) -> TableChange)? = nil) {
        self.init(name, topic: topic, step: step, source: source, refersTo: refersTo, records: records, read: Self.readFile,
                  keep: { result, problems in DuplicateRows.unique(result, key: key, describe: describe, into: &problems) },
                  settle: settle, entry: entry, openData: openData, change: change)
    }

    @Sendable static func readFile(_ file: TableFile?, _ context: LoadContext) -> TableResult<Record> {
        TableLoader(file: file).load(Record.self, context.registry)
    }
}

/// A table's declaration whatever its record type, for the lists that
/// hold every table.
protocol AnyTableDescription: Sendable {
    /// The file's name without extension (`observations`), the sheet's
    /// name, the open-data file's name and the key of `DataSet.sources`.
    var name: String { get }
    /// The section of docs/DATA.md the table is described in: published
    /// tables are grouped by it.
    var topic: DataTopic { get }
    var step: LoadStep { get }
    var source: TableSource { get }
    /// The tables its records refer to: they are loaded in an earlier step.
    var refersTo: [String] { get }
    /// The columns its records read.
    var columns: TableColumns { get }
    var entryTable: EntryTable? { get }
    var openData: [OpenDataTable] { get }
    func count(in data: DataSet) -> Int
    func changes(from old: DataSet, to new: DataSet) -> TableChange
    func load(_ context: LoadContext) -> LoadedTable
}

/// Where a table is kept in the data folder.
enum TableSource: Sendable {
    /// One file (`areas.csv`, `.tsv`, `.yaml`, `.json`) or a workbook's sheet.
    case file
    /// A folder of Markdown files, one record each (`heritage/`).
    case folder
}

/// What a table's loading needs: the registry of the tables loaded in the
/// earlier steps, and where the table is.
struct LoadContext: Sendable {
    let registry: Registry
    let file: TableFile?
    let folder: URL
    let displayFolder: String
}

/// A table read in a step, not yet in the data set: the steps read their
/// tables side by side, then add them one after the other.
struct LoadedTable {
    let problems: [Diagnostic]
    /// Puts the records in the data set and the registry; returns the
    /// problems of the checks that need the whole table.
    let add: (inout DataSet, inout Registry) -> [Diagnostic]
}
