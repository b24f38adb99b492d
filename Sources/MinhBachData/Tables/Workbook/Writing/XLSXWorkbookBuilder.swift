import Foundation
import MinhBachDiagnostics
import ZIPFoundation

/// Builds a workbook one sheet at a time: each sheet is written to the
/// archive as it is added and can then be let go, so a workbook of many
/// large tables never holds more than one of them.
public struct XLSXWorkbookBuilder {
    private let archive: Archive
    private let modified: Date
    private var names: [String] = []
    private var sheetsWithNotes: [Int] = []
    private var strings = SharedStringTable()
    /// Each sheet's headers, for drop-downs that list another sheet's column.
    private var headers: [String: [String]] = [:]
    private let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("minhbach-xlsx-\(UUID().uuidString).xml")

    public init(modified: Date = Date(timeIntervalSince1970: 946_728_000)) throws {
        do { archive = try Archive(accessMode: .create) } catch { throw XLSXWriterError.cannotWrite("\(error)") }
        self.modified = modified
    }

    /// Makes a sheet's columns known before the sheet is added.
    public mutating func declare(sheet name: String, headers: [String]) {
        self.headers[name] = headers
    }

    public mutating func add(_ sheet: XLSXSheet) throws {
        try addSheet(sheet.name, columns: sheet.columns, rowCount: sheet.rows.count,
                     firstRows: Array(sheet.rows.prefix(SheetPart.rowsForWidths)), freezeHeader: sheet.freezeHeader) { rows in
            for row in sheet.rows { try rows.append(row) }
        }
    }

    /// Adds a sheet whose rows are given as they are made: `rows` appends
    /// exactly `rowCount` of them. `firstRows` (up to a thousand) set the
    /// widths of columns that do not have one.
    public mutating func addSheet(_ name: String, columns: [XLSXColumn], rowCount: Int, firstRows: [[XLSXCell]],
                                  freezeHeader: Bool = true, rows: (inout XLSXSheetRows) throws -> Void) throws {
        try check(name)
        headers[name] = columns.map(\.header)
        let formulas = try choiceFormulas(columns)
        let number = names.count + 1
        names.append(name)
        let notes = NoteParts(notes: columns.enumerated().compactMap { column, item in item.note.map { (column + 1, $0) } },
                              sheetNumber: number)
        if !notes.notes.isEmpty { sheetsWithNotes.append(number) }
        let part = SheetPart(name: name, columns: columns, freezeHeader: freezeHeader, rowCount: rowCount, firstRows: firstRows,
                             choiceFormulas: formulas, hasNotes: !notes.notes.isEmpty, isFirst: number == 1)
        defer { try? FileManager.default.removeItem(at: scratch) }
        try writing {
            var sheetRows = try part.start(writingTo: scratch, strings: strings)
            // The texts go to the sheet and come back with its own added.
            strings = SharedStringTable()
            defer { strings = sheetRows.strings }
            try rows(&sheetRows)
            let size = try part.finish(&sheetRows)
            try addFile("xl/worksheets/sheet\(number).xml", scratch, size: size)
            guard !notes.notes.isEmpty else { return }
            try add("xl/worksheets/_rels/sheet\(number).xml.rels", notes.relationships)
            try add("xl/comments\(number).xml", notes.comments)
            try add("xl/drawings/vmlDrawing\(number).vml", notes.drawing)
        }
    }

    /// The workbook's bytes, once every sheet is added.
    public func finish() throws -> Data {
        try writing {
            try add(SharedStringTable.part, strings.xml)
            try add("[Content_Types].xml", PackageParts.contentTypes(sheetCount: names.count, sheetsWithNotes: sheetsWithNotes))
            try add("_rels/.rels", PackageParts.rootRelationships)
            try add("xl/workbook.xml", PackageParts.workbook(sheetNames: names))
            try add("xl/_rels/workbook.xml.rels", PackageParts.workbookRelationships(sheetCount: names.count))
            try add("xl/styles.xml", WorkbookStyle.part)
        }
        guard let data = archive.data else { throw XLSXWriterError.cannotWrite("the archive was not made") }
        return data
    }

    /// Excel's rules for sheet names; it compares them without case.
    private func check(_ name: String) throws {
        guard !name.isEmpty, name.count <= 31, !name.contains(where: { "[]:*?/\\".contains($0) }),
              !name.hasPrefix("'"), !name.hasSuffix("'") else { throw XLSXWriterError.invalidSheetName(name) }
        guard !names.contains(where: { $0.lowercased() == name.lowercased() }) else { throw XLSXWriterError.duplicateSheetName(name) }
    }

    /// Each column's drop-down as a data-validation formula.
    private func choiceFormulas(_ columns: [XLSXColumn]) throws -> [String?] {
        try columns.map { column in
            switch column.choices {
            case nil: return nil
            case .values(let values):
                let list = values.joined(separator: ",")
                // A written list cannot hold a comma or a quote, and Excel keeps it to 255 characters.
                guard !values.isEmpty, list.count <= 255, !values.contains(where: { $0.contains(",") || $0.contains("\"") }) else { return nil }
                return "\"\(list)\""
            case .column(let name, let header):
                guard let index = headers[name]?.firstIndex(of: header) else {
                    throw XLSXWriterError.unknownChoiceColumn(sheet: name, column: header)
                }
                let letters = SourceLocation.columnLetters(index + 1)
                return "\(XLSXText.quotedSheet(name))!$\(letters)$2:$\(letters)$\(SheetPart.lastRow)"
            }
        }
    }

    private func writing(_ body: () throws -> Void) throws {
        do { try body() } catch let error as XLSXWriterError { throw error } catch { throw XLSXWriterError.cannotWrite("\(error)") }
    }

    private func add(_ path: String, _ text: String) throws {
        let data = Data(text.utf8)
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: modified,
                             compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }

    private func addFile(_ path: String, _ url: URL, size: Int64) throws {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        try archive.addEntry(with: path, type: .file, uncompressedSize: size, modificationDate: modified,
                             compressionMethod: .deflate, bufferSize: 1 << 20) { position, chunk in
            try handle.seek(toOffset: UInt64(position))
            return try handle.read(upToCount: chunk) ?? Data()
        }
    }
}
