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

    func diagnostic(path: String, sheet: String? = nil) -> Diagnostic {
        let file = SourceLocation(path: path)
        let at = SourceLocation(path: path, sheet: sheet)
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        switch self {
        case .oleFile: return Diagnostic(.data(.workbookOldExcel), at: file)
        case .passwordProtected: return Diagnostic(.data(.workbookPassword), at: file)
        case .emptyFile: return Diagnostic(.data(.workbookEmptyFile), at: file)
        case .textFile(.csv): return Diagnostic(.data(.workbookIsCSV), at: file, [MessageArgument("name", name)])
        case .textFile(.html): return Diagnostic(.data(.workbookIsHTML), at: file)
        case .notZip: return Diagnostic(.data(.workbookNotZip), at: file)
        case .truncated: return Diagnostic(.data(.workbookTruncated), at: file)
        case .otherPackage(.word): return Diagnostic(.data(.workbookIsWord), at: file, [MessageArgument("name", name)])
        case .otherPackage(.powerPoint): return Diagnostic(.data(.workbookIsPowerPoint), at: file, [MessageArgument("name", name)])
        case .otherPackage(.openDocument): return Diagnostic(.data(.workbookIsOpenDocument), at: file)
        case .missingPart(let part): return Diagnostic(.data(.workbookMissingPart), at: at, [MessageArgument("part", part)])
        case .damagedPart(let part): return Diagnostic(.data(.workbookDamagedPart), at: at, [MessageArgument("part", part)])
        case .partTooLarge(let part, let limit):
            return Diagnostic(.data(.workbookPartTooLarge), at: at, [MessageArgument("part", part), MessageArgument("megabytes", String(limit >> 20))])
        case .zipBomb(let part): return Diagnostic(.data(.workbookZipBomb), at: at, [MessageArgument("part", part)])
        case .invalidXML(let part, let detail):
            return Diagnostic(.data(.workbookInvalidXML), at: at, [MessageArgument("part", part), MessageArgument("detail", detail)])
        case .tooDeep(let part):
            return Diagnostic(.data(.workbookTooDeep), at: at, [MessageArgument("part", part), MessageArgument("depth", String(WorkbookLimits.maxXMLDepth))])
        case .tooManySharedStrings(let limit): return Diagnostic(.data(.workbookTooManyTexts), at: at, [MessageArgument("limit", String(limit))])
        case .noSheets: return Diagnostic(.data(.workbookNoSheets), at: at)
        case .missingSheet(let name): return Diagnostic(.data(.workbookMissingSheet), at: at, [MessageArgument("sheet", name)])
        case .outsideSheet(let sheet, let reference):
            let last = SourceLocation.columnLetters(WorkbookLimits.maxColumn) + "\(WorkbookLimits.maxRow)"
            return Diagnostic(.data(.workbookCellOutsideSheet), at: SourceLocation(path: path, sheet: sheet),
                              [MessageArgument("reference", reference), MessageArgument("last", last)])
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

    func diagnostic(at location: SourceLocation) -> Diagnostic {
        switch self {
        case .errorValue(let value):
            guard let error = ExcelError(rawValue: value) else {
                return Diagnostic(.data(.cellOtherError), at: location, [MessageArgument("value", value)])
            }
            return Diagnostic(.data(error.message), at: location)
        case .formulaWithoutValue(let formula, nil):
            return Diagnostic(.data(.cellFormulaWithoutValue), at: location, [MessageArgument("formula", formula)])
        case .formulaWithoutValue(let formula, let source?):
            return Diagnostic(.data(.cellFilledFormulaWithoutValue), at: location,
                              [MessageArgument("formula", formula), MessageArgument("source", source)])
        case .notANumber(let value): return Diagnostic(.data(.cellNotANumber), at: location, [MessageArgument("value", value)])
        case .nonexistentDate: return Diagnostic(.data(.cellNonexistentDate), at: location)
        case .mergedValue(let anchor, let range):
            return Diagnostic(.data(.cellMerged), at: location, [MessageArgument("anchor", anchor), MessageArgument("range", range)])
        }
    }
}

/// Excel's error values, each with its own message (what it means and what
/// to do, so that an office can correct the formula) and so its own code:
/// different errors are not grouped as one.
enum ExcelError: String, CaseIterable {
    case divisionByZero = "#DIV/0!"
    case notAvailable = "#N/A"
    case reference = "#REF!"
    case value = "#VALUE!"
    case name = "#NAME?"
    case number = "#NUM!"
    case null = "#NULL!"

    var message: DataMessage {
        switch self {
        case .divisionByZero: return .cellDivisionByZero
        case .notAvailable: return .cellNotAvailable
        case .reference: return .cellBrokenReference
        case .value: return .cellWrongValueType
        case .name: return .cellUnknownName
        case .number: return .cellImpossibleNumber
        case .null: return .cellNullIntersection
        }
    }
}
