import Foundation
import MinhBachText

/// XML bytes written to a file a megabyte at a time, so that a sheet of
/// 600,000 rows is never held whole in memory. Appends bytes, not
/// strings: a national sheet has millions of cells, and building a
/// `String` for each took most of the writing time.
struct XMLChunks {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
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
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= Self.flushAt { try flush() }
    }

    mutating func append(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
    }

    /// Markup written in the source: its bytes, without a String or an array.
    mutating func append(markup text: StaticString) {
        text.withUTF8Buffer { buffer.append(contentsOf: $0) }
    }

    /// A number that is not whole, as Swift describes it (`0.5`, `1e-07`).
    mutating func append(number: Double) {
        var text = "\(number)"
        text.withUTF8 { buffer.append(contentsOf: $0) }
    }

    /// A whole number's decimal digits.
    mutating func append(_ number: Int) {
        var value = number
        if value < 0 {
            buffer.append(UInt8(ascii: "-"))
            value = -value
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { space in
            repeat {
                space[count] = UInt8(48 + value % 10)
                value /= 10
                count += 1
            } while value > 0
            for index in stride(from: count - 1, through: 0, by: -1) { buffer.append(space[index]) }
        }
    }

    /// Text as element content or a quoted attribute value.
    mutating func appendEscaped(_ text: String) throws {
        try append(MarkupEscaping.escape(text, xml: true))
    }

    /// Flushes when the buffer is full; call between cells or rows.
    mutating func flushIfFull() throws {
        if buffer.count >= Self.flushAt { try flush() }
    }

    mutating func close() throws {
        try flush()
        try handle.close()
    }

    private mutating func flush() throws {
        size += Int64(buffer.count)
        try handle.write(contentsOf: buffer)
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
    static func looksLikeFormula(_ text: String) -> Bool {
        switch text.utf8.first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "\t"), UInt8(ascii: "\r"): return true
        default: return false
        }
    }
}
