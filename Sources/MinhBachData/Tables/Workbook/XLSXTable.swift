import Foundation
import MinhBachDiagnostics

/// Reads one table from one sheet of an `.xlsx` workbook. The sheet's rows
/// become text rows (`XLSXRow`) read by the same record decoders as CSV.
///
/// The header row is the first row with a cell that names one of the
/// table's columns: rows above it (a title, merged title cells, a date of
/// issue) are not data. Below it, empty rows are skipped, and only cells
/// under a header cell are read.
struct XLSXTable {
    let path: String
    let sheet: SheetChoice
    /// Every column the table may have, in lower case.
    let columns: [String]

    enum SheetChoice: Sendable, Equatable {
        /// A workbook's sheet named like the table.
        case named(String)
        /// `<table>.xlsx`: the sheet named like the table, else the first.
        case namedOrFirst(String)
    }

    enum Outcome {
        /// The sheet was read; the problems of its header and cells.
        case read([Diagnostic])
        /// The workbook or the sheet cannot be read (damaged, over a limit):
        /// whatever rows were handed over before it was found are void,
        /// and this is the table's one problem.
        case unreadable(Diagnostic)
    }

    /// Rows are handed over as the sheet is uncompressed. `rejected`
    /// receives the rows not decoded because a cell of theirs cannot be
    /// read (its error is reported, not the empty field it leaves).
    func read(_ workbook: WorkbookFile, header: (TableHeader) -> Void, row: (XLSXRow) -> Void, rejected: (XLSXRow) -> Void) -> Outcome {
        let chosen: WorkbookIndex.Sheet
        var emitter = Emitter(table: self)
        do throws(WorkbookProblem) {
            let index = try workbook.sheets()
            switch sheet {
            case .named(let name):
                guard let found = index.sheets.first(where: { Self.tableName(ofSheet: $0.name) == name }) else {
                    throw .missingSheet(name)
                }
                chosen = found
            case .namedOrFirst(let name):
                chosen = index.sheets.first(where: { Self.tableName(ofSheet: $0.name) == name }) ?? index.sheets[0]
            }
            emitter.sheet = chosen.name
            do throws(WorkbookProblem) {
                let parts = try workbook.cells()
                let reader = SheetReader(sheet: chosen, sharedStrings: parts.sharedStrings, styles: parts.styles, date1904: index.date1904)
                try SheetPipeline.run(produce: { deliver throws(WorkbookProblem) in
                    try reader.read(try workbook.archive()) { rows in deliver(rows) }
                }, consume: { rows in
                    emitter.take(rows, header: header, row: row, rejected: rejected)
                })
            } catch {
                return .unreadable(error.diagnostic(path: path, sheet: chosen.name))
            }
        } catch {
            return .unreadable(error.diagnostic(path: path))
        }
        return .read(emitter.finish())
    }

    /// The table a sheet is named for: its name trimmed, in lower case.
    static func tableName(ofSheet name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).lowercased()
    }
}

/// Finds the header row among the first rows, then hands each row below it
/// to the loader as the sheet is read.
private struct Emitter {
    let table: XLSXTable
    var sheet = ""

    private enum State {
        case searching(rowsSeen: Int, firstRow: Int?)
        case reading(XLSXRow.Context)
        /// No header within the first rows, or a header with problems: the
        /// rest of the sheet is read only to find damage.
        case skipping
    }

    private var state = State.searching(rowsSeen: 0, firstRow: nil)
    private var problems: [Diagnostic] = []

    init(table: XLSXTable) {
        self.table = table
    }

    private func at(_ line: Int, _ column: Int?) -> SourceLocation {
        SourceLocation(path: table.path, line: line, column: column, sheet: sheet)
    }

    mutating func take(_ rows: SheetRows, header: (TableHeader) -> Void, row: (XLSXRow) -> Void, rejected: (XLSXRow) -> Void) {
        for sheetRow in rows.rows {
            switch state {
            case .skipping:
                return
            case .reading(let context):
                emit(sheetRow, of: rows, context: context, row: row, rejected: rejected)
            case .searching(let seen, let first):
                guard seen < WorkbookLimits.headerSearchRows else {
                    problems.append(noHeader(firstRow: first))
                    state = .skipping
                    return
                }
                let known = Set(table.columns)
                if rows.cells[sheetRow.cells].contains(where: { known.contains($0.text.lowercased()) }) {
                    readHeader(sheetRow, of: rows, header: header)
                } else {
                    state = .searching(rowsSeen: seen + 1, firstRow: first ?? sheetRow.number)
                }
            }
        }
    }

