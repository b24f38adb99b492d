import Foundation
import MinhBachDiagnostics

/// Rows of a sheet as text cells, a piece of the sheet at a time: the
/// rows with at least one non-empty cell or problem, empty cells left out.
/// Flat lists, so that a row costs no allocation of its own.
struct SheetRows {
    struct Cell {
        /// 1 for column A.
        var column: Int
        var text: String
        /// The value of a formula, not typed.
        var computed = false
    }

    struct Row {
        /// The row number Excel shows.
        var number: Int
        var cells: Range<Int>
        var problems: Range<Int>
    }

    var rows: [Row] = []
    var cells: [Cell] = []
    /// Cells whose value cannot be read (an error value, a formula never
    /// computed), with their column.
    var problems: [(column: Int, problem: CellProblem)] = []
    /// The ranges of merged cells (`A4:A6`) met in this piece. Excel writes
    /// them after the rows (`<mergeCells>` follows `<sheetData>`), so they
    /// come with the last pieces of a sheet.
    var mergedRanges: [String] = []

    mutating func removeAll() {
        rows.removeAll(keepingCapacity: true)
        cells.removeAll(keepingCapacity: true)
        problems.removeAll(keepingCapacity: true)
        mergedRanges.removeAll(keepingCapacity: true)
    }
}

/// Reads a worksheet part (`xl/worksheets/sheetN.xml`) into rows of text
/// as it is uncompressed: the sheet is never held whole, only the rows of
/// the piece just uncompressed.
struct SheetReader {
    let sheet: WorkbookIndex.Sheet
    let sharedStrings: [String]
    let styles: CellStyles
    let date1904: Bool

    /// Hands the rows to `rows` a piece of the sheet at a time, in sheet order.
    func read(_ archive: WorkbookArchive, rows: (SheetRows) throws(WorkbookProblem) -> Void) throws(WorkbookProblem) {
        var scanner = XMLScanner(part: sheet.part)
        var scan = SheetScan(reader: self)
        let found = try archive.stream(sheet.part, limit: WorkbookLimits.maxSheetBytes) { piece throws(WorkbookProblem) in
            try scanner.feed(piece, into: &scan)
            try scan.handOver(rows)
        }
        guard found else { throw .missingPart(sheet.part) }
        try scanner.finish(into: &scan)
        try scan.handOver(rows)
    }

    /// The column number of a reference like `C12`; nil when it is not one
    /// or lies beyond Excel's last column.
    static func column(of reference: String) -> Int? {
        var reference = reference
        return reference.withUTF8 { column(of: $0) }
    }

    static func column(of reference: UnsafeBufferPointer<UInt8>) -> Int? {
        var column = 0
        var letters = 0
        for byte in reference {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): column = column * 26 + Int(byte - 64)
            case UInt8(ascii: "a")...UInt8(ascii: "z"): column = column * 26 + Int(byte - 96)
            case UInt8(ascii: "$"): continue
            default:
                guard letters > 0, column <= WorkbookLimits.maxColumn else { return nil }
                return column
            }
            letters += 1
            if letters > 3 { return nil }
        }
        return nil
    }
}

/// The state of reading one sheet: the row and the cell being read.
private struct SheetScan: XMLConsumer {
    let reader: SheetReader
    private(set) var rows = SheetRows()

    private var rowNumber = 0
    private var rowCells = 0
    private var rowProblems = 0
    private var inRow = false
    private var nextColumn = 1
    private var cell = PendingCell()
    private var capture: Capture = .none
    /// Inside `<is>` (inline text), and inside a phonetic guide (`<rPh>`, +100).
    private var inlineDepth = 0
    /// A shared formula (filled down or across) is written once, in its
    /// first cell; the others name it by index (`si`) and store no formula.
    /// Kept by index: the formula and the cell it is written in.
    private var sharedFormulas: [Int: (formula: String, cell: String)] = [:]
    /// Merged ranges met so far, counted against `WorkbookLimits.maxMergedCells`
    /// (each covers at least one cell, so more are beyond the limit anyway).
    private var mergedRangeCount = 0

    init(reader: SheetReader) {
        self.reader = reader
    }

    private enum Capture { case none, value, formula, inline }

