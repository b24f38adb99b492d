import Foundation
import MinhBachDiagnostics

/// Writes one sheet's `xl/worksheets/sheetN.xml`: column widths and
/// formats, the frozen header, the rows, the drop-downs, and the link to
/// the notes on the header cells.
struct SheetPart {
    let sheet: XLSXSheet
    /// The formula of each column's drop-down (nil: none).
    let choiceFormulas: [String?]
    let hasNotes: Bool
    let isFirst: Bool

    /// Excel's last row: drop-downs and formats reach the whole column.
    static let lastRow = 1_048_576

    func write(to url: URL, strings: inout SharedStringTable) throws -> Int64 {
        var out = try XMLChunks(writingTo: url)
        let lastColumn = SourceLocation.columnLetters(max(sheet.columns.count, 1))
        try out.append(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#)
        try out.append(#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#
            + #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#)
        try out.append(#"<dimension ref="A1:\#(lastColumn)\#(sheet.rows.count + 1)"/>"#)
        try out.append(sheetViews)
        try out.append(#"<sheetFormatPr defaultRowHeight="15"/>"#)
        try out.append(columnsElement)
        try out.append("<sheetData>")
        // Each column's letters and the start of its cells, made once.
        let letters = sheet.columns.indices.map { Array(SourceLocation.columnLetters($0 + 1).utf8) }
        let textStyles = sheet.columns.map { $0.isText ? WorkbookStyle.text : .general }
        let isText = sheet.columns.map(\.isText)
        let width = sheet.columns.count
        // The header row, then the sheet's rows where they are: joining
        // them into one array copied (and retained) every row of the sheet.
        writeRow(sheet.columns.map { XLSXCell.text($0.header) }, number: 1, into: &out, strings: &strings,
                 letters: letters, styles: textStyles, isText: isText, width: width)
        for (offset, cells) in sheet.rows.enumerated() {
            writeRow(cells, number: offset + 2, into: &out, strings: &strings, letters: letters, styles: textStyles, isText: isText,
                     width: width)
            try out.flushIfFull()
        }
        try out.append("</sheetData>")
        try out.append(validations)
        try out.append(#"<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>"#)
        if hasNotes { try out.append(#"<legacyDrawing r:id="rId2"/>"#) }
        try out.append("</worksheet>")
        try out.close()
        return out.size
    }

    /// One row's cells. The markup around the values is static text
    /// (`StaticString`): arrays held in statics cost a lazy check, a retain
    /// and a release at every use, millions of times for a national sheet
    /// (where writing the workbook's sheets was 4 % of the build).
    private func writeRow(_ cells: [XLSXCell], number row: Int, into out: inout XMLChunks, strings: inout SharedStringTable,
                          letters: [[UInt8]], styles: [WorkbookStyle], isText: [Bool], width: Int) {
        out.append(markup: #"<row r=""#)
        out.append(row)
        out.append(markup: #"">"#)
        func start(_ index: Int, style: WorkbookStyle) {
            out.append(markup: #"<c r=""#)
            out.append(letters[index])
            out.append(row)
            if style != .general {
                out.append(markup: #"" s=""#)
                out.append(style.rawValue)
            }
            out.append(markup: #"""#)
        }
        func text(_ index: Int, _ value: String, style: WorkbookStyle) {
            start(index, style: style)
            out.append(markup: #" t="s"><v>"#)
            out.append(strings.number(of: value))
            out.append(markup: "</v></c>")
        }
        for index in 0..<min(cells.count, width) {
            switch cells[index] {
            case .empty: continue
            case .text(let value):
                text(index, value, style: row == 1 ? .header : XLSXText.looksLikeFormula(value) ? .quoted : styles[index])
            case .number(let value) where value.isFinite:
                // A number in a Text column would show as a number but be typed over as text: write it as text.
                if isText[index] {
                    text(index, XLSXText.number(value), style: .text)
                    continue
                }
                start(index, style: .general)
                out.append(markup: "><v>")
                if value == value.rounded(), abs(value) < 1e15 { out.append(Int(value)) } else { out.append(number: value) }
                out.append(markup: "</v></c>")
            case .number: continue
            case .bool(let value):
                start(index, style: .general)
                out.append(markup: #" t="b"><v>"#)
                out.append(value ? 1 : 0)
                out.append(markup: "</v></c>")
            }
        }
        out.append(markup: "</row>")
    }

    private var sheetViews: String {
        let selected = isFirst ? #" tabSelected="1""# : ""
        guard sheet.freezeHeader else { return #"<sheetViews><sheetView workbookViewId="0"\#(selected)/></sheetViews>"# }
        return #"<sheetViews><sheetView workbookViewId="0"\#(selected)>"#
            + #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
            + #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#
    }

    /// Widths from the header and the first rows; Text columns carry the
    /// Text format to the cells not yet typed in.
    private var columnsElement: String {
        guard !sheet.columns.isEmpty else { return "" }
        var text = "<cols>"
        for (index, column) in sheet.columns.enumerated() {
            let width = column.width ?? Self.width(header: column.header, values: sheet.rows.prefix(1000).map { $0.count > index ? $0[index] : .empty })
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
