// TEMPORARY: the writer's API until it lands on main; deleted before merging.
import Foundation

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
    public func data() throws -> Data { Data() }
    public func write(to url: URL) throws { try data().write(to: url, options: .atomic) }
}
