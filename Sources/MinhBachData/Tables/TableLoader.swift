import MinhBachText
import Foundation
import MinhBachContent
import MinhBachDiagnostics
import MinhBachParallel

/// A table's file, found in `content/data/`.
struct TableFile: Sendable {
    /// `.tsv` files are read by the CSV reader, tab-separated.
    enum Format: Sendable {
        case csv, tsv, yaml, xlsx

        /// Read as text (with the site's declared encoding); a workbook is a ZIP archive.
        var isText: Bool {
            switch self {
            case .csv, .tsv, .yaml: return true
            case .xlsx: return false
            }
        }
    }
    var url: URL
    var displayPath: String
    var format: Format
    /// For a workbook: which of its sheets holds the table.
    var sheet: XLSXTable.SheetChoice?
    /// For a workbook: the file, read once for all the tables it holds.
    var workbook: WorkbookFile?
    /// As declared in site.yaml; UTF-8 unless the site says otherwise.
    var encoding: TextEncoding = .utf8

    /// The file, and for a workbook of several tables the table's sheet.
    func described(_ table: String) -> LocalizedText {
        switch sheet {
        case .named?: return .text(vi: "\(displayPath) (trang tính '\(table)')", en: "\(displayPath) (sheet '\(table)')")
        case .namedOrFirst?, nil: return .text(vi: displayPath, en: displayPath)
        }
    }
}

enum TableFiles {
    static let extensions: [String: TableFile.Format] = ["csv": .csv, "tsv": .tsv, "yaml": .yaml, "yml": .yaml, "json": .yaml]

    /// Spreadsheet formats: a table kept in one of them is not read, so the
    /// pages made from it would be missing.
    static let spreadsheetExtensions: Set<String> = ["xlsx", "xlsm", "xls", "ods", "numbers"]

    /// Finds each table's file; two files for one table is an error. A file
    /// that looks like a table but is not read (a misspelt name, a
    /// spreadsheet) is an error, since whatever it holds would be missing
    /// from the site; any other file (a note) is a warning.
    static func find(in folder: URL, displayFolder: String, tables: [String], folders: [String],
                     encodings: DataEncodings = DataEncodings()) -> ([String: TableFile], [Diagnostic]) {
        var found: [String: TableFile] = [:]
        var problems: [Diagnostic] = []
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        let links = SiteLinks(siteRoot: folder.deletingLastPathComponent().deletingLastPathComponent())
        // Editors' backups (`x~`) and the lock file Excel keeps beside an
        // open workbook (`~$ntm.xlsx`) are nobody's table.
        for name in names where !name.hasPrefix(".") && !name.hasSuffix("~") && !name.hasPrefix("~$") {
            let displayPath = "\(displayFolder)/\(name)"
            if folders.contains(name) { continue }
            if case .skip(let warning) = links.check(folder.appendingPathComponent(name), displayPath: displayPath) {
                problems.append(warning)
                continue
            }
            let dot = name.lastIndex(of: ".")
            let stem = dot.map { String(name[..<$0]) } ?? name
            let ext = dot.map { String(name[name.index(after: $0)...]).lowercased() } ?? ""
            if workbookExtensions.contains(ext) {
                let (sheets, notes) = workbookTables(folder.appendingPathComponent(name), stem: stem, displayPath: displayPath, tables: tables)
                problems += notes
                for (table, file) in sheets { add(table, file) }
                continue
            }
            guard let format = extensions[ext], tables.contains(stem) else {
                problems.append(notATable(name, stem: stem, ext: ext, displayPath: displayPath, tables: tables))
                continue
            }
            add(stem, TableFile(url: folder.appendingPathComponent(name), displayPath: displayPath, format: format,
                                encoding: encodings.encoding(of: name)))
        }
        func add(_ table: String, _ file: TableFile) {
            if let previous = found[table] {
                problems.append(Diagnostic(.data(.tableInTwoFiles), at: SourceLocation(path: file.displayPath), [
                    MessageArgument("table", table), MessageArgument("first", previous.described(table)),
                    MessageArgument("second", file.described(table))]))
                return
            }
            found[table] = file
        }
        return (found, problems)
    }
}

