import Foundation
import MinhBachContent
import MinhBachDiagnostics
import MinhBachParallel

/// Reads a CSV file: first its header, then its rows, in parallel chunks when
/// the file is large. Nothing of the file is kept but the bytes while it is read.
struct CSVTable: Sendable {
    let path: String
    let data: [UInt8]
    /// A `.tsv` file: tab-separated whenever its header has a tab.
    let tabSeparated: Bool

    init(path: String, data: [UInt8], tabSeparated: Bool = false) {
        self.path = path
        self.tabSeparated = tabSeparated
        // A byte-order mark (Excel's "CSV UTF-8") is not part of the header.
        var bytes = data.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(data.dropFirst(3)) : data
        // Lone CRs end lines in files from old Mac Excel ("CSV (Macintosh)"):
        // read as LF, one for one, so line numbers stay right.
        for index in bytes.indices where bytes[index] == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A) {
            bytes[index] = 0x0A
        }
        self.data = Self.precomposed(bytes)
    }

    /// Text in Unicode NFC, as TextFile reads every other file, so that a
    /// name typed with combining tone marks (NFD) matches the same name typed
    /// precomposed. The same quick check as TextFile's decides, on the
    /// bytes, so that 600,000 rows already composed are not decoded.
    static func precomposed(_ bytes: [UInt8]) -> [UInt8] {
        guard !bytes.withUnsafeBufferPointer(UnicodeNFC.isCertainlyNormalized(utf8:)),
              let text = String(validating: bytes, as: UTF8.self) else { return bytes }
        return Array(text.precomposedStringWithCanonicalMapping.utf8)
    }

    struct Header {
        var table: TableHeader
        var names: [String]
        var separator: UInt8
        /// Where the first record starts, and on which line: a quoted
        /// column name may hold a line break.
        var bodyStart: Int
        var bodyFirstLine: Int
    }

    /// More columns than any table has, or a column name longer than any
    /// line of text: what a file that lost its line breaks looks like.
    static let maxColumns = 200
    static let maxNameLength = 200

    func readHeader() -> Result<Header, Diagnostic> {
        data.withUnsafeBufferPointer { bytes in
            let separator = CSVParser.detectSeparator(bytes, tabSeparated: tabSeparated)
            // Checked on the bytes before the header is split: a header of
            // fifty million columns would take the splitting itself minutes.
            if let problem = headerShape(bytes, separator: separator) { return .failure(problem) }
            let parser = CSVParser(bytes: bytes, separator: separator)
            var header: Header?
            var duplicate: Diagnostic?
            do {
                try parser.forEachRow { line, rowStart, fields in
                    var names: [String] = []
                    var locations: [String: SourceLocation] = [:]
                    for field in fields {
                        let name = parser.text(field).lowercased()
                        let position = parser.position(of: field.quoted ? field.start - 1 : field.start, inRowAt: rowStart, line: line)
                        let at = SourceLocation(path: path, line: position.line, column: position.column)
                        if names.contains(name), duplicate == nil {
                            duplicate = Diagnostic(.data(.columnTwice), at: at, [MessageArgument("column", name)])
                        }
                        names.append(name)
                        locations[name] = locations[name] ?? at
                    }
                    let end = fields.last.map { $0.end + ($0.quoted ? 1 : 0) } ?? 0
                    var bodyStart = end
                    while bodyStart < bytes.count, bytes[bodyStart] == 0x0D || bytes[bodyStart] == 0x0A {
                        if bytes[bodyStart] == 0x0A { bodyStart += 1; break }
                        bodyStart += 1
                    }
                    let bodyFirstLine = line + bytes[rowStart..<bodyStart].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                    header = Header(table: TableHeader(columns: names, locations: locations), names: names,
                                    separator: separator, bodyStart: bodyStart, bodyFirstLine: bodyFirstLine)
                    return false
                }
            } catch {
                return .failure(self.diagnostic(error))
            }
            if let duplicate { return .failure(duplicate) }
            guard let header else {
                return .failure(Diagnostic(.data(.textTableEmpty), at: SourceLocation(path: path, line: 1)))
            }
            return .success(header)
        }
    }

    private func headerShape(_ bytes: UnsafeBufferPointer<UInt8>, separator: UInt8) -> Diagnostic? {
        var columns = 1, fieldStart = 0, longest = (start: 0, length: 0)
        var index = 0
        while index < bytes.count, bytes[index] != 0x0A {
            if bytes[index] == separator {
                columns += 1
                fieldStart = index + 1
            } else if index - fieldStart >= longest.length {
                longest = (fieldStart, index - fieldStart + 1)
            }
            index += 1
        }
        if columns > Self.maxColumns {
            return Diagnostic(.data(.textTableTooManyColumns), at: SourceLocation(path: path, line: 1, column: 1),
                              [MessageArgument("columns", String(columns)), MessageArgument("limit", String(Self.maxColumns))])
        }
        if longest.length > Self.maxNameLength {
            // Columns count characters, not bytes.
            let column = bytes[..<longest.start].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            return Diagnostic(.data(.textTableColumnNameTooLong), at: SourceLocation(path: path, line: 1, column: column),
                              [MessageArgument("length", String(longest.length)), MessageArgument("limit", String(Self.maxNameLength))])
        }
        return nil
    }

    /// A part of the body that starts at the beginning of a line.
    struct Chunk: Sendable {
        var start: Int
        var end: Int
        var firstLine: Int
    }

    /// Splits the body into pieces for the cores. Only files without any
    /// double quote are split: a quoted field may hold a line break, so a
    /// line break is a record boundary only when no quotes are around.
    /// Below `minimumSize` bytes one core is faster than handing out work;
    /// the fuzz target lowers it to split small inputs too.
    func chunks(after header: Header, maximum: Int, minimumSize: Int = 1 << 20) -> [Chunk] {
        let bodyStart = header.bodyStart
        let size = data.count - bodyStart
        guard maximum > 1, size > minimumSize, !data.withUnsafeBufferPointer({ memchr($0.baseAddress! + bodyStart, 0x22, size) != nil }) else {
            return [Chunk(start: bodyStart, end: data.count, firstLine: header.bodyFirstLine)]
        }
        return data.withUnsafeBufferPointer { bytes in
            var chunks: [Chunk] = []
            var start = bodyStart
            var line = header.bodyFirstLine
            for part in 1...maximum {
                var end = part == maximum ? bytes.count : bodyStart + size * part / maximum
                while end < bytes.count, bytes[end - 1] != 0x0A { end += 1 }
                guard end > start else { continue }
                chunks.append(Chunk(start: start, end: end, firstLine: line))
                var index = start
                while index < end {
                    guard let found = memchr(bytes.baseAddress! + index, 0x0A, end - index) else { break }
                    line += 1
                    index = bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                }
                start = end
            }
            return chunks
        }
    }

    /// Reads the rows of one chunk. Problems that stop the chunk (invalid
    /// UTF-8, a broken quote) are added to `problems`.
    func readRows(_ chunk: Chunk, header: Header, problems: Problems, row: (CSVRow) -> Void) {
        data.withUnsafeBufferPointer { bytes in
            let piece = UnsafeBufferPointer(rebasing: bytes[chunk.start..<chunk.end])
            if String(validating: piece, as: UTF8.self) == nil {
                switch TextFile.decode(Data(bytes), displayPath: path, encodingSettable: true) {
                case .failure(let diagnostic): problems.add(diagnostic)
                case .success: problems.add(Diagnostic(.data(.textTableNotUTF8), at: SourceLocation(path: path)))
                }
                return
            }
            let parser = CSVParser(bytes: bytes, separator: header.separator)
            let context = CSVRow.Context(parser: parser, path: path, names: header.names)
            let columnCount = header.names.count
            defer { withExtendedLifetime(context) {} }
            do {
                try parser.forEachRow(from: chunk.start, to: chunk.end, firstLine: chunk.firstLine) { line, rowStart, fields in
                    if fields.count > columnCount {
                        let extra = fields[columnCount]
                        let position = parser.position(of: extra.start, inRowAt: rowStart, line: line)
                        problems.add(Diagnostic(.data(.textTableTooManyFields), at: SourceLocation(path: path, line: position.line, column: position.column),
                                                [MessageArgument("fields", String(fields.count)), MessageArgument("columns", String(columnCount)),
                                                 MessageArgument("separator", Self.separatorName(header.separator))]))
                        // Its values are shifted: reading them would only add misleading errors.
                        return true
                    }
                    fields.withUnsafeBufferPointer { fields in
                        row(CSVRow(context: context, line: line, start: rowStart, fields: fields))
                    }
                    return true
                }
            } catch {
                problems.add(diagnostic(error))
            }
        }
    }

    static func separatorName(_ separator: UInt8) -> LocalizedText {
        switch separator {
        case 0x09: return LocalizedText(vi: "dấu tab", en: "a tab")
        case UInt8(ascii: ";"): return LocalizedText(vi: "dấu chấm phẩy", en: "a semicolon")
        default: return LocalizedText(vi: "dấu phẩy", en: "a comma")
        }
    }

    private func diagnostic(_ error: Error) -> Diagnostic {
        switch error as? CSVParser.Problem {
        case .unterminatedQuote(let line, let column):
            return Diagnostic(.data(.quoteNeverClosed), at: SourceLocation(path: path, line: line, column: column))
        case .quoteClosedOnLaterLine(let line, let column, let closingLine):
            return Diagnostic(.data(.quoteClosedOnLaterLine), at: SourceLocation(path: path, line: line, column: column),
                              [MessageArgument("line", String(closingLine))])
        case .textAfterQuote(let line, let column):
            return Diagnostic(.data(.textAfterQuote), at: SourceLocation(path: path, line: line, column: column))
        case nil:
            return Diagnostic(.data(.fileUnreadable), at: SourceLocation(path: path), [MessageArgument("detail", "\(error)")])
        }
    }
}

