import MinhBachDiagnostics

/// Messages about a workbook's sheets found while a table is read, each
/// written once.
enum WorkbookNotes {
    /// `targets` and `Targets `: a copy of a sheet, renamed by hand.
    static func duplicateSheets(_ names: [String], table: String, path: String) -> Diagnostic {
        Diagnostic(.data(.sheetsNamedLikeOneTable), at: SourceLocation(path: path, sheet: names[1]),
                   [MessageArgument("sheets", LocalizedText.quotedList(names)), MessageArgument("table", table), MessageArgument("first", names[0])])
    }

    /// Hidden sheets are read: hiding is how Excel keeps a sheet out of
    /// sight, not out of use, and formulas elsewhere may depend on it. The
    /// warning is for whoever checks the workbook before it is published.
    static func hiddenSheet(_ name: String, path: String) -> Diagnostic {
        Diagnostic(.data(.sheetHidden), at: SourceLocation(path: path, sheet: name), [MessageArgument("sheet", name)])
    }

    /// An empty sheet, or one with no header row; for `<table>.xlsx` read
    /// from its first sheet, which sheet was looked for first.
    static func noHeader(at location: SourceLocation, sheet: String, empty: Bool, columns: [String], lookedFor table: String?) -> Diagnostic {
        guard let table else {
            return Diagnostic(.data(empty ? .sheetEmpty : .sheetWithoutHeader), at: location,
                              [MessageArgument("columns", columns.joined(separator: ", "))])
        }
        return Diagnostic(.data(empty ? .firstSheetEmpty : .firstSheetWithoutHeader), at: location,
                          [MessageArgument("table", table), MessageArgument("sheet", sheet)])
    }

    /// The subject of "… not named like a table": `the sheet 'a' is`, `the
    /// sheets 'a' and 'b' are`.
    static func ignoredSheets(_ names: [String]) -> LocalizedText {
        let list = LocalizedText.quotedList(names)
        return names.count == 1 ? LocalizedText(vi: "Trang tính \(list.vi)", en: "the sheet \(list.en) is")
            : LocalizedText(vi: "Các trang tính \(list.vi)", en: "the sheets \(list.en) are")
    }
}
