import MinhBachDiagnostics

/// Messages about a workbook's sheets found while a table is read, each
/// written once.
enum WorkbookNotes {
    /// `targets` and `Targets `: a copy of a sheet, renamed by hand.
    static func duplicateSheets(_ names: [String], table: String, path: String) -> Diagnostic {
        let list = names.map { "'\($0)'" }
        return .error(at: SourceLocation(path: path, sheet: names[1]),
                      "the sheets \(list.dropLast().joined(separator: ", ")) and \(list.last!) are \(names.count == 2 ? "both" : "all") named like the table '\(table)'; only \(list[0]) would be read",
                      hint: "delete the sheet that is a copy, or merge the two into one (case and spaces around a sheet's name do not matter)",
                      code: "data.workbook.sheets")
    }

    /// Hidden sheets are read: hiding is how Excel keeps a sheet out of
    /// sight, not out of use, and formulas elsewhere may depend on it. The
    /// warning is for whoever checks the workbook before it is published.
    static func hiddenSheet(_ name: String, path: String) -> Diagnostic {
        .warning(at: SourceLocation(path: path, sheet: name),
                 "the sheet '\(name)' is hidden in Excel; it is read, and its data is published like any other",
                 hint: "unhide it (right-click a sheet tab › Unhide) so that whoever checks the workbook sees it, or delete it if its data should not be published",
                 code: "data.workbook.hidden")
    }

    /// An empty sheet, or one with no header row; for `<table>.xlsx` read
    /// from its first sheet, which sheet was looked for first.
    static func noHeader(at location: SourceLocation, sheet: String, empty: Bool, columns: [String], lookedFor table: String?) -> Diagnostic {
        let problem = empty ? "the sheet is empty" : "no row of the sheet names the table's columns"
        guard let table else {
            return .error(at: location, problem, hint: "the first row of the table must name its columns: \(columns.joined(separator: ", "))",
                          code: "data.workbook.header")
        }
        return .error(at: location, "\(problem): the table '\(table)' is read from the sheet named '\(table)', and the workbook has none, so from its first sheet '\(sheet)'",
                      hint: "name the sheet that holds the table '\(table)', or move it first", code: "data.workbook.header")
    }
}
