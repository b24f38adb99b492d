/// A CSV parser over bytes (RFC 4180: quoted fields with `""`, commas and
/// line breaks inside quotes; CRLF or LF line ends).
///
/// Written here rather than taken from SwiftCSV or CSV.swift: those build a
/// `String` for every cell and do not say on which line a row starts, and the
/// national data set has 600,000 rows that must load in well under a second
/// with every error located by line and column. This parser hands out rows
/// as byte ranges; callers turn only the fields they need into values.
struct CSVParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let separator: UInt8

    /// A field: byte offsets into the buffer, and whether it was quoted (and
    /// so may contain `""` to unescape).
    struct Field {
        var start: Int
        var end: Int
        var quoted: Bool
    }

    enum Problem: Error, Equatable {
        /// A quote opened on `line` is never closed.
        case unterminatedQuote(line: Int, column: Int)
        /// Text after a closing quote, e.g. `"abc"def`.
        case textAfterQuote(line: Int, column: Int)
        /// A quote opened on `line` and "closed" by a quote on a later line
        /// that has text after it: almost always a quote left open, so the
        /// field swallowed the next lines up to another row's quoted field.
        case quoteClosedOnLaterLine(line: Int, column: Int, closingLine: Int)
    }

    init(bytes: UnsafeBufferPointer<UInt8>, separator: UInt8 = UInt8(ascii: ",")) {
        self.bytes = bytes
        self.separator = separator
    }

    /// Picks the separator from the header line: `;` when it has semicolons
    /// and no commas, as Excel writes CSV under Vietnamese regional settings
    /// (comma is the decimal mark); a tab when it has tabs and neither, as
    /// Excel's "Text (Tab delimited)" and a copy from a sheet give; else a
    /// comma. A `.tsv` file (`tabSeparated`) is read tab-separated whenever
    /// its header has a tab.
    static func detectSeparator(_ bytes: UnsafeBufferPointer<UInt8>, tabSeparated: Bool = false) -> UInt8 {
        var commas = 0, semicolons = 0, tabs = 0
        for byte in bytes {
            if byte == 0x0A { break }
            if byte == UInt8(ascii: ",") { commas += 1 }
            if byte == UInt8(ascii: ";") { semicolons += 1 }
            if byte == 0x09 { tabs += 1 }
        }
        if tabs > 0 && (tabSeparated || (commas == 0 && semicolons == 0)) { return 0x09 }
        return semicolons > 0 && commas == 0 ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    /// Calls `row` for each record between `offset` and `limit` with its first
    /// line number, the byte offset where the record starts, and its fields,
    /// until `row` returns false. Blank lines are skipped. The fields array is
    /// reused between calls: copy what you keep.
    func forEachRow(from offset: Int = 0, to limit: Int? = nil, firstLine: Int = 1,
                    _ row: (_ line: Int, _ start: Int, _ fields: [Field]) throws -> Bool) throws {
        var fields: [Field] = []
        fields.reserveCapacity(16)
        var index = offset
        var line = firstLine
        let count = limit ?? bytes.count
        let quote = UInt8(ascii: "\""), newline: UInt8 = 0x0A, carriageReturn: UInt8 = 0x0D
        while index < count {
            let rowLine = line
            let rowStart = index
            fields.removeAll(keepingCapacity: true)
            var atRowEnd = false
            while !atRowEnd {
                if index < count, bytes[index] == quote {
                    let fieldStart = index + 1
                    let quoteLine = line
                    var cursor = fieldStart
                    var closed = false
                    while cursor < count {
                        let byte = bytes[cursor]
                        if byte == quote {
                            if cursor + 1 < count, bytes[cursor + 1] == quote {
                                cursor += 2
                                continue
                            }
                            closed = true
                            break
                        }
                        if byte == newline { line += 1 }
                        cursor += 1
                    }
                    guard closed else {
                        throw Problem.unterminatedQuote(line: quoteLine, column: column(of: index, lineStart: lineStart(before: index)))
                    }
                    fields.append(Field(start: fieldStart, end: cursor, quoted: true))
                    index = cursor + 1
                    // A CR ends the line only before an LF, as after an
                    // unquoted field: a lone CR would end the record without
                    // a line break that an editor or the line count sees.
                    let endsLine = index == count || bytes[index] == newline
                        || (bytes[index] == carriageReturn && (index + 1 == count || bytes[index + 1] == newline))
                    if !endsLine, bytes[index] != separator {
                        if line > quoteLine {
                            let opening = fieldStart - 1
                            throw Problem.quoteClosedOnLaterLine(line: quoteLine, column: column(of: opening, lineStart: lineStart(before: opening)),
                                                                 closingLine: line)
                        }
                        throw Problem.textAfterQuote(line: line, column: column(of: index, lineStart: lineStart(before: index)))
                    }
                } else {
                    let fieldStart = index
                    while index < count, bytes[index] != separator, bytes[index] != newline { index += 1 }
                    var fieldEnd = index
                    if fieldEnd > fieldStart, bytes[fieldEnd - 1] == carriageReturn { fieldEnd -= 1 }
                    fields.append(Field(start: fieldStart, end: fieldEnd, quoted: false))
                }
                if index < count, bytes[index] == separator {
                    index += 1
                } else {
                    if index < count, bytes[index] == carriageReturn { index += 1 }
                    if index < count, bytes[index] == newline { index += 1 }
                    line += 1
                    atRowEnd = true
                }
            }
            let blank = fields.count == 1 && !fields[0].quoted && fields[0].start == fields[0].end
            if !blank, try !row(rowLine, rowStart, fields) { return }
        }
    }

    /// The text of a field, with `""` unescaped and surrounding spaces trimmed.
    func text(_ field: Field) -> String {
        var start = field.start, end = field.end
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let raw = String(decoding: slice, as: UTF8.self)
        return field.quoted && raw.contains("\"\"") ? raw.replacingOccurrences(of: "\"\"", with: "\"") : raw
    }

    func isEmpty(_ field: Field) -> Bool {
        var index = field.start
        while index < field.end {
            if bytes[index] != 0x20 && bytes[index] != 0x09 { return false }
            index += 1
        }
        return true
    }

    /// The line and column of `offset` in the record that starts at byte
    /// `rowStart` on `line`: a quoted field before it may hold line breaks,
    /// so it can be on a later line than the record's first.
    func position(of offset: Int, inRowAt rowStart: Int, line: Int) -> (line: Int, column: Int) {
        var lineOfOffset = line
        for index in rowStart..<offset where bytes[index] == 0x0A { lineOfOffset += 1 }
        return (lineOfOffset, column(of: offset, lineStart: lineStart(before: offset)))
    }

    /// Where the line holding `offset` starts.
    func lineStart(before offset: Int) -> Int {
        var index = min(offset, bytes.count)
        while index > 0, bytes[index - 1] != 0x0A { index -= 1 }
        return index
    }

    /// The 1-based column, in characters, of a byte offset on its line.
    func column(of offset: Int, lineStart: Int) -> Int {
        var characters = 0
        var index = lineStart
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { characters += 1 }   // skip UTF-8 continuation bytes
            index += 1
        }
        return characters + 1
    }
}

import Foundation
