import MinhBachDiagnostics

/// What can be wrong with a workbook as a file. Every message is here, so
/// that each is written once; cell-level problems carry their cell.
enum WorkbookProblem: Error, Sendable {
    /// An OLE compound file: Excel 97-2003 (`.xls`), or an `.xlsx` saved with a password.
    case oleFile
    case notZip
    case missingPart(String)
    case damagedPart(String)
    case partTooLarge(String, limit: Int)
    case zipBomb(String)
    case invalidXML(String, detail: String)
    case tooDeep(String)
    case tooManySharedStrings(limit: Int)
    case noSheets
    case missingSheet(String)
    case outsideSheet(sheet: String, reference: String)

    static let saveAsHint = "open it in Excel and save it again as 'Excel Workbook (*.xlsx)', or save the sheet as 'CSV UTF-8 (Comma delimited)'"

    func diagnostic(path: String, sheet: String? = nil) -> Diagnostic {
        let at = SourceLocation(path: path, sheet: sheet)
        switch self {
        case .oleFile:
            return .error(at: SourceLocation(path: path),
                          "the file is not an .xlsx workbook: it is an old Excel 97-2003 (.xls) workbook, or a workbook protected by a password",
                          hint: "if it has a password, remove it (in Excel: File › Info › Protect Workbook); then " + Self.saveAsHint, code: "data.workbook.format")
        case .notZip:
            return .error(at: SourceLocation(path: path), "the file is not an .xlsx workbook, or it is damaged (it is not a ZIP archive)",
                          hint: Self.saveAsHint, code: "data.workbook.format")
        case .missingPart(let part):
            return .error(at: at, "the workbook is damaged: it has no part '\(part)'", hint: Self.saveAsHint, code: "data.workbook.damaged")
        case .damagedPart(let part):
            return .error(at: at, "the workbook is damaged: its part '\(part)' cannot be uncompressed", hint: Self.saveAsHint,
                          code: "data.workbook.damaged")
        case .partTooLarge(let part, let limit):
            return .error(at: at, "the workbook's part '\(part)' is larger than \(limit >> 20) MB uncompressed; it is not read",
                          hint: "split the data into smaller workbooks, or save the sheet as CSV", code: "data.workbook.limit")
        case .zipBomb(let part):
            return .error(at: at, "the workbook's part '\(part)' uncompresses to far more than any sheet does; it is not read",
                          hint: Self.saveAsHint, code: "data.workbook.limit")
        case .invalidXML(let part, let detail):
            return .error(at: at, "the workbook is damaged: '\(part)' is not valid XML (\(detail))", hint: Self.saveAsHint,
                          code: "data.workbook.damaged")
        case .tooDeep(let part):
            return .error(at: at, "the workbook's part '\(part)' nests XML more than \(WorkbookLimits.maxXMLDepth) levels deep; it is not read",
                          hint: Self.saveAsHint, code: "data.workbook.limit")
        case .tooManySharedStrings(let limit):
            return .error(at: at, "the workbook holds more than \(limit) different texts; it is not read",
                          hint: "split the data into smaller workbooks, or save the sheet as CSV", code: "data.workbook.limit")
        case .noSheets:
            return .error(at: at, "the workbook has no sheet", hint: Self.saveAsHint, code: "data.workbook.damaged")
        case .missingSheet(let name):
            return .error(at: at, "the workbook has no sheet named '\(name)'", code: "data.workbook.damaged")
        case .outsideSheet(let sheet, let reference):
            return .error(at: SourceLocation(path: path, sheet: sheet), "the cell reference '\(reference)' is outside any Excel sheet",
                          hint: Self.saveAsHint, code: "data.workbook.damaged")
        }
    }
}

/// Problems of one cell, found while a sheet is read.
enum CellProblem: Sendable {
    /// `#DIV/0!`, `#N/A`, `#REF!`…
    case errorValue(String)
    case formulaWithoutValue(String)
    case notANumber(String)
    /// Serial 60 in the 1900 system: 29 February 1900, which Excel counts
    /// though it never was.
    case nonexistentDate

    func diagnostic(at location: SourceLocation) -> Diagnostic {
        switch self {
        case .errorValue(let value):
            return .error(at: location, "the cell holds the error \(value)",
                          hint: "correct the formula or the cells it uses, or enter the value itself", code: "data.workbook.cell")
        case .formulaWithoutValue(let formula):
            return .error(at: location, "the cell holds the formula =\(formula) but no computed value",
                          hint: "open the workbook in Excel or LibreOffice and save it again, so that the value is stored with the formula",
                          code: "data.workbook.cell")
        case .notANumber(let value):
            return .error(at: location, "the cell is marked as a number but holds '\(value)'", hint: WorkbookProblem.saveAsHint,
                          code: "data.workbook.cell")
        case .nonexistentDate:
            return .error(at: location, "the cell holds 29/02/1900, a day that did not exist", hint: "enter the date again",
                          code: "data.workbook.cell")
        }
    }
}
