import Foundation
import MinhBachDiagnostics

/// What can be wrong with a workbook as a file. Every message is here, so
/// that each is written once; cell-level problems carry their cell.
enum WorkbookProblem: Error, Sendable {
    /// An OLE compound file: Excel 97-2003 (`.xls`).
    case oleFile
    /// An `.xlsx` saved with a password: Excel encrypts the package into an OLE file.
    case passwordProtected
    case emptyFile
    /// Text named `.xlsx`: a CSV renamed, or a web page some programs export as "Excel".
    case textFile(TextKind)
    case notZip
    /// Starts as a ZIP archive but its directory cannot be read: cut short or damaged.
    case truncated
    /// A ZIP archive of another kind: a Word document, a presentation, an OpenDocument file.
    case otherPackage(OtherPackage)
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

    /// ZIP packages of other kinds, known by a part each always has.
    enum OtherPackage: CaseIterable, Sendable {
        case word, powerPoint, openDocument

        var part: String {
            switch self {
            case .word: return "word/document.xml"
            case .powerPoint: return "ppt/presentation.xml"
            case .openDocument: return "content.xml"
            }
        }
    }

    enum TextKind: Sendable {
        case csv
        case html
    }

    static let saveAsHint = "open it in Excel and save it again as 'Excel Workbook (*.xlsx)', or save the sheet as 'CSV UTF-8 (Comma delimited)'"

    func diagnostic(path: String, sheet: String? = nil) -> Diagnostic {
        let at = SourceLocation(path: path, sheet: sheet)
        switch self {
        case .oleFile:
            return .error(at: SourceLocation(path: path),
                          "the file is an old Excel 97-2003 (.xls) workbook, though its name ends in .xlsx",
                          hint: "open it in Excel and save it again as 'Excel Workbook (*.xlsx)'", code: "data.workbook.format")
        case .passwordProtected:
            return .error(at: SourceLocation(path: path), "the workbook is protected by a password, so it cannot be read",
                          hint: "remove the password (in Excel: File › Info › Protect Workbook › Encrypt with Password, clear it, save; "
                              + "in LibreOffice: File › Save As, untick 'Save with password')", code: "data.workbook.format")
        case .emptyFile:
            return .error(at: SourceLocation(path: path), "the file is empty (0 bytes): it is not a workbook",
                          hint: "copy the workbook again from where it is kept, or delete this file", code: "data.workbook.format")
        case .textFile(.csv):
            let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            return .error(at: SourceLocation(path: path), "the file is a text table (CSV), not an .xlsx workbook, though its name ends in .xlsx",
                          hint: "rename it to '\(name).csv'", code: "data.workbook.format")
        case .textFile(.html):
            return .error(at: SourceLocation(path: path),
                          "the file is a web page (HTML), as some programs export their 'Excel' files, not an .xlsx workbook",
                          hint: Self.saveAsHint, code: "data.workbook.format")
        case .notZip:
            return .error(at: SourceLocation(path: path), "the file is not an .xlsx workbook, or it is damaged (it is not a ZIP archive)",
                          hint: Self.saveAsHint, code: "data.workbook.format")
        case .truncated:
            return .error(at: SourceLocation(path: path),
                          "the workbook is damaged or incomplete: its ZIP directory cannot be read",
                          hint: "copy the workbook again from where it is kept (a copy or download may have been cut short); if Excel cannot open it either, use an earlier copy",
                          code: "data.workbook.damaged")
        case .otherPackage(let other):
            let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            let elsewhere = "and keep it outside content/data, which holds the data tables only"
            let (kind, hint): (String, String)
            switch other {
            case .word: (kind, hint) = ("a Word document", "rename it to '\(name).docx' \(elsewhere)")
            case .powerPoint: (kind, hint) = ("a PowerPoint presentation", "rename it to '\(name).pptx' \(elsewhere)")
            case .openDocument: (kind, hint) = ("an OpenDocument spreadsheet (.ods)", "open it in LibreOffice and save it as 'Excel 2007-365 (.xlsx)'")
            }
            return .error(at: SourceLocation(path: path), "the file is \(kind), not an Excel workbook, though its name ends in .xlsx",
                          hint: hint, code: "data.workbook.format")
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
            let last = SourceLocation.columnLetters(WorkbookLimits.maxColumn) + "\(WorkbookLimits.maxRow)"
            return .error(at: SourceLocation(path: path, sheet: sheet),
                          "the sheet has a cell '\(reference)', beyond Excel's last cell \(last): the workbook was not saved by Excel, or it is damaged",
                          hint: Self.saveAsHint, code: "data.workbook.damaged")
        }
    }
}

