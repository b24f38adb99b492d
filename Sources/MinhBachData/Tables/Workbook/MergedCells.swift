import MinhBachDiagnostics

/// The merged ranges of a sheet (`<mergeCell ref="A4:A6"/>`): only the
/// first cell of a range holds its value, the others are stored empty.
/// Only the rows below a range's first row matter: a value typed once for
/// several rows. A range across columns of one row is layout, and its
/// other cells are simply empty.
struct MergedCells {
    struct Anchor {
        /// The cell holding the value (`A4`).
        var cell: String
        /// The whole range (`A4:A6`).
        var range: String
    }

    /// For each row, the covered columns (the cells of a range below its
    /// first row) with the range's first cell.
    private var coveredByRow: [Int: [(column: Int, anchor: Anchor)]] = [:]

    init(_ ranges: [String]) {
        var total = 0
        for range in ranges {
            let ends = range.split(separator: ":")
            guard ends.count == 2, let from = Self.cell(ends[0]), let to = Self.cell(ends[1]),
                  from.row <= to.row, from.column <= to.column else { continue }
            // Bounded, against a hostile file: real merged ranges are small.
            let size = (to.row - from.row + 1) * (to.column - from.column + 1)
            guard size <= WorkbookLimits.maxMergedCells - total else { continue }
            total += size
            let anchor = Anchor(cell: String(ends[0]), range: range)
            guard from.row < to.row else { continue }
            for row in (from.row + 1)...to.row {
                for column in from.column...to.column {
                    coveredByRow[row, default: []].append((column, anchor))
                }
            }
        }
    }

    func covered(row: Int) -> [(column: Int, anchor: Anchor)] { coveredByRow[row] ?? [] }

    /// Whether a range covers a cell below `row` in a column `columns` accepts.
    func covers(rowsBelow row: Int, columns: (Int) -> Bool) -> Bool {
        coveredByRow.contains { $0.key > row && $0.value.contains { columns($0.column) } }
    }

    /// `C12` as row 12, column 3.
    static func cell(_ reference: Substring) -> (row: Int, column: Int)? {
        guard let column = SheetReader.column(of: String(reference)),
              let row = Int(reference.drop(while: { $0.isLetter || $0 == "$" })), row >= 1, row <= WorkbookLimits.maxRow else { return nil }
        return (row, column)
    }
}