extension TableFiles {
    /// A file named in `data_encodings` that is no table's file: a typing
    /// mistake would otherwise leave the file unreadable with a message
    /// that tells to add the setting it already has.
    static func unknownEncodedFiles(_ encodings: DataEncodings, found: [String: TableFile], displayFolder: String) -> [Diagnostic] {
        let names = found.values.map(\.url.lastPathComponent)
        let siteYAML = (displayFolder as NSString).deletingLastPathComponent + "/site.yaml"
        return encodings.files.keys.sorted().filter { !names.contains($0) }.map { name -> Diagnostic in
            let named = [MessageArgument("name", name), MessageArgument("folder", displayFolder)]
            if let suggestion = Suggestions.closest(to: name, in: names) {
                return Diagnostic(.data(.encodedFileUnknownNear), at: SourceLocation(path: siteYAML), named + [MessageArgument("suggestion", suggestion)])
            }
            return Diagnostic(.data(.encodedFileUnknown), at: SourceLocation(path: siteYAML),
                              named + [MessageArgument("files", names.sorted().joined(separator: ", "))])
        }
    }

    static func notATable(_ name: String, stem: String, ext: String, displayPath: String, tables: [String]) -> Diagnostic {
        let location = SourceLocation(path: displayPath)
        if spreadsheetExtensions.contains(ext) {
            let target = tables.contains(stem) ? stem : (Suggestions.closest(to: stem, in: tables) ?? stem)
            let list = tables.joined(separator: ", ")
            return Diagnostic(.data(.spreadsheetNotXLSX), at: location, [
                MessageArgument("name", name), MessageArgument("target", target),
                MessageArgument("tables", tables.contains(target) ? .noText : .text(vi: "; các bảng là \(list)", en: "; tables are \(list)"))])
        }
        let isTableFormat = extensions[ext] != nil
        if let near = Suggestions.closest(to: stem, in: tables) {
            return Diagnostic(.data(isTableFormat ? .tableFileNotATableNear : .fileNotATableNear), at: location,
                              [MessageArgument("name", name), MessageArgument("suggestion", "\(near).\(isTableFormat ? ext : "csv")")])
        }
        return Diagnostic(.data(isTableFormat ? .tableFileNotATable : .fileNotATable), at: location,
                          [MessageArgument("name", name), MessageArgument("tables", tables.joined(separator: ", "))])
    }
}

struct TableResult<Record> {
    var records: [(record: Record, line: Int)] = []
    var path = ""
    var problems: [Diagnostic] = []
    /// The keys of rows rejected for their errors (see `TableRecord.keyColumn`).
    var rejectedKeys: Set<String> = []
}

/// Reads one table file and decodes its records. Columns the table does not
/// define are reported once; a CSV without a required column is reported
/// once instead of on every row.
struct TableLoader {
    let file: TableFile?

    func load<Record: TableRecord>(_ type: Record.Type, _ registry: Registry) -> TableResult<Record> {
        load(type, registry, merged: nil)
    }

