import Foundation
import MinhBachText

/// XML text written to a file a megabyte at a time, so that a sheet of
/// 600,000 rows is never held whole in memory.
struct XMLChunks {
    private let handle: FileHandle
    private var buffer = ""
    private(set) var size: Int64 = 0
    private static let flushAt = 1 << 20

    init(writingTo url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw XLSXWriterError.cannotWrite("cannot create \(url.path)")
        }
        handle = try FileHandle(forWritingTo: url)
        buffer.reserveCapacity(Self.flushAt + 4096)
    }

    mutating func append(_ text: String) throws {
        buffer += text
        if buffer.utf8.count >= Self.flushAt { try flush() }
    }

    /// Text as element content or a quoted attribute value.
    mutating func appendEscaped(_ text: String) throws {
        try append(MarkupEscaping.escape(text, xml: true))
    }

    mutating func close() throws {
        try flush()
        try handle.close()
    }

    private mutating func flush() throws {
        let bytes = Data(buffer.utf8)
        size += Int64(bytes.count)
        try handle.write(contentsOf: bytes)
        buffer.removeAll(keepingCapacity: true)
    }
}

enum XLSXText {
    static func escaped(_ text: String) -> String { MarkupEscaping.escape(text, xml: true) }

    /// A sheet name in a formula: always quoted, which every name allows.
    static func quotedSheet(_ name: String) -> String { "'" + name.replacingOccurrences(of: "'", with: "''") + "'" }

    /// Shortest text that reads back as the same number; whole numbers without `.0`.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// Characters that make a spreadsheet read typed text as a formula: a
    /// text cell starting with one is marked as text (Excel's quote prefix),
    /// as the CSV downloads put a `'` in front.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]
    static func looksLikeFormula(_ text: String) -> Bool { text.first.map(formulaStarts.contains) ?? false }
}
