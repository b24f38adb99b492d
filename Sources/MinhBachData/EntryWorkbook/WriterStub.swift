// TEMPORARY: the writer's API until it lands on main; deleted before merging.
import Foundation
import ZIPFoundation

public enum XLSXCell: Sendable, Equatable { case text(String), number(Double), bool(Bool), empty }
public enum XLSXChoices: Sendable, Equatable {
    case values([String])
    case column(sheet: String, column: String)
}
public struct XLSXColumn: Sendable {
    public var header: String
    public var note: String?
    public var isText: Bool
    public var choices: XLSXChoices?
    public var width: Double?
    public init(header: String, note: String? = nil, isText: Bool = false, choices: XLSXChoices? = nil, width: Double? = nil) {
        self.header = header; self.note = note; self.isText = isText; self.choices = choices; self.width = width
    }
}
public struct XLSXSheet: Sendable {
    public var name: String
    public var columns: [XLSXColumn]
    public var rows: [[XLSXCell]]
    public var freezeHeader: Bool
    public init(name: String, columns: [XLSXColumn], rows: [[XLSXCell]], freezeHeader: Bool = true) {
        self.name = name; self.columns = columns; self.rows = rows; self.freezeHeader = freezeHeader
    }
}
public struct XLSXWriter {
    let sheets: [XLSXSheet]
    public init(sheets: [XLSXSheet]) { self.sheets = sheets }
    public func data() throws -> Data {
        func esc(_ t: String) -> String { t.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;") }
        func col(_ i: Int) -> String { var n = i + 1, s = ""; while n > 0 { let r = (n - 1) % 26; s = String(UnicodeScalar(65 + r)!) + s; n = (n - 1) / 26 }; return s }
        let archive = try Archive(accessMode: .create)
        func add(_ path: String, _ text: String) throws {
            let d = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(d.count), compressionMethod: .deflate) { pos, size in d.subdata(in: Int(pos)..<Int(pos) + size) }
        }
        var types = "", sheetsXML = "", rels = ""
        for (n, sheet) in sheets.enumerated() {
            types += "<Override PartName=\"/xl/worksheets/sheet\(n + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            sheetsXML += "<sheet name=\"\(esc(sheet.name))\" sheetId=\"\(n + 1)\" r:id=\"rId\(n + 1)\"/>"
            rels += "<Relationship Id=\"rId\(n + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(n + 1).xml\"/>"
            var rows = "<row r=\"1\">" + sheet.columns.enumerated().map { "<c r=\"\(col($0.offset))1\" t=\"inlineStr\"><is><t>\(esc($0.element.header))</t></is></c>" }.joined() + "</row>"
            for (r, row) in sheet.rows.enumerated() {
                rows += "<row r=\"\(r + 2)\">"
                for (c, cell) in row.enumerated() {
                    let ref = "\(col(c))\(r + 2)"
                    switch cell {
                    case .text(let t): rows += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(esc(t))</t></is></c>"
                    case .number(let d): rows += "<c r=\"\(ref)\"><v>\(d)</v></c>"
                    case .bool(let b): rows += "<c r=\"\(ref)\" t=\"b\"><v>\(b ? 1 : 0)</v></c>"
                    case .empty: break
                    }
                }
                rows += "</row>"
            }
            try add("xl/worksheets/sheet\(n + 1).xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>\(rows)</sheetData></worksheet>")
        }
        try add("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>\(types)</Types>")
        try add("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")
        try add("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>\(sheetsXML)</sheets></workbook>")
        try add("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels)</Relationships>")
        return archive.data!
    }
    public func write(to url: URL) throws { try data().write(to: url, options: .atomic) }
}