    /// The cell types of the `t` attribute; any other is read as a number, as `n` is.
    private enum CellType {
        case number, shared, inline, formulaText, boolean, error, isoDate

        init(_ text: XMLText?) {
            guard let text else { self = .number; return }
            let bytes = text.bytes
            switch bytes.count {
            case 1 where bytes[0] == UInt8(ascii: "s"): self = .shared
            case 1 where bytes[0] == UInt8(ascii: "b"): self = .boolean
            case 1 where bytes[0] == UInt8(ascii: "e"): self = .error
            case 1 where bytes[0] == UInt8(ascii: "d"): self = .isoDate
            default:
                if XMLName(bytes: bytes) == "str" {
                    self = .formulaText
                } else if XMLName(bytes: bytes) == "inlineStr" {
                    self = .inline
                } else {
                    self = .number
                }
            }
        }
    }

    /// A cell's pieces, as bytes until the cell ends. A part is present
    /// when its element is (`<v/>` is present and empty); the buffers are
    /// kept from cell to cell.
    private struct PendingCell {
        var column = 1
        var type = CellType.number
        var style: Int?
        var value: [UInt8] = []
        var formula: [UInt8] = []
        var inline: [UInt8] = []
        var hasValue = false
        var hasFormula = false
        var hasInline = false
        /// `si` of a shared formula.
        var sharedIndex: Int?

        mutating func reset(column: Int, type: CellType, style: Int?) {
            self.column = column
            self.type = type
            self.style = style
            if !value.isEmpty { value.removeAll(keepingCapacity: true) }
            if !formula.isEmpty { formula.removeAll(keepingCapacity: true) }
            if !inline.isEmpty { inline.removeAll(keepingCapacity: true) }
            hasValue = false
            hasFormula = false
            hasInline = false
            sharedIndex = nil
        }
    }

    /// Hands the rows read so far to `consumer`; the cells of a row not
    /// yet ended wait for the next piece.
    mutating func handOver(_ consumer: (SheetRows) throws(WorkbookProblem) -> Void) throws(WorkbookProblem) {
        try consumer(rows)
        rows.rows.removeAll(keepingCapacity: true)
        rows.mergedRanges.removeAll(keepingCapacity: true)
        if inRow {
            rows.cells.removeFirst(rowCells)
            rows.problems.removeFirst(rowProblems)
        } else {
            rows.cells.removeAll(keepingCapacity: true)
            rows.problems.removeAll(keepingCapacity: true)
        }
        rowCells = 0
        rowProblems = 0
    }

    mutating func start(_ name: XMLName, _ attributes: XMLAttributes) throws(WorkbookProblem) {
        if name == "c" {
            var column = nextColumn
            if let reference = attributes["r"] {
                guard let parsed = SheetReader.column(of: reference.bytes) else {
                    throw .outsideSheet(sheet: reader.sheet.name, reference: reference.string)
                }
                column = parsed
            }
            let style = attributes["s"].flatMap { $0.integer ?? Int($0.string) }
            cell.reset(column: column, type: CellType(attributes["t"]), style: style)
            nextColumn = column + 1
        } else if name == "v" {
            capture = .value
            cell.hasValue = true
        } else if name == "row" {
            let reference = attributes["r"]
            let number = reference.flatMap { $0.integer ?? Int($0.string) } ?? rowNumber + 1
            guard number >= 1, number <= WorkbookLimits.maxRow else {
                throw .outsideSheet(sheet: reader.sheet.name, reference: reference?.string ?? "")
            }
            rowNumber = number
            inRow = true
            rowCells = rows.cells.count
            rowProblems = rows.problems.count
            nextColumn = 1
        } else if name == "f" {
            capture = .formula
            cell.hasFormula = true
            if let kind = attributes["t"], XMLName(bytes: kind.bytes) == "shared", let index = attributes["si"] {
                cell.sharedIndex = index.integer ?? Int(index.string)
            }
        } else if name == "mergeCell" {
            if let range = attributes["ref"], mergedRangeCount < WorkbookLimits.maxMergedCells {
                mergedRangeCount += 1
                rows.mergedRanges.append(range.string)
            }
        } else if name == "is" {
            inlineDepth += 1
            cell.hasInline = true
        } else if name == "rPh" {
            inlineDepth += 100
        } else if name == "t", inlineDepth > 0, inlineDepth < 100 {
            capture = .inline
        }
    }

