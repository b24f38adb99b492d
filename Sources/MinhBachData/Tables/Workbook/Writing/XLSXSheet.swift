/// What a workbook written by `XLSXWriter` holds: sheets of a header row and
/// data rows, with what a spreadsheet user needs to fill them in.

/// A cell's value as the spreadsheet stores it.
public enum XLSXCell: Sendable, Equatable {
    case text(String)
    case number(Double)
    case bool(Bool)
    case empty
}

/// The values a column's drop-down offers.
public enum XLSXChoices: Sendable, Equatable {
    /// These values. Excel keeps a written list to 255 characters: a longer
    /// one gets no drop-down (the column's note should name the values).
    case values([String])
    /// The values in another sheet's column, found by its header (the
    /// `code` column of `areas`): the list grows as rows are added there.
    case column(sheet: String, column: String)
}

public struct XLSXColumn: Sendable {
    public var header: String
    /// A note (comment) on the header cell: what the column holds, its
    /// format, the values it allows.
    public var note: String?
    /// The column's cells are formatted as Text (`@`), so that a code typed
    /// into it (`01834`) keeps its leading zeros.
    public var isText: Bool
    /// A drop-down on the column's data cells.
    public var choices: XLSXChoices?
    /// In characters; nil: from the header and the contents.
    public var width: Double?

    public init(header: String, note: String? = nil, isText: Bool = false, choices: XLSXChoices? = nil, width: Double? = nil) {
        self.header = header
        self.note = note
        self.isText = isText
        self.choices = choices
        self.width = width
    }
}

public struct XLSXSheet: Sendable {
    /// At most 31 characters, none of `[]:*?/\` (Excel's rule).
    public var name: String
    public var columns: [XLSXColumn]
    /// Below the header row; a row may be shorter than the columns.
    public var rows: [[XLSXCell]]
    /// The header row stays in view while scrolling.
    public var freezeHeader: Bool

    public init(name: String, columns: [XLSXColumn], rows: [[XLSXCell]], freezeHeader: Bool = true) {
        self.name = name
        self.columns = columns
        self.rows = rows
        self.freezeHeader = freezeHeader
    }
}

/// Why a workbook could not be written: a mistake in what was asked for
/// (a sheet name Excel refuses, a drop-down naming a column that is not
/// there) or the disk.
public enum XLSXWriterError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidSheetName(String)
    case duplicateSheetName(String)
    case unknownChoiceColumn(sheet: String, column: String)
    case cannotWrite(String)

    public var description: String {
        switch self {
        case .invalidSheetName(let name):
            return "the sheet name '\(name)' is not allowed by Excel (at most 31 characters, none of []:*?/\\)"
        case .duplicateSheetName(let name): return "two sheets are named '\(name)'"
        case .unknownChoiceColumn(let sheet, let column): return "a drop-down lists the column '\(column)' of the sheet '\(sheet)', which is not there"
        case .cannotWrite(let reason): return "cannot write the workbook: \(reason)"
        }
    }
}