/// Problems of one cell, found while a sheet is read.
enum CellProblem: Sendable {
    /// `#DIV/0!`, `#N/A`, `#REF!`…
    case errorValue(String)
    /// The formula, and for a shared formula (filled down or across) the
    /// cell whose formula it is, as the cell itself stores none.
    case formulaWithoutValue(String, filledFrom: String?)
    case notANumber(String)
    /// Serial 60 in the 1900 system: 29 February 1900, which Excel counts
    /// though it never was.
    case nonexistentDate
    /// An empty cell merged with the cell above (or beside) it, which alone
    /// holds the value.
    case mergedValue(anchor: String, range: String)

    static let computeHint = "open the workbook in Excel or LibreOffice and save it again, so that the value is stored with the formula"

    func diagnostic(at location: SourceLocation) -> Diagnostic {
        switch self {
        case .errorValue(let value):
            let error = ExcelError(rawValue: value)
            return .error(at: location, "the cell holds the error \(value)" + (error.map { ": \($0.meaning)" } ?? ""),
                          hint: (error?.fix ?? "correct the formula or the cells it uses") + ", or enter the value itself",
                          code: "data.workbook.error-value." + (error?.code ?? "other"))
        case .formulaWithoutValue(let formula, nil):
            return .error(at: location, "the cell holds the formula =\(formula) but no computed value",
                          hint: Self.computeHint, code: "data.workbook.cell")
        case .formulaWithoutValue(let formula, let source?):
            return .error(at: location, "the cell holds a formula filled from \(source) (=\(formula)) but no computed value",
                          hint: Self.computeHint, code: "data.workbook.cell")
        case .notANumber(let value):
            return .error(at: location, "the cell is marked as a number but holds '\(value)'", hint: WorkbookProblem.saveAsHint,
                          code: "data.workbook.cell")
        case .nonexistentDate:
            return .error(at: location, "the cell holds 29/02/1900, a day that did not exist", hint: "enter the date again",
                          code: "data.workbook.cell")
        case .mergedValue(let anchor, let range):
            return .error(at: location, "the cell is merged with \(anchor) (cells \(range)): only \(anchor) holds the value, so this row has none",
                          hint: "unmerge the cells (in Excel: Home › Merge & Center) and type the value in every row",
                          code: "data.workbook.merged")
        }
    }
}

/// Excel's error values: what each means and what to do, so that an office
/// can correct the formula. Each has its own code, so that different errors
/// are not grouped as one.
enum ExcelError: String, CaseIterable {
    case divisionByZero = "#DIV/0!"
    case notAvailable = "#N/A"
    case reference = "#REF!"
    case value = "#VALUE!"
    case name = "#NAME?"
    case number = "#NUM!"
    case null = "#NULL!"

    var code: String {
        switch self {
        case .divisionByZero: return "div0"
        case .notAvailable: return "na"
        case .reference: return "ref"
        case .value: return "value"
        case .name: return "name"
        case .number: return "num"
        case .null: return "null"
        }
    }

    var meaning: String {
        switch self {
        case .divisionByZero: return "its formula divides by zero or by an empty cell"
        case .notAvailable: return "a lookup (VLOOKUP, MATCH…) found nothing, or the formula was given #N/A"
        case .reference: return "its formula refers to cells that were deleted or moved"
        case .value: return "its formula computes with text where a number is needed"
        case .name: return "its formula uses a name or function the program does not know"
        case .number: return "its formula gives a number too large or impossible"
        case .null: return "its formula refers to ranges that do not meet"
        }
    }

    var fix: String {
        switch self {
        case .divisionByZero: return "fill in the divisor, or make the formula give an empty cell when it is zero (with IF)"
        case .notAvailable: return "add the missing entry to the table the formula looks in, or correct what it looks for"
        case .reference: return "write the formula again with the cells it should use"
        case .value: return "correct the cells the formula uses so that they hold numbers"
        case .name: return "correct the spelling of the function or name in the formula"
        case .number: return "check the numbers the formula uses"
        case .null: return "correct the ranges in the formula (A1:A5, not A1 A5)"
        }
    }
}
