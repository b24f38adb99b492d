/// The cell formats a written workbook uses, in the order of `cellXfs` in
/// `xl/styles.xml` (the raw value is the index a cell's `s` names).
enum WorkbookStyle: Int, CaseIterable {
    case general = 0
    /// Number format `@` (Text): what is typed stays as typed.
    case text = 1
    /// Bold on a light fill, text format.
    case header = 2
    /// Text marked with Excel's quote prefix: shown and kept as text even
    /// when it starts with `=`, and when the cell is edited.
    case quoted = 3

    var xf: String {
        switch self {
        case .general: return #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        case .text: return #"<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        case .header:
            return #"<xf numFmtId="49" fontId="1" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1"/>"#
        case .quoted: return #"<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1" applyNumberFormat="1"/>"#
        }
    }

    static let part = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
        <font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>\
        <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="\(allCases.count)">\(allCases.map(\.xf).joined())</cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """
}
