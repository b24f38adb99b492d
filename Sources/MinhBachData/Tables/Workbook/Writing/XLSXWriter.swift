import Foundation

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
        var builder = try XLSXWorkbookBuilder(modified: modified)
        // Drop-downs may list a column of any sheet, also of one added later.
        for sheet in sheets { builder.declare(sheet: sheet.name, headers: sheet.columns.map(\.header)) }
        for sheet in sheets { try builder.add(sheet) }
        return try builder.finish()
    }

    /// Writes the workbook to `url`, replacing a file there only once the
    /// whole workbook is made.
    public func write(to url: URL) throws {
        let bytes = try data()
        do { try bytes.write(to: url, options: .atomic) } catch { throw XLSXWriterError.cannotWrite(error.localizedDescription) }
    }
}