/// A CSV record: fields are byte ranges in the file until asked for.
struct CSVRow: DataRow {
    /// What all rows of a file share. Rows hold it without retaining it:
    /// a row lives only inside the parser's callback, while the file is read.
    final class Context {
        let parser: CSVParser
        let path: String
        /// Column names in file order. Tables have a handful of columns, so
        /// a linear search is cheaper than hashing the name for every field.
        let names: [String]

        init(parser: CSVParser, path: String, names: [String]) {
            self.parser = parser
            self.path = path
            self.names = names
        }
    }

    unowned(unsafe) let context: Context
    let line: Int
    /// The byte offset where the record starts.
    let start: Int
    let fields: UnsafeBufferPointer<CSVParser.Field>

    private var parser: CSVParser { context.parser }

    private func field(_ column: String) -> CSVParser.Field? {
        guard let index = context.names.firstIndex(of: column), index < fields.count else { return nil }
        return fields[index]
    }

    func text(_ column: String) -> String? {
        guard let field = field(column), !parser.isEmpty(field) else { return nil }
        return parser.text(field)
    }

    func list(_ column: String) -> [String]? {
        text(column).map { $0.splitList() }
    }

    func location(_ column: String) -> SourceLocation {
        guard let field = field(column) else { return SourceLocation(path: context.path, line: line) }
        let position = parser.position(of: field.quoted ? field.start - 1 : field.start, inRowAt: start, line: line)
        return SourceLocation(path: context.path, line: position.line, column: position.column)
    }
}
