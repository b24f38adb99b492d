import FuzzSupport
@testable import MinhBachData
import MinhBachDiagnostics

/// A CSV table read as the data loader reads it: the header, then the rows,
/// each decoded as a few kinds of record. Every row and every problem must
/// be located inside the file, on the line where it starts; reading in
/// parallel chunks must give what reading in one piece gives.
func fuzzCSV(_ input: UnsafeRawBufferPointer) {
    let path = "content/data/areas.csv"
    let table = CSVTable(path: path, data: Array(input))
    let lines = TextLines(String(decoding: table.data, as: UTF8.self), path: path)
    // Invalid UTF-8 is located by TextFile, which ends a line at a lone CR as
    // editors do; the CSV parser ends lines at LF and CRLF only (RFC 4180).
    // Problems in a file with a lone CR, which old Mac exports have, are not
    // checked against the lines.
    let linesAgree = !zip(table.data, table.data.dropFirst() + [0]).contains { $0 == 0x0D && $1 != 0x0A }
    let header: CSVTable.Header
    switch table.readHeader() {
    case .failure(let diagnostic):
        if linesAgree { lines.requireInside(diagnostic) }
        return
    case .success(let value):
        header = value
    }
    for (name, location) in header.table.locations {
        lines.requireInside(location, "the column '\(name)'")
    }
    let decoded = Problems()
    let whole = read(table, header, table.chunks(after: header, maximum: 1), decoded: decoded)
    for problem in whole.problems + decoded.items where linesAgree {
        lines.requireInside(problem)
    }
    var previousLine = 1
    for row in whole.rows {
        require(row.line > previousLine, "the row on line \(row.line) follows one on line \(previousLine)")
        previousLine = row.line
        let line = lineCount(table.data.prefix(row.start))
        require(row.line == line, "the row that starts on line \(line) is said to start on line \(row.line)")
        for (name, location) in zip(header.names, row.locations) {
            lines.requireInside(location, "the field '\(name)' of the row on line \(row.line)")
        }
    }
    let chunks = table.chunks(after: header, maximum: 3, minimumSize: 0)
    if whole.problems.isEmpty, chunks.count > 1 {
        let parallel = read(table, header, chunks, decoded: Problems())
        require(parallel.problems.isEmpty, "only the chunked reading found \(parallel.problems.map(\.formatted))")
        require(parallel.rows == whole.rows, "reading in \(chunks.count) chunks gave other rows")
    }
}

private struct Row: Equatable {
    var line: Int
    /// The byte offset where the record starts.
    var start: Int
    var texts: [String?]
    var locations: [SourceLocation]
}

/// Reads the rows of `chunks`; what decoding them as records finds goes to `decoded`.
private func read(_ table: CSVTable, _ header: CSVTable.Header, _ chunks: [CSVTable.Chunk],
                  decoded: Problems) -> (rows: [Row], problems: [Diagnostic]) {
    let problems = Problems()
    var rows: [Row] = []
    for chunk in chunks {
        table.readRows(chunk, header: header, problems: problems) { row in
            rows.append(Row(line: row.line, start: row.start, texts: header.names.map(row.text),
                            locations: header.names.map(row.location)))
            decode(row, decoded)
        }
    }
    return (rows, problems.items)
}

/// Decodes the row as records of a few tables, for their number, date, year
/// and identifier parsing; with no other table loaded, references fail.
private func decode(_ row: CSVRow, _ problems: Problems) {
    let registry = Registry()
    var area = RecordReader(row: row, problems: problems)
    _ = Area.decode(&area, registry)
    var observation = RecordReader(row: row, problems: problems)
    _ = Observation.decode(&observation, registry)
    var document = RecordReader(row: row, problems: problems)
    _ = Document.decode(&document, registry)
    var task = RecordReader(row: row, problems: problems)
    _ = PlanTask.decode(&task, registry)
}
