import Foundation
import MinhBachDiagnostics

/// One row of a sheet as text cells: empty cells are left out.
struct SheetRow {
    struct Cell {
        /// 1 for column A.
        var column: Int
        var text: String
        /// The value of a formula, not typed.
        var computed = false
    }

    /// The row number Excel shows.
    var number: Int
    var cells: [Cell]
    /// Cells whose value cannot be read (an error value, a formula never
    /// computed), with their column.
    var problems: [(column: Int, problem: CellProblem)]
}

/// Reads a worksheet part (`xl/worksheets/sheetN.xml`) into rows of text.
struct SheetReader {
    let sheet: WorkbookIndex.Sheet
    let sharedStrings: [String]
    let styles: CellStyles
    let date1904: Bool

    /// Rows with at least one non-empty cell or problem, in sheet order.
    func rows(_ archive: WorkbookArchive) throws(WorkbookProblem) -> [SheetRow] {
        var merged: [String] = []
        return try rows(archive, merged: &merged)
    }

    /// The rows, and in `merged` the ranges of merged cells (`A4:A6`).
    func rows(_ archive: WorkbookArchive, merged: inout [String]) throws(WorkbookProblem) -> [SheetRow] {
        let data = try archive.requiredPart(sheet.part)
        var rows: [SheetRow] = []
        var ranges: [String] = []
        // A shared formula (filled down or across) is written once, in its
        // first cell; the others name it by index and store no formula.
        var sharedFormulas: [String: (formula: String, cell: String)] = [:]
        var row = SheetRow(number: 0, cells: [], problems: [])
        var cell = PendingCell()
        var nextColumn = 1
        var capture: Capture = .none
        var inlineDepth = 0
        try XMLScanner.parse(data, part: sheet.part) { event throws(WorkbookProblem) in
            switch event {
            case .start("row", let attributes):
                let number = attributes["r"].flatMap(Int.init) ?? row.number + 1
                guard number >= 1, number <= WorkbookLimits.maxRow else {
                    throw .outsideSheet(sheet: sheet.name, reference: attributes["r"] ?? "")
                }
                row = SheetRow(number: number, cells: [], problems: [])
                nextColumn = 1
            case .end("row"):
                if !row.cells.isEmpty || !row.problems.isEmpty { rows.append(row) }
            case .start("c", let attributes):
                var column = nextColumn
                if let reference = attributes["r"] {
                    guard let parsed = Self.column(of: reference) else { throw .outsideSheet(sheet: sheet.name, reference: reference) }
                    column = parsed
                }
                cell = PendingCell(column: column, type: attributes["t"] ?? "n", style: attributes["s"].flatMap(Int.init))
                nextColumn = column + 1
            case .end("c"):
                if let index = cell.sharedIndex, let formula = cell.formula {
                    if formula.isEmpty {
                        cell.filledFrom = sharedFormulas[index]
                    } else if sharedFormulas[index] == nil {
                        sharedFormulas[index] = (formula, SourceLocation.columnLetters(cell.column) + "\(row.number)")
                    }
                }
                switch finish(cell) {
                case .empty: break
                case .text(let text): row.cells.append(SheetRow.Cell(column: cell.column, text: text, computed: cell.formula != nil))
                case .problem(let problem): row.problems.append((cell.column, problem))
                }
            case .start("v", _): capture = .value; cell.value = cell.value ?? ""
            case .start("f", let attributes):
                capture = .formula
                cell.formula = cell.formula ?? ""
                if attributes["t"] == "shared" { cell.sharedIndex = attributes["si"] }
            case .start("mergeCell", let attributes): if let range = attributes["ref"] { ranges.append(range) }
            case .start("is", _): inlineDepth += 1; cell.inline = cell.inline ?? ""
            case .end("is"): inlineDepth -= 1
            case .start("rPh", _): inlineDepth += 100
            case .end("rPh"): inlineDepth -= 100
            case .start("t", _) where inlineDepth > 0 && inlineDepth < 100: capture = .inline
            case .end("v"), .end("f"), .end("t"): capture = .none
            case .start, .end: break
            case .text(let text):
                switch capture {
                case .none: break
                case .value: cell.value! += text
                case .formula: cell.formula! += text
                case .inline: cell.inline! += text
                }
            }
        }
        merged = ranges
        return rows
    }

    private enum Capture { case none, value, formula, inline }

    private struct PendingCell {
        var column = 1
        var type = "n"
        var style: Int?
        var value: String?
        var formula: String?
        var inline: String?
        /// `si` of a shared formula, and the formula and cell it is shared from.
        var sharedIndex: String?
        var filledFrom: (formula: String, cell: String)?
    }

    private enum Outcome {
        case empty
        case text(String)
        case problem(CellProblem)
    }

    private func finish(_ cell: PendingCell) -> Outcome {
        if cell.type == "e" { return .problem(.errorValue(cell.value ?? "#VALUE!")) }
        // A formula keeps its last computed value in <v>; a file written by
        // a program that never computed it has none (or an empty one).
        if let formula = cell.formula, cell.value == nil || (cell.value == "" && cell.type != "str") {
            if formula.isEmpty, let source = cell.filledFrom {
                return .problem(.formulaWithoutValue(source.formula, filledFrom: source.cell))
            }
            return .problem(.formulaWithoutValue(formula, filledFrom: nil))
        }
        let text: String
        switch cell.type {
        case "s":
            guard let index = cell.value.flatMap({ Int(CellText.trimmed($0)) }),
                  index >= 0, index < sharedStrings.count else { return .problem(.notANumber(cell.value ?? "")) }
            text = sharedStrings[index]
        case "inlineStr": text = CellText.composed(cell.inline ?? cell.value ?? "")
        case "str": text = CellText.composed(cell.value ?? "")
        case "b": text = CellText.boolean(cell.value ?? "")
        // ISO 8601 dates, as a few programs store them.
        case "d": text = String((cell.value ?? "").prefix(10))
        default:
            guard let raw = cell.value, !CellText.trimmed(raw).isEmpty else { return .empty }
            if styles.isDate(style: cell.style) {
                guard let date = CellText.date(serial: raw, date1904: date1904) else {
                    return .problem(Double(raw) == 60 ? .nonexistentDate : .notANumber(raw))
                }
                text = date
            } else {
                guard let number = CellText.number(raw) else { return .problem(.notANumber(raw)) }
                text = number
            }
        }
        let trimmed = CellText.trimmed(text)
        return trimmed.isEmpty ? .empty : .text(trimmed)
    }

    /// The column number of a reference like `C12`; nil when it is not one
    /// or lies beyond Excel's last column.
    static func column(of reference: String) -> Int? {
        var column = 0
        var letters = 0
        for byte in reference.utf8 {
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
