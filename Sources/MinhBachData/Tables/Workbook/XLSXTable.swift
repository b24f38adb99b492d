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

        var table: String {
            switch self {
            case .named(let table), .namedOrFirst(let table): return table
            }
        }
    }

    enum Outcome {
        /// The sheet was read; the problems of its header and cells.
        case read([Diagnostic])
        /// The workbook or the sheet cannot be read (damaged, over a limit):
        /// whatever rows were handed over before it was found are void,
        /// and these are the table's problems (the damage, after what was
        /// noted about the workbook's sheets).
        case unreadable([Diagnostic])
        /// Cells merged over several data rows: found at the end of the
        /// sheet (Excel writes `<mergeCells>` after the rows), once the rows
        /// were handed over. Those rows are void; reading the sheet again
        /// with the ranges known reports the rows that lack the value.
        /// Keeping every row until the end instead would hold the whole
        /// sheet in memory, for a layout that real tables rarely have.
        case readAgain(knowing: MergedCells)
    }

    /// Rows are handed over as the sheet is uncompressed. `rejected`
    /// receives the rows not decoded because a cell of theirs cannot be
    /// read (its error is reported, not the empty field it leaves).
    /// `merged` is given when the sheet is read again (`Outcome.readAgain`).
    func read(_ workbook: WorkbookFile, merged: MergedCells? = nil, header: (TableHeader) -> Void, row: (XLSXRow) -> Void,
              rejected: (XLSXRow) -> Void) -> Outcome {
        let chosen: WorkbookIndex.Sheet
        var emitter = Emitter(table: self, merged: merged)
        var notes: [Diagnostic] = []
        do throws(WorkbookProblem) {
            let index = try workbook.sheets()
            let table = sheet.table
            let matching = index.sheets.filter { Self.tableName(ofSheet: $0.name) == table }
            switch sheet {
            case .named(let name):
                guard let found = matching.first else { throw .missingSheet(name) }
                chosen = found
            case .namedOrFirst:
                chosen = matching.first ?? index.sheets[0]
            }
            if matching.count > 1 {
                notes.append(WorkbookNotes.duplicateSheets(matching.map(\.name), table: table, path: path))
            }
            if chosen.hidden { notes.append(WorkbookNotes.hiddenSheet(chosen.name, path: path)) }
            emitter.sheet = chosen.name
            // When `<table>.xlsx` has no sheet named like its table and its
            // first sheet is read instead, a message about the header says
            // which sheet was looked for.
            if matching.isEmpty, index.sheets.count > 1 { emitter.lookedFor = table }
            do throws(WorkbookProblem) {
                let parts = try workbook.cells()
                let reader = SheetReader(sheet: chosen, sharedStrings: parts.sharedStrings, styles: parts.styles, date1904: index.date1904)
                try SheetPipeline.run(produce: { deliver throws(WorkbookProblem) in
                    try reader.read(try workbook.archive()) { rows in deliver(rows) }
                }, consume: { rows in
                    emitter.take(rows, header: header, row: row, rejected: rejected)
                })
            } catch {
                return .unreadable(notes + [error.diagnostic(path: path, sheet: chosen.name)])
            }
        } catch {
            return .unreadable([error.diagnostic(path: path)])
        }
        if let ranges = emitter.mergedOverData() { return .readAgain(knowing: ranges) }
        return .read(notes + emitter.finish())
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
    /// For `<table>.xlsx` read from its first sheet: the sheet looked for.
    var lookedFor: String?
    /// The merged ranges, when known before the rows (a second reading).
    let merged: MergedCells?
    /// The merged ranges met, on a first reading.
    private var mergedRanges: [String] = []
    private var headerRow = 0

    private enum State {
        case searching(rowsSeen: Int, firstRow: Int?)
        case reading(XLSXRow.Context)
        /// No header within the first rows, or a header with problems: the
        /// rest of the sheet is read only to find damage.
        case skipping
    }

    private var state = State.searching(rowsSeen: 0, firstRow: nil)
    private var problems: [Diagnostic] = []

    init(table: XLSXTable, merged: MergedCells?) {
        self.table = table
        self.merged = merged
    }

    private func at(_ line: Int, _ column: Int?) -> SourceLocation {
        SourceLocation(path: table.path, line: line, column: column, sheet: sheet)
    }

    mutating func take(_ rows: SheetRows, header: (TableHeader) -> Void, row: (XLSXRow) -> Void, rejected: (XLSXRow) -> Void) {
        if merged == nil { mergedRanges += rows.mergedRanges }
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

    /// On a first reading, once the sheet has been read to its end: its
    /// merged ranges when one covers data rows below the header, in a
    /// column read (the rows were handed over without knowing it).
    func mergedOverData() -> MergedCells? {
        guard merged == nil, !mergedRanges.isEmpty, case .reading(let context) = state else { return nil }
        let ranges = MergedCells(mergedRanges)
        return ranges.covers(rowsBelow: headerRow, columns: { context.slot(ofColumn: $0) != nil }) ? ranges : nil
    }

    private func noHeader(firstRow: Int?) -> Diagnostic {
        WorkbookNotes.noHeader(at: at(firstRow ?? 1, 1), sheet: sheet, empty: firstRow == nil, columns: table.columns, lookedFor: lookedFor)
    }

    private mutating func readHeader(_ headerRow: SheetRows.Row, of rows: SheetRows, header: (TableHeader) -> Void) {
        var names: [String] = []
        var columns: [Int] = []
        var locations: [String: SourceLocation] = [:]
        var headerProblems: [Diagnostic] = []
        for cell in rows.cells[headerRow.cells] {
            let name = cell.text.lowercased()
            if locations[name] != nil {
                headerProblems.append(Diagnostic(.data(.columnTwice), at: at(headerRow.number, cell.column), [MessageArgument("column", name)]))
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
        self.headerRow = headerRow.number
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
        // A value typed once in cells merged over several rows is in the
        // first row only: the others would silently lack it.
        for (column, anchor) in merged?.covered(row: sheetRow.number) ?? [] where context.slot(ofColumn: column) != nil {
            guard !rows.cells[sheetRow.cells].contains(where: { $0.column == column }) else { continue }
            problems.append(CellProblem.mergedValue(anchor: anchor.cell, range: anchor.range).diagnostic(at: at(sheetRow.number, column)))
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

    func isComputed(_ column: String) -> Bool {
        guard let number = self.column(column) else { return false }
        return cells.first(where: { $0.column == number })?.computed ?? false
    }

    /// The cell; for a column the sheet does not have, the row.
    func location(_ column: String) -> SourceLocation {
        SourceLocation(path: context.path, line: line, column: self.column(column), sheet: context.sheet)
    }
}