    /// `merged`: a sheet's merged ranges, when it is read again knowing
    /// them (`XLSXTable.Outcome.readAgain`).
    private func load<Record: TableRecord>(_ type: Record.Type, _ registry: Registry, merged: MergedCells?) -> TableResult<Record> {
        let columns = Record.columns
        var result = TableResult<Record>()
        guard var file else { return result }
        // A workbook's bytes, sheets and shared strings are read once for
        // all the tables it holds; a file given alone gets its own.
        if file.format == .xlsx, file.workbook == nil { file.workbook = WorkbookFile(url: file.url) }
        result.path = file.displayPath
        let problems = Problems()
        var skipRows = false
        let onHeader: (TableHeader) -> Void = { header in
            for column in header.columns where !columns.all.contains(column) {
                let near = Suggestions.closest(to: column, in: columns.all)
                let at = header.locations[column] ?? SourceLocation(path: file.displayPath, line: 1)
                if let near {
                    problems.add(Diagnostic(.data(.unknownColumnNear), at: at, [MessageArgument("column", column), MessageArgument("suggestion", near)]))
                } else {
                    problems.add(Diagnostic(.data(.unknownColumn), at: at, [MessageArgument("column", column),
                                                                           MessageArgument("columns", columns.all.joined(separator: ", "))]))
                }
            }
            guard file.format != .yaml else { return }
            let missing = columns.required.filter { !header.columns.contains($0) }
            if !missing.isEmpty {
                let list = missing.map { "'\($0)'" }.joined(separator: ", ")
                // A sheet's header row may be below title rows.
                let at = header.locations.values.min() ?? SourceLocation(path: file.displayPath, line: 1, column: 1)
                let inSheet = file.format == .xlsx
                problems.add(Diagnostic(.data(inSheet ? .sheetWithoutColumns : .tableWithoutColumns),
                                        at: inSheet ? at : SourceLocation(path: file.displayPath, line: 1, column: 1),
                                        [MessageArgument("missing", list), MessageArgument("columns", columns.required.joined(separator: ","))]))
                skipRows = true
            }
        }
        func onRow(_ row: some DataRow) {
            guard !skipRows else { return }
            var reader = RecordReader(row: row, problems: problems)
            if let record = Record.decode(&reader, registry) {
                result.records.append((record, row.line))
            } else if let key = Record.keyColumn.flatMap(row.text) {
                result.rejectedKeys.insert(key)
            }
        }
        let data: Data
        switch file.contents() {
        case .success(let contents): data = contents
        case .failure(let problem):
            result.problems = [problem]
            return result
        }
        switch file.format {
        case .csv, .tsv:
            let table = CSVTable(path: file.displayPath, data: [UInt8](data), tabSeparated: file.format == .tsv)
            switch table.readHeader() {
            case .failure(let diagnostic): problems.add(diagnostic)
            case .success(let header):
                onHeader(header.table)
                guard !skipRows else { break }
                // Large files are read on every core, each chunk into its own
                // list; the lists are joined in file order.
                let chunks = table.chunks(after: header, maximum: ProcessInfo.processInfo.activeProcessorCount)
                let parts = parallelMap(chunks) { chunk -> (records: [(Record, Int)], problems: Problems, rejected: Set<String>) in
                    let chunkProblems = Problems()
                    var records: [(Record, Int)] = []
                    var rejected: Set<String> = []
                    table.readRows(chunk, header: header, problems: chunkProblems) { row in
                        var reader = RecordReader(row: row, problems: chunkProblems)
                        if let record = Record.decode(&reader, registry) {
                            records.append((record, row.line))
                        } else if let key = Record.keyColumn.flatMap(row.text) {
                            rejected.insert(key)
                        }
                    }
                    return (records, chunkProblems, rejected)
                }
                for part in parts {
                    result.records += part.records
                    problems.add(contentsOf: part.problems)
                    result.rejectedKeys.formUnion(part.rejected)
                }
            }
        case .yaml:
            switch TextFile.decode(data, displayPath: file.displayPath, encodingSettable: true) {
            case .failure(let diagnostic): problems.add(diagnostic)
            case .success(let text): problems.add(contentsOf: YAMLTable(path: file.displayPath, text: text).read(header: onHeader, row: onRow))
            }
        case .xlsx:
            let table = XLSXTable(path: file.displayPath, sheet: file.sheet ?? .namedOrFirst(""), columns: columns.all)
            let outcome = table.read(file.workbook!, merged: merged, header: onHeader, row: onRow) { row in
                if let key = Record.keyColumn.flatMap(row.text) { result.rejectedKeys.insert(key) }
            }
            switch outcome {
            case .read(let diagnostics): problems.add(contentsOf: diagnostics)
            case .unreadable(let diagnostics):
                // A damaged workbook is that problem, not the rows read before the damage was found.
                return TableResult(path: file.displayPath, problems: diagnostics)
            case .readAgain(let ranges):
                return load(type, registry, merged: ranges)
            }
        }
        result.problems = problems.all
        return result
    }
}