    mutating func text(_ text: XMLText) throws(WorkbookProblem) {
        switch capture {
        case .none: break
        case .value: cell.value.append(contentsOf: text.bytes)
        case .formula: cell.formula.append(contentsOf: text.bytes)
        case .inline: cell.inline.append(contentsOf: text.bytes)
        }
    }

    mutating func end(_ name: XMLName) throws(WorkbookProblem) {
        if name == "v" || name == "f" || name == "t" {
            capture = .none
        } else if name == "c" {
            finishCell()
        } else if name == "row" {
            inRow = false
            if rows.cells.count > rowCells || rows.problems.count > rowProblems {
                rows.rows.append(SheetRows.Row(number: rowNumber, cells: rowCells..<rows.cells.count, problems: rowProblems..<rows.problems.count))
            }
        } else if name == "is" {
            inlineDepth -= 1
        } else if name == "rPh" {
            inlineDepth -= 100
        }
    }

    private static func string(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// The `<v>` text; nil when the cell has no `<v>`.
    private var value: String? { cell.hasValue ? Self.string(cell.value) : nil }

    private mutating func add(_ text: String) {
        rows.cells.append(SheetRows.Cell(column: cell.column, text: text, computed: cell.hasFormula))
    }

    private mutating func add(_ problem: CellProblem) {
        rows.problems.append((cell.column, problem))
    }

    private mutating func finishCell() {
        if cell.type == .error { return add(.errorValue(value ?? "#VALUE!")) }
        // A formula keeps its last computed value in <v>; a file written by
        // a program that never computed it has none (or an empty one).
        var filledFrom: (formula: String, cell: String)?
        if cell.hasFormula, let index = cell.sharedIndex {
            if cell.formula.isEmpty {
                filledFrom = sharedFormulas[index]
            } else if sharedFormulas[index] == nil, sharedFormulas.count < WorkbookLimits.maxSharedFormulas {
                sharedFormulas[index] = (Self.string(cell.formula), SourceLocation.columnLetters(cell.column) + "\(rowNumber)")
            }
        }
        if cell.hasFormula, !cell.hasValue || (cell.value.isEmpty && cell.type != .formulaText) {
            if cell.formula.isEmpty, let source = filledFrom {
                return add(.formulaWithoutValue(source.formula, filledFrom: source.cell))
            }
            return add(.formulaWithoutValue(Self.string(cell.formula), filledFrom: nil))
        }
        let text: String
        switch cell.type {
        case .shared:
            // The shared strings are kept trimmed and composed.
            let index = cell.hasValue ? cell.value.withUnsafeBufferPointer { XMLText(bytes: $0).integer } ?? Int(CellText.trimmed(value!)) : nil
            guard let index, index >= 0, index < reader.sharedStrings.count else { return add(.notANumber(value ?? "")) }
            let shared = reader.sharedStrings[index]
            if !shared.isEmpty { add(shared) }
            return
        case .inline: text = CellText.composed(cell.hasInline ? Self.string(cell.inline) : value ?? "")
        case .formulaText: text = CellText.composed(value ?? "")
        case .boolean: text = CellText.boolean(value ?? "")
        // ISO 8601 dates, as a few programs store them.
        case .isoDate: text = String((value ?? "").prefix(10))
        case .error: return
        case .number:
            guard cell.hasValue else { return }
            let isDate = reader.styles.isDate(style: cell.style)
            if !isDate, let plain = cell.value.withUnsafeBufferPointer(CellText.plainNumber) { return add(plain) }
            let raw = Self.string(cell.value)
            guard !CellText.trimmed(raw).isEmpty else { return }
            if isDate {
                guard let date = CellText.date(serial: raw, date1904: reader.date1904) else {
                    return add(Double(raw) == 60 ? .nonexistentDate : .notANumber(raw))
                }
                text = date
            } else {
                guard let number = CellText.number(raw) else { return add(.notANumber(raw)) }
                text = number
            }
        }
        let trimmed = CellText.trimmed(text)
        if !trimmed.isEmpty { add(trimmed) }
    }
}
