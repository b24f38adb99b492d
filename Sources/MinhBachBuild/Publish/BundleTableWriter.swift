import Foundation
import MinhBachData
import ZIPFoundation

/// One table of the data bundle, written as CSV, as JSON and as a sheet of
/// the workbook in one pass over its rows, a thousand at a time. The
/// national observations are 603,060 rows: made whole, the table was
/// 140 MB of the build's peak, and the CSV and JSON were each made twice
/// (once to count their size, which the archive needs first). Now the two
/// files go to temporary files (39 and 100 MB there, not in memory) and
/// are compressed from there.
struct BundleTableWriter {
    let name: String
    let columns: [String]
    let rows: OpenDataRows

    static let rowsAtOnce = 1_000

    /// Writes `csv/<name>.csv` and `json/<name>.json` under `folder` in the
    /// archive, and the sheet `name` in the workbook.
    func write(to archive: Archive, folder: String, workbook: inout XLSXWorkbookBuilder, date: Date) throws {
        let csv = try ScratchFile(), json = try ScratchFile()
        try csv.append { CSVWriter.header(columns, into: &$0) }
        try json.append { $0.append(contentsOf: (rows.count == 0 ? "[]\n" : "[").utf8) }
        let keys = JSONWriter.recordKeys(columns)
        var block = rows.rows(0..<min(Self.rowsAtOnce, rows.count))
        let firstCells = block.map { $0.map(OpenDataWorkbook.cell) }
        try workbook.addSheet(name, columns: OpenDataWorkbook.columns(columns, firstRows: block), rowCount: rows.count,
                              firstRows: firstCells) { sheet in
            var start = 0
            while !block.isEmpty {
                try csv.append { out in
                    for row in block { CSVWriter.row(row, into: &out) }
                }
                try json.append { out in
                    for (offset, row) in block.enumerated() {
                        JSONWriter.record(row, keys: keys, isFirst: start + offset == 0, into: &out, depth: 0)
                    }
                }
                for row in block { try sheet.append(row.map(OpenDataWorkbook.cell)) }
                start += block.count
                block = rows.rows(start..<min(start + Self.rowsAtOnce, rows.count))
            }
        }
        if rows.count > 0 { try json.append { JSONWriter.recordsEnd(into: &$0) } }
        try Self.add(folder + "csv/\(name).csv", csv, to: archive, date: date)
        try Self.add(folder + "json/\(name).json", json, to: archive, date: date)
    }

    private static func add(_ path: String, _ file: ScratchFile, to archive: Archive, date: Date) throws {
        try file.flush()
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(file.size), modificationDate: date,
                             compressionMethod: .deflate, bufferSize: 1 << 20) { position, count in
            try file.read(at: Int(position), count: count)
        }
    }
}
