import Foundation
import MinhBachContent
import MinhBachDiagnostics

/// A table as its file writes it: the columns in the file's order and each
/// row's cells as text, read by the table readers the data loader uses but
/// not decoded into records, so nothing is normalised away (a code keeps
/// the zeros it is written with, a date its spelling). A YAML or JSON list
/// is joined with ';', as a CSV file writes it.
struct WrittenTable {
    /// Column names in lower case, as the file's header (or the first
    /// records of a YAML file) names them.
    var columns: [String] = []
    /// Each row's cells, one per column; nil for an empty cell. (Arrays,
    /// not dictionaries: a national observations table has 600,000 rows.)
    var rows: [[String?]] = []
    /// What kept the file, or some of its rows, from being read.
    var problems: [Diagnostic] = []

    /// `known` is every column the table may have: a sheet's header row is
    /// the first row naming one of them.
    static func read(_ file: TableFile, known: [String]) -> WrittenTable {
        var file = file
        // A workbook's bytes are read once, by its reader.
        if file.format == .xlsx, file.workbook == nil { file.workbook = WorkbookFile(url: file.url) }
        return read(file, known: known, merged: nil)
    }

    /// `merged`: a sheet's merged ranges, when it is read again knowing
    /// them (`XLSXTable.Outcome.readAgain`).
    private static func read(_ file: TableFile, known: [String], merged: MergedCells?) -> WrittenTable {
        var table = WrittenTable()
        let data: Data
        switch file.contents() {
        case .success(let contents): data = contents
        case .failure(let problem):
            table.problems = [problem]
            return table
        }
        let onHeader: (TableHeader) -> Void = { table.columns = $0.columns }
        func onRow(_ row: some DataRow) { table.rows.append(table.columns.map(row.text)) }
        switch file.format {
        case .csv, .tsv:
            let csv = CSVTable(path: file.displayPath, data: [UInt8](data), tabSeparated: file.format == .tsv)
            switch csv.readHeader() {
            case .failure(let problem): table.problems = [problem]
            case .success(let header):
                onHeader(header.table)
                let problems = Problems()
                for chunk in csv.chunks(after: header, maximum: 1) {
                    csv.readRows(chunk, header: header, problems: problems) { onRow($0) }
                }
                table.problems = problems.all
            }
        case .yaml:
            switch TextFile.decode(data, displayPath: file.displayPath, encodingSettable: true) {
            case .failure(let problem): table.problems = [problem]
            case .success(let text):
                table.problems = YAMLTable(path: file.displayPath, text: text).read(header: onHeader, row: { onRow($0) })
            }
        case .xlsx:
            let sheet = XLSXTable(path: file.displayPath, sheet: file.sheet ?? .namedOrFirst(""), columns: known)
            // A row with an unreadable cell keeps the cells that can be read;
            // the problem is reported.
            switch sheet.read(file.workbook!, merged: merged, header: onHeader, row: { onRow($0) }, rejected: { onRow($0) }) {
            case .read(let problems): table.problems = problems
            case .unreadable(let problems): return WrittenTable(problems: problems)
            case .readAgain(let ranges): return read(file, known: known, merged: ranges)
            }
        }
        return table
    }
}
