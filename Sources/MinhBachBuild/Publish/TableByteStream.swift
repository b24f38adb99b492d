import Foundation

/// The bytes of a table's file in the data bundle — `JSONWriter.recordBytes`
/// or `CSVWriter.bytes` — made a thousand rows at a time for a reader that
/// takes them in order: the bundle's compressor. The national observations
/// are 100 MB of JSON and 39 MB of CSV; holding them whole while they were
/// compressed was the national build's peak. The size, which the archive
/// needs first, is counted by making the rows once without keeping them.
final class TableByteStream {
    enum Format {
        case jsonRecords, csv
    }

    private let table: DataTable
    private let format: Format
    private let keys: [[UInt8]]
    /// How many bytes the file is.
    private(set) var size = 0
    /// Bytes made and not yet read past; `bufferStart` is the position of the first.
    private var buffer: [UInt8] = []
    private var bufferStart = 0
    /// The next row to write (-1 before the start), `table.rows.count` for the end, past it when done.
    private var nextRow = -1

    private static let rowsAtOnce = 1_000

    init(_ table: DataTable, as format: Format) {
        self.table = table
        self.format = format
        keys = format == .jsonRecords ? JSONWriter.recordKeys(table) : []
        while appendNext() {
            size += buffer.count
            buffer.removeAll(keepingCapacity: true)
        }
        nextRow = -1
    }

    /// `count` bytes from `position` (fewer at the end). Reading from before
    /// the bytes kept starts the rows again.
    func chunk(at position: Int, count: Int) -> Data {
        if position < bufferStart {
            (buffer, bufferStart, nextRow) = ([], 0, -1)
        }
        while bufferStart + buffer.count < position + count, appendNext() {}
        // What was read is let go once it is a megabyte.
        let consumed = position - bufferStart
        if consumed >= 1 << 20 {
            buffer.removeFirst(consumed)
            bufferStart = position
        }
        let from = position - bufferStart
        let to = min(from + count, buffer.count)
        return from < to ? Data(buffer[from..<to]) : Data()
    }

    /// Adds the start, a thousand rows, or the end; false when all is made.
    private func appendNext() -> Bool {
        let rows = table.rows.count
        if nextRow < 0 {
            switch format {
            case .jsonRecords: buffer.append(contentsOf: (rows == 0 ? "[]\n" : "[").utf8)
            case .csv: CSVWriter.header(table, into: &buffer)
            }
            nextRow = 0
            return true
        }
        if nextRow < rows {
            let end = min(nextRow + Self.rowsAtOnce, rows)
            for offset in nextRow..<end {
                switch format {
                case .jsonRecords: JSONWriter.record(table, offset, keys: keys, into: &buffer, depth: 0)
                case .csv: CSVWriter.row(table.rows[offset], into: &buffer)
                }
            }
            nextRow = end
            return true
        }
        guard nextRow == rows else { return false }
        nextRow += 1
        switch format {
        case .jsonRecords where rows > 0: JSONWriter.recordsEnd(into: &buffer)
        case .jsonRecords, .csv: return false
        }
        return true
    }
}
