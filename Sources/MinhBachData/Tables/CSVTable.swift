import Foundation
import MinhBachContent
import MinhBachDiagnostics

/// Reads a CSV file row by row, handing each row to a decoder as a
/// `DataRow`. Nothing of the file is kept but the bytes while it is read.
struct CSVTable {
    let path: String
    let data: [UInt8]

    init(path: String, data: [UInt8]) {
        self.path = path
        // A byte-order mark (Excel's "CSV UTF-8") is not part of the header.
        self.data = data.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(data.dropFirst(3)) : data
    }

    /// Calls `header` once, then `row` for each record. Returns the problems
    /// that stop the file from being read (bad quoting, invalid UTF-8).
    func read(header: (TableHeader) -> Void, row: (DataRow) -> Void) -> [Diagnostic] {
        if let problem = firstInvalidUTF8() { return [problem] }
        return data.withUnsafeBufferPointer { bytes -> [Diagnostic] in
            let parser = CSVParser(bytes: bytes, separator: CSVParser.detectSeparator(bytes))
            var columns: [String: Int] = [:]
            var sawHeader = false
            var problems: [Diagnostic] = []
            do {
                try parser.forEachRow { line, start, fields in
                    if !sawHeader {
                        sawHeader = true
                        var names: [String] = []
                        var locations: [String: SourceLocation] = [:]
                        for (index, field) in fields.enumerated() {
                            let name = parser.text(field).lowercased()
                            names.append(name)
                            if columns[name] != nil {
                                problems.append(.error(at: location(parser, line, field), "column '\(name)' appears twice in the header",
                                                       hint: "rename or delete one of the two columns"))
                            }
                            columns[name] = index
                            locations[name] = location(parser, line, field)
                        }
                        header(TableHeader(columns: names, locations: locations))
                        return
                    }
                    if fields.count > columns.count {
                        problems.append(.error(at: location(parser, line, fields[columns.count]),
                                               "the row has \(fields.count) fields but the header has \(columns.count) columns",
                                               hint: "a value that contains a comma must be in double quotes"))
                    }
                    row(CSVRow(parser: parser, path: path, line: line, fields: fields, columns: columns))
                }
            } catch let problem as CSVParser.Problem {
                switch problem {
                case .unterminatedQuote(let line, let column):
                    problems.append(.error(at: SourceLocation(path: path, line: line, column: column),
                                           "a quoted field is never closed", hint: "add the closing double quote"))
                case .textAfterQuote(let line, let column):
                    problems.append(.error(at: SourceLocation(path: path, line: line, column: column),
                                           "text after the closing quote of a field",
                                           hint: "a quote inside a quoted field is written twice: \"\""))
                }
            } catch {
                problems.append(.error(at: SourceLocation(path: path), "cannot read the CSV: \(error)"))
            }
            if !sawHeader {
                problems.append(.error(at: SourceLocation(path: path, line: 1), "the file is empty",
                                       hint: "the first line must name the columns"))
            }
            return problems
        }
    }

    private func location(_ parser: CSVParser, _ line: Int, _ field: CSVParser.Field) -> SourceLocation {
        let fieldStart = field.quoted ? field.start - 1 : field.start
        let lineStart = parser.lineStart(before: fieldStart)
        return SourceLocation(path: path, line: line, column: parser.column(of: fieldStart, lineStart: lineStart))
    }

    private func firstInvalidUTF8() -> Diagnostic? {
        guard String(validating: data, as: UTF8.self) == nil else { return nil }
        switch TextFile.decode(Data(data), displayPath: path) {
        case .failure(let diagnostic): return diagnostic
        case .success: return nil
        }
    }
}

/// A CSV record: fields are byte ranges in the file until asked for.
struct CSVRow: DataRow {
    let parser: CSVParser
    let path: String
    let line: Int
    let fields: [CSVParser.Field]
    let columns: [String: Int]

    private func field(_ column: String) -> CSVParser.Field? {
        guard let index = columns[column], index < fields.count else { return nil }
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
        guard let field = field(column) else { return SourceLocation(path: path, line: line) }
        let start = field.quoted ? field.start - 1 : field.start
        // A quoted field may follow line breaks inside earlier fields: count them.
        let lineStart = parser.lineStart(before: start)
        var fieldLine = line
        for field in fields where field.start < start {
            fieldLine += parser.bytes[field.start..<field.end].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        }
        return SourceLocation(path: path, line: fieldLine, column: parser.column(of: start, lineStart: lineStart))
    }
}
