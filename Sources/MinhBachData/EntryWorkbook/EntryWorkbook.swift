import Foundation
import MinhBachContent
import MinhBachDiagnostics

/// The data-entry workbook: every table of a data folder as one `.xlsx`
/// workbook, one sheet per table in the data loader's order, each column
/// with its note, its drop-down and codes kept as text (`EntryTables`).
/// Put in `content/data/` in place of the files it was made from, it builds
/// the same site. The heritage folder is not a table and stays as it is.
public struct EntryWorkbook: Sendable {
    /// The name a site's workbook is given: "dữ liệu", data.
    public static let fileName = "du-lieu.xlsx"

    /// What was read from a data folder, besides the sheets.
    public struct Reading: Sendable {
        /// The files (display paths) whose tables the sheets hold: the
        /// workbook replaces them.
        public var sources: [String] = []
        /// What kept a file, or some of its rows, from being read: the
        /// workbook would miss what they hold.
        public var readProblems: [Diagnostic] = []
        /// The data rows of all sheets.
        public var rows = 0
    }

    /// The sheets of a workbook with no data: headers, notes and drop-downs.
    public static var emptySheets: [XLSXSheet] {
        EntryTables.all.map { sheet($0, written: WrittenTable()) }
    }

    /// The tables of `folder` (a site's `content/data`), read as written,
    /// one sheet after the other in `EntryTables.all` order, so that only
    /// one table is held at a time (a national observations table has
    /// 600,000 rows). Every sheet a drop-down refers to comes before the
    /// sheet that refers to it, or is that sheet.
    public static func read(folder: URL, displayFolder: String, encodings: DataEncodings? = nil,
                            sheet: (XLSXSheet) throws -> Void) rethrows -> Reading {
        let folder = folder.standardizedFileURL
        let encodings = encodings ?? .declared(besideDataFolder: folder)
        let (files, _) = TableFiles.find(in: folder, displayFolder: displayFolder, tables: DataLoader.tableNames,
                                         folders: DataTables.folderNames, encodings: encodings)
        var reading = Reading()
        for table in EntryTables.all {
            guard let file = files[table.name] else {
                try sheet(Self.sheet(table, written: WrittenTable()))
                continue
            }
            let written = WrittenTable.read(file, known: table.schema.all)
            reading.readProblems += written.problems
            reading.rows += written.rows.count
            if !reading.sources.contains(file.displayPath) { reading.sources.append(file.displayPath) }
            try sheet(Self.sheet(table, written: written))
        }
        return reading
    }

    /// The sheets of `folder`'s tables, all in memory (for small sites and tests).
    public static func sheets(folder: URL, displayFolder: String, encodings: DataEncodings? = nil) -> ([XLSXSheet], Reading) {
        var sheets: [XLSXSheet] = []
        let reading = read(folder: folder, displayFolder: displayFolder, encodings: encodings) { sheets.append($0) }
        return (sheets, reading)
    }

    /// The table's sheet: the file's columns in its order, then the other
    /// columns the table may have, so that staff see them.
    static func sheet(_ table: EntryTable, written: WrittenTable) -> XLSXSheet {
        let names = written.columns + table.columns.map(\.name).filter { !written.columns.contains($0) }
        let described = names.map { table.column($0) }
        let columns = zip(names, described).map { name, entry in
            entry.map(xlsxColumn) ?? XLSXColumn(header: name, isText: true)
        }
        let kinds = described.map { $0?.kind ?? .text }
        let rows = written.rows.map { row in
            kinds.indices.map { index in cell(index < row.count ? row[index] : nil, kind: kinds[index]) }
        }
        return XLSXSheet(name: table.name, columns: columns, rows: rows)
    }

    static func xlsxColumn(_ column: EntryColumn) -> XLSXColumn {
        let choices: XLSXChoices? = column.choices.map { choices in
            switch choices {
            case .values(let words): return .values(words)
            case .reference(let table, let key): return .column(sheet: table, column: key)
            }
        }
        return XLSXColumn(header: column.name, note: column.note, isText: column.isText, choices: choices)
    }

    /// A number column's text is a number cell when the sheet reader turns
    /// that number back into the same text (`40.9`, `2020`); any other
    /// text (`18,5`, `0.50`) stays text, so the round trip changes nothing.
    static func cell(_ text: String?, kind: EntryColumn.Kind) -> XLSXCell {
        guard let text else { return .empty }
        switch kind {
        case .number:
            if let number = Double(text), CellText.number(text) == text { return .number(number) }
            return .text(text)
        case .text, .code, .date:
            return .text(text)
        }
    }
}
