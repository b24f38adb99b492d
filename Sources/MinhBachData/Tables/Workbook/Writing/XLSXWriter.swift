import MinhBachDiagnostics
import Foundation
import ZIPFoundation

/// Writes sheets as an Excel workbook (`.xlsx`, Office Open XML) that Excel
/// and LibreOffice open as they would one of their own: a bold, frozen
/// header row with a note on each header cell, Text-formatted code
/// columns, drop-downs. Text is written inline in its cell (no shared
/// string table), so a sheet streams from its rows to a temporary file and
/// into the archive without being held whole; the same sheets give the
/// same bytes.
public struct XLSXWriter: Sendable {
    public var sheets: [XLSXSheet]
    /// The date of every part in the archive, so output depends on input only.
    public var modified: Date

    public init(sheets: [XLSXSheet], modified: Date = Date(timeIntervalSince1970: 946_728_000)) {
        self.sheets = sheets
        self.modified = modified
    }

    /// The workbook's bytes.
    public func data() throws -> Data {
        try checkNames()
        let formulas = try sheets.map(choiceFormulas)
        let archive: Archive
        do { archive = try Archive(accessMode: .create) } catch { throw XLSXWriterError.cannotWrite("\(error)") }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("minhbach-xlsx-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let notes = sheets.enumerated().map { index, sheet in
            NoteParts(notes: sheet.columns.enumerated().compactMap { column, item in item.note.map { (column + 1, $0) } },
                      sheetNumber: index + 1)
        }
        let withNotes = notes.filter { !$0.notes.isEmpty }.map(\.sheetNumber)
        do {
            try add("[Content_Types].xml", PackageParts.contentTypes(sheetCount: sheets.count, sheetsWithNotes: withNotes), to: archive)
            try add("_rels/.rels", PackageParts.rootRelationships, to: archive)
            try add("xl/workbook.xml", PackageParts.workbook(sheetNames: sheets.map(\.name)), to: archive)
            try add("xl/_rels/workbook.xml.rels", PackageParts.workbookRelationships(sheetCount: sheets.count), to: archive)
            try add("xl/styles.xml", WorkbookStyle.part, to: archive)
            for (index, sheet) in sheets.enumerated() {
                let number = index + 1
                let part = SheetPart(sheet: sheet, choiceFormulas: formulas[index], hasNotes: withNotes.contains(number), isFirst: index == 0)
                let size = try part.write(to: scratch)
                try addFile("xl/worksheets/sheet\(number).xml", scratch, size: size, to: archive)
                guard withNotes.contains(number) else { continue }
                try add("xl/worksheets/_rels/sheet\(number).xml.rels", notes[index].relationships, to: archive)
                try add("xl/comments\(number).xml", notes[index].comments, to: archive)
                try add("xl/drawings/vmlDrawing\(number).vml", notes[index].drawing, to: archive)
            }
        } catch let error as XLSXWriterError {
            throw error
        } catch {
            throw XLSXWriterError.cannotWrite("\(error)")
        }
        guard let data = archive.data else { throw XLSXWriterError.cannotWrite("the archive was not made") }
        return data
    }

    /// Writes the workbook to `url`, replacing a file there only once the
    /// whole workbook is made.
    public func write(to url: URL) throws {
        let bytes = try data()
        do { try bytes.write(to: url, options: .atomic) } catch { throw XLSXWriterError.cannotWrite(error.localizedDescription) }
    }

    private func checkNames() throws {
        var seen: Set<String> = []
        for sheet in sheets {
            let name = sheet.name
            guard !name.isEmpty, name.count <= 31, !name.contains(where: { "[]:*?/\\".contains($0) }),
                  !name.hasPrefix("'"), !name.hasSuffix("'") else { throw XLSXWriterError.invalidSheetName(name) }
            // Excel compares sheet names without case.
            guard seen.insert(name.lowercased()).inserted else { throw XLSXWriterError.duplicateSheetName(name) }
        }
    }

    /// Each column's drop-down as a data-validation formula.
    private func choiceFormulas(_ sheet: XLSXSheet) throws -> [String?] {
        try sheet.columns.map { column in
            switch column.choices {
            case nil: return nil
            case .values(let values):
                let list = values.joined(separator: ",")
                // A written list cannot hold a comma or a quote, and Excel keeps it to 255 characters.
                guard !values.isEmpty, list.count <= 255, !values.contains(where: { $0.contains(",") || $0.contains("\"") }) else { return nil }
                return "\"\(list)\""
            case .column(let name, let header):
                guard let other = sheets.first(where: { $0.name == name }),
                      let index = other.columns.firstIndex(where: { $0.header == header }) else {
                    throw XLSXWriterError.unknownChoiceColumn(sheet: name, column: header)
                }
                let letters = SourceLocation.columnLetters(index + 1)
                return "\(XLSXText.quotedSheet(name))!$\(letters)$2:$\(letters)$\(SheetPart.lastRow)"
            }
        }
    }

    private func add(_ path: String, _ text: String, to archive: Archive) throws {
        let data = Data(text.utf8)
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: modified,
                             compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }

    private func addFile(_ path: String, _ url: URL, size: Int64, to archive: Archive) throws {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        try archive.addEntry(with: path, type: .file, uncompressedSize: size, modificationDate: modified,
                             compressionMethod: .deflate, bufferSize: 1 << 20) { position, chunk in
            try handle.seek(toOffset: UInt64(position))
            return try handle.read(upToCount: chunk) ?? Data()
        }
    }
}
