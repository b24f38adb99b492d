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

    /// `rejected` receives the rows not decoded because a cell of theirs
    /// cannot be read (its error is reported, not the empty field it leaves).
    func read(data: Data, header: (TableHeader) -> Void, row: (XLSXRow) -> Void, rejected: (XLSXRow) -> Void) -> [Diagnostic] {
        let chosen: WorkbookIndex.Sheet
        let rows: [SheetRow]
        var merged: [String] = []
        var notes: [Diagnostic] = []
        // Set when `<table>.xlsx` has no sheet named like its table and its
        // first sheet is read instead: a message about it then says which
        // sheet was looked for.
        var lookedFor: String?
        do throws(WorkbookProblem) {
            let archive = try WorkbookArchive(data: data)
            let index = try WorkbookIndex(archive)
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
            do throws(WorkbookProblem) {
                let reader = SheetReader(sheet: chosen, sharedStrings: try SharedStrings.read(archive),
                                         styles: try CellStyles(archive), date1904: index.date1904)
                rows = try reader.rows(archive, merged: &merged)
            } catch {
                return notes + [error.diagnostic(path: path, sheet: chosen.name)]
            }
            if matching.isEmpty, index.sheets.count > 1 { lookedFor = table }
        } catch {
            return [error.diagnostic(path: path)]
        }
        return notes + emit(rows, sheet: chosen.name, merged: MergedCells(merged), lookedFor: lookedFor, header: header, row: row, rejected: rejected)
    }

    /// The table a sheet is named for: its name trimmed, in lower case.
    static func tableName(ofSheet name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).lowercased()
    }

    private func emit(_ rows: [SheetRow], sheet: String, merged: MergedCells, lookedFor: String?, header: (TableHeader) -> Void, row: (XLSXRow) -> Void,
                      rejected: (XLSXRow) -> Void) -> [Diagnostic] {
        func at(_ line: Int, _ column: Int?) -> SourceLocation { SourceLocation(path: path, line: line, column: column, sheet: sheet) }
        let known = Set(columns)
        guard let headerIndex = rows.prefix(WorkbookLimits.headerSearchRows).firstIndex(where: { row in
            row.cells.contains { known.contains($0.text.lowercased()) }
        }) else {
            let first = rows.first?.number ?? 1
            return [WorkbookNotes.noHeader(at: at(first, 1), sheet: sheet, empty: rows.isEmpty, columns: columns, lookedFor: lookedFor)]
        }
        var problems: [Diagnostic] = []
        let headerRow = rows[headerIndex]
        var names: [Int: String] = [:]
        var locations: [String: SourceLocation] = [:]
        var order: [String] = []
        for cell in headerRow.cells {
            let name = cell.text.lowercased()
            if locations[name] != nil {
                problems.append(.error(at: at(headerRow.number, cell.column), "column '\(name)' appears twice in the header",
                                       hint: "rename or delete one of the two columns"))
                continue
            }
            names[cell.column] = name
            locations[name] = at(headerRow.number, cell.column)
            order.append(name)
        }
        for (column, problem) in headerRow.problems {
            problems.append(problem.diagnostic(at: at(headerRow.number, column)))
        }
        guard problems.isEmpty else { return problems }
        header(TableHeader(columns: order, locations: locations))
        for sheetRow in rows[(headerIndex + 1)...] {
            var cells: [String: XLSXRow.Cell] = [:]
            for cell in sheetRow.cells {
                guard let name = names[cell.column] else { continue }
                cells[name] = XLSXRow.Cell(text: cell.text, column: cell.column, computed: cell.computed)
            }
            var unreadable = sheetRow.problems.filter { names[$0.column] != nil }
            // A value typed once in cells merged over several rows is in
            // the first row only: the others would silently lack it.
            for (column, anchor) in merged.covered(row: sheetRow.number) {
                if let name = names[column], cells[name] == nil {
                    unreadable.append((column, .mergedValue(anchor: anchor.cell, range: anchor.range)))
                }
            }
            for (column, problem) in unreadable {
                problems.append(problem.diagnostic(at: at(sheetRow.number, column)))
            }
            let record = XLSXRow(path: path, sheet: sheet, line: sheetRow.number, cells: cells, headerColumns: locations)
            if !unreadable.isEmpty {
                rejected(record)
            } else if !cells.isEmpty {
                row(record)
            }
        }
        return problems
    }
}

/// A row of a sheet, by column name.
struct XLSXRow: DataRow {
    struct Cell {
        var text: String
        var column: Int
        var computed = false
    }

    let path: String
    let sheet: String
    /// The row number.
    let line: Int
    let cells: [String: Cell]
    let headerColumns: [String: SourceLocation]

    func text(_ column: String) -> String? { cells[column]?.text }

    func list(_ column: String) -> [String]? { text(column)?.splitList() }

    func isComputed(_ column: String) -> Bool { cells[column]?.computed ?? false }

    /// The cell; for a column the sheet does not have, the row.
    func location(_ column: String) -> SourceLocation {
        SourceLocation(path: path, line: line, column: cells[column]?.column ?? headerColumns[column]?.column, sheet: sheet)
    }
}
