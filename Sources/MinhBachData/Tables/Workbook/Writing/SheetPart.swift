import Foundation
import MinhBachDiagnostics

/// Writes one sheet's `xl/worksheets/sheetN.xml`: column widths and
/// formats, the frozen header, the rows, the drop-downs, and the link to
/// the notes on the header cells. The rows come one at a time
/// (`XLSXSheetRows`), so that a sheet need not be held whole: the data
/// bundle makes the national observations (603,060 rows) a thousand at a
/// time and writes each as CSV, JSON and sheet rows.
struct SheetPart {
    let name: String
    let columns: [XLSXColumn]
    let freezeHeader: Bool
    /// The rows the sheet will have, for its `dimension`.
    let rowCount: Int
    /// The first rows, for the widths of columns that do not set one.
    let firstRows: [[XLSXCell]]
    /// The formula of each column's drop-down (nil: none).
    let choiceFormulas: [String?]
    let hasNotes: Bool
    let isFirst: Bool

    /// Excel's last row: drop-downs and formats reach the whole column.
    static let lastRow = 1_048_576
    /// How many rows the widths are taken from.
    static let rowsForWidths = 1_000

    /// Writes everything before the rows, and the header row.
    func start(writingTo url: URL, strings: SharedStringTable) throws -> XLSXSheetRows {
        var out = try XMLChunks(writingTo: url)
        let lastColumn = SourceLocation.columnLetters(max(columns.count, 1))
        try out.append(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#)
        try out.append(#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#
            + #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#)
        try out.append(#"<dimension ref="A1:\#(lastColumn)\#(rowCount + 1)"/>"#)
        try out.append(sheetViews)
        try out.append(#"<sheetFormatPr defaultRowHeight="15"/>"#)
        try out.append(columnsElement)
        try out.append("<sheetData>")
        var rows = XLSXSheetRows(out: out, strings: strings, columns: columns)
        rows.writeRow(columns.map { XLSXCell.text($0.header) }, number: 1)
        return rows
    }

    /// Writes everything after the rows; the part's size in bytes.
    func finish(_ rows: inout XLSXSheetRows) throws -> Int64 {
        guard rows.written == rowCount else {
            throw XLSXWriterError.cannotWrite("the sheet '\(name)' was to have \(rowCount) rows and has \(rows.written)")
        }
        try rows.out.append("</sheetData>")
        try rows.out.append(validations)
        try rows.out.append(#"<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>"#)
        if hasNotes { try rows.out.append(#"<legacyDrawing r:id="rId2"/>"#) }
        try rows.out.append("</worksheet>")
        try rows.out.close()
        return rows.out.size
    }

    private var sheetViews: String {
        let selected = isFirst ? #" tabSelected="1""# : ""
        guard freezeHeader else { return #"<sheetViews><sheetView workbookViewId="0"\#(selected)/></sheetViews>"# }
        return #"<sheetViews><sheetView workbookViewId="0"\#(selected)>"#
            + #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
            + #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#
    }

    /// Widths from the header and the first rows; Text columns carry the
    /// Text format to the cells not yet typed in.
    private var columnsElement: String {
        guard !columns.isEmpty else { return "" }
        var text = "<cols>"
        let sample = firstRows.prefix(Self.rowsForWidths)
        for (index, column) in columns.enumerated() {
            let width = column.width ?? Self.width(header: column.header, values: sample.map { $0.count > index ? $0[index] : .empty })
            let style = column.isText ? #" style="\#(WorkbookStyle.text.rawValue)""# : ""
            text += #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(width)" customWidth="1"\#(style)/>"#
        }
        return text + "</cols>"
    }

    static func width(header: String, values: [XLSXCell]) -> Double {
        let longest = values.reduce(header.count + 2) { longest, cell in
            switch cell {
            case .text(let text): return max(longest, text.count)
            case .number(let value): return max(longest, XLSXText.number(value).count)
            case .bool: return max(longest, 5)
            case .empty: return longest
            }
        }
        return Double(min(max(longest, 8), 60) + 2)
    }

    private var validations: String {
        let items = choiceFormulas.enumerated().compactMap { index, formula -> String? in
            guard let formula else { return nil }
            let letters = SourceLocation.columnLetters(index + 1)
            return #"<dataValidation type="list" allowBlank="1" showInputMessage="0" showErrorMessage="1" errorStyle="warning" "#
                + #"errorTitle="\#(XLSXText.escaped(Self.errorTitle))" error="\#(XLSXText.escaped(Self.errorText))" "#
                + #"sqref="\#(letters)2:\#(letters)\#(Self.lastRow)"><formula1>\#(XLSXText.escaped(formula))</formula1></dataValidation>"#
        }
        guard !items.isEmpty else { return "" }
        return #"<dataValidations count="\#(items.count)">"# + items.joined() + "</dataValidations>"
    }

    /// What Excel says when a typed value is not in the drop-down (at most
    /// 32 and 255 characters). A warning, not a refusal: the value may be
    /// right and the list behind.
    static let errorTitle = "Giá trị không có trong danh sách"
    static let errorText = "Giá trị này không có trong danh sách của cột (Not in the list). Chọn Yes để vẫn giữ, No để sửa lại."
}

/// A sheet's data rows as they are added (`XLSXWorkbookBuilder.addSheet`),
/// written straight to the sheet's part.
public struct XLSXSheetRows {
    fileprivate(set) var out: XMLChunks
    /// The workbook's texts, lent to the sheet while its rows are written.
    private(set) var strings: SharedStringTable
    /// Each column's letters, made once.
    private let letters: [[UInt8]]
    private let styles: [WorkbookStyle]
    private let isText: [Bool]
    /// Data rows written so far.
    private(set) var written = 0

    fileprivate init(out: XMLChunks, strings: SharedStringTable, columns: [XLSXColumn]) {
        self.out = out
        self.strings = strings
        letters = columns.indices.map { Array(SourceLocation.columnLetters($0 + 1).utf8) }
        styles = columns.map { $0.isText ? WorkbookStyle.text : .general }
        isText = columns.map(\.isText)
    }

    /// The next row below the header; cells past the last column are left out.
    public mutating func append(_ cells: [XLSXCell]) throws {
        written += 1
        writeRow(cells, number: written + 1)
        try out.flushIfFull()
    }

    /// One row's cells. The markup around the values is static text
    /// (`StaticString`): arrays held in statics cost a lazy check, a retain
    /// and a release at every use, millions of times for a national sheet
    /// (where writing the workbook's sheets was 4 % of the build).
    fileprivate mutating func writeRow(_ cells: [XLSXCell], number row: Int) {
        out.append(markup: #"<row r=""#)
        out.append(row)
        out.append(markup: #"">"#)
        for index in 0..<min(cells.count, letters.count) {
            switch cells[index] {
            case .empty: continue
            case .text(let value):
                text(index, row, value, style: row == 1 ? .header : XLSXText.looksLikeFormula(value) ? .quoted : styles[index])
            case .number(let value) where value.isFinite:
                // A number in a Text column would show as a number but be typed over as text: write it as text.
                if isText[index] {
                    text(index, row, XLSXText.number(value), style: .text)
                    continue
                }
                start(index, row, style: .general)
                out.append(markup: "><v>")
                if value == value.rounded(), abs(value) < 1e15 { out.append(Int(value)) } else { out.append(number: value) }
                out.append(markup: "</v></c>")
            case .number: continue
            case .bool(let value):
                start(index, row, style: .general)
                out.append(markup: #" t="b"><v>"#)
                out.append(value ? 1 : 0)
                out.append(markup: "</v></c>")
            }
        }
        out.append(markup: "</row>")
    }

    private mutating func start(_ index: Int, _ row: Int, style: WorkbookStyle) {
        out.append(markup: #"<c r=""#)
        out.append(letters[index])
        out.append(row)
        if style != .general {
            out.append(markup: #"" s=""#)
            out.append(style.rawValue)
        }
        out.append(markup: #"""#)
    }

    private mutating func text(_ index: Int, _ row: Int, _ value: String, style: WorkbookStyle) {
        start(index, row, style: style)
        out.append(markup: #" t="s"><v>"#)
        out.append(strings.number(of: value))
        out.append(markup: "</v></c>")
    }
}