    /// The problems found; the sheet has been read to its end.
    mutating func finish() -> [Diagnostic] {
        if case .searching(_, let first) = state { problems.append(noHeader(firstRow: first)) }
        return problems
    }

    private func noHeader(firstRow: Int?) -> Diagnostic {
        .error(at: at(firstRow ?? 1, 1), firstRow == nil ? "the sheet is empty" : "no row of the sheet names the table's columns",
               hint: "the first row of the table must name its columns: \(table.columns.joined(separator: ", "))",
               code: "data.workbook.header")
    }

    private mutating func readHeader(_ headerRow: SheetRows.Row, of rows: SheetRows, header: (TableHeader) -> Void) {
        var names: [String] = []
        var columns: [Int] = []
        var locations: [String: SourceLocation] = [:]
        var headerProblems: [Diagnostic] = []
        for cell in rows.cells[headerRow.cells] {
            let name = cell.text.lowercased()
            if locations[name] != nil {
                headerProblems.append(.error(at: at(headerRow.number, cell.column), "column '\(name)' appears twice in the header",
                                             hint: "rename or delete one of the two columns"))
                continue
            }
            locations[name] = at(headerRow.number, cell.column)
            names.append(name)
            columns.append(cell.column)
        }
        for (column, problem) in rows.problems[headerRow.problems] {
            headerProblems.append(problem.diagnostic(at: at(headerRow.number, column)))
        }
        guard headerProblems.isEmpty else {
            problems += headerProblems
            state = .skipping
            return
        }
        header(TableHeader(columns: names, locations: locations))
        state = .reading(XLSXRow.Context(path: table.path, sheet: sheet, names: names, columns: columns))
    }

    private mutating func emit(_ sheetRow: SheetRows.Row, of rows: SheetRows, context: XLSXRow.Context,
                               row: (XLSXRow) -> Void, rejected: (XLSXRow) -> Void) {
        var underHeader = false
        var unreadable = false
        for cell in rows.cells[sheetRow.cells] where context.slot(ofColumn: cell.column) != nil {
            underHeader = true
            break
        }
        for (column, problem) in rows.problems[sheetRow.problems] where context.slot(ofColumn: column) != nil {
            problems.append(problem.diagnostic(at: at(sheetRow.number, column)))
            unreadable = true
        }
        guard underHeader || unreadable else { return }
        rows.cells.withUnsafeBufferPointer { cells in
            let record = XLSXRow(context: context, line: sheetRow.number, cells: UnsafeBufferPointer(rebasing: cells[sheetRow.cells]))
            if unreadable { rejected(record) } else { row(record) }
        }
    }
}

/// A row of a sheet, read by column name: a view of the cells of the
/// piece of the sheet being read, valid while the loader decodes it.
struct XLSXRow: DataRow {
    /// What the rows of a sheet share.
    final class Context {
        let path: String
        let sheet: String
        /// The header's column names, in sheet order, and the column
        /// number of each. Tables have a handful of columns: a linear
        /// search is cheaper than hashing the name for every field.
        let names: [String]
        let columns: [Int]
        /// The header slot of each column number; -1 for none.
        private let slots: [Int]

        init(path: String, sheet: String, names: [String], columns: [Int]) {
            self.path = path
            self.sheet = sheet
            self.names = names
            self.columns = columns
            var slots = [Int](repeating: -1, count: (columns.max() ?? 0) + 1)
            for (slot, column) in columns.enumerated() { slots[column] = slot }
            self.slots = slots
        }

        func slot(ofColumn column: Int) -> Int? {
            column < slots.count && slots[column] >= 0 ? slots[column] : nil
        }
    }

    let context: Context
    /// The row number.
    let line: Int
    let cells: UnsafeBufferPointer<SheetRows.Cell>

    private func column(_ name: String) -> Int? {
        context.names.firstIndex(of: name).map { context.columns[$0] }
    }

    func text(_ column: String) -> String? {
        guard let number = self.column(column) else { return nil }
        return cells.first(where: { $0.column == number })?.text
    }

    func list(_ column: String) -> [String]? { text(column)?.splitList() }

    /// The cell; for a column the sheet does not have, the row.
    func location(_ column: String) -> SourceLocation {
        SourceLocation(path: context.path, line: line, column: self.column(column), sheet: context.sheet)
    }
}
