import Foundation
import MinhBachDiagnostics
import MinhBachText

extension TableFiles {
    /// Workbooks read as tables (`.xlsm` is an `.xlsx` with macros, which are not run).
    static let workbookExtensions: Set<String> = ["xlsx", "xlsm"]

    /// The tables a workbook holds. `<table>.xlsx` holds that table (the
    /// sheet named like it, else its first sheet). Any other workbook holds
    /// one table per sheet named like a table; its other sheets are named
    /// in a warning, and a workbook with no such sheet is an error, since
    /// its data would be missing from the site. Two sheets named like one
    /// table are an error (see `XLSXTable.read`).
    static func workbookTables(_ url: URL, stem: String, displayPath: String, tables: [String]) -> ([(String, TableFile)], [Diagnostic]) {
        let workbook = WorkbookFile(url: url)
        if tables.contains(stem) {
            return ([(stem, TableFile(url: url, displayPath: displayPath, format: .xlsx, sheet: .namedOrFirst(stem), workbook: workbook))], [])
        }
        let sheets: [WorkbookIndex.Sheet]
        do throws(WorkbookProblem) {
            do {
                _ = try workbook.data()
            } catch {
                return ([], [Diagnostic(.data(.fileUnreadable), at: SourceLocation(path: displayPath),
                                        [MessageArgument("detail", error.localizedDescription)])])
            }
            sheets = try workbook.sheets().sheets
        } catch {
            return ([], [error.diagnostic(path: displayPath)])
        }
        var found: [(String, TableFile)] = []
        var others: [String] = []
        for sheet in sheets {
            let table = XLSXTable.tableName(ofSheet: sheet.name)
            if tables.contains(table) {
                // A second sheet named like the same table is an error
                // reported when the table is read (`WorkbookNotes.duplicateSheets`),
                // not a sheet ignored.
                if !found.contains(where: { $0.0 == table }) {
                    found.append((table, TableFile(url: url, displayPath: displayPath, format: .xlsx, sheet: .named(table), workbook: workbook)))
                }
            } else {
                others.append(sheet.name)
            }
        }
        let near = others.compactMap { Suggestions.closest(to: XLSXTable.tableName(ofSheet: $0), in: tables).map { "'\($0)'" } }
        let hint = [MessageArgument("suggestion", .didYouMean(near.joined(separator: ", "))), MessageArgument("tables", tables.joined(separator: ", "))]
        if found.isEmpty {
            return ([], [Diagnostic(.data(.noSheetNamedLikeATable), at: SourceLocation(path: displayPath),
                                    [MessageArgument("file", url.lastPathComponent)] + hint)])
        }
        guard !others.isEmpty else { return (found, []) }
        return (found, [Diagnostic(.data(.sheetsIgnored), at: SourceLocation(path: displayPath, sheet: others[0]),
                                   [MessageArgument("sheets", WorkbookNotes.ignoredSheets(others))] + hint)])
    }
}
