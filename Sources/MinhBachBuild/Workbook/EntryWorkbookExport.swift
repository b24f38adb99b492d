import Foundation
import MinhBachData
import MinhBachDiagnostics

/// `minhbach workbook`: the site's tables written as one data-entry
/// workbook. The workbook holds the files as they are, even when their data
/// has errors (an office fixes its data in Excel); the errors are counted
/// so the command can say so. A file that cannot be read as a table stops
/// it instead, since the workbook would miss what the file holds.
public struct EntryWorkbookExport: Sendable {
    /// The site folder, holding `content/data/`.
    public var source: URL
    /// How paths start in messages (`example/` for `--source example`).
    public var displayPrefix: String

    /// The name the workbook is given by default (`du-lieu.xlsx`).
    public static let fileName = EntryWorkbook.fileName

    public init(source: URL, displayPrefix: String = "") {
        self.source = source
        self.displayPrefix = displayPrefix
    }

    public struct Summary: Sendable {
        public var sheets: Int
        public var rows: Int
        /// The files the workbook replaces, as messages name them.
        public var sources: [String]
        /// The errors and warnings of the data as it is (`minhbach check` lists them).
        public var errors: Int
        public var warnings: Int
    }

    public enum Problem: Error, Sendable {
        /// The output file exists and `force` was not given.
        case outputExists(String)
        /// The site has no `content/data/` folder.
        case noDataFolder(String)
        /// Some table files could not be read: the workbook would miss their data.
        case unreadable([Diagnostic])
        case cannotWrite(String, String)
        /// `--replace`: the workbook, read back, does not give this table
        /// as many records as its file does; nothing was changed.
        case notTheSameData(String)
    }

    var dataFolder: URL { source.appendingPathComponent("content/data") }
    var displayDataFolder: String { displayPrefix + "content/data" }

    public func write(to output: URL, displayOutput: String, force: Bool) -> Result<Summary, Problem> {
        if let missing = missingDataFolder { return .failure(missing) }
        if !force, FileManager.default.fileExists(atPath: output.path) { return .failure(.outputExists(displayOutput)) }
        let made: Made
        switch make(displayOutput: displayOutput) {
        case .success(let workbook): made = workbook
        case .failure(let problem): return .failure(problem)
        }
        do {
            try made.bytes.write(to: output, options: .atomic)
        } catch {
            return .failure(.cannotWrite(displayOutput, error.localizedDescription))
        }
        return .success(made.summary)
    }

    var missingDataFolder: Problem? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dataFolder.path, isDirectory: &isFolder), isFolder.boolValue else {
            return .noDataFolder(displayDataFolder)
        }
        return nil
    }

    /// A workbook made, not yet written.
    struct Made {
        var bytes: Data
        var summary: Summary
        /// Records per table as the files give them (heritage aside).
        var counts: [String: Int]
    }

    func make(displayOutput: String) -> Result<Made, Problem> {
        // The data is checked as it is, before any workbook is written: one
        // written into content/data/ would add a second file for every table.
        let (data, problems) = DataLoader(folder: dataFolder, displayFolder: displayDataFolder).load()
        let counts = Self.tableCounts(data)
        let reading: EntryWorkbook.Reading
        let bytes: Data
        do {
            var builder = try XLSXWorkbookBuilder()
            reading = try EntryWorkbook.read(folder: dataFolder, displayFolder: displayDataFolder) { sheet in
                builder.declare(sheet: sheet.name, headers: sheet.columns.map(\.header))
                try builder.add(sheet)
            }
            let unreadable = reading.readProblems.filter { $0.severity == .error }
            guard unreadable.isEmpty else { return .failure(.unreadable(unreadable)) }
            bytes = try builder.finish()
        } catch {
            return .failure(.cannotWrite(displayOutput, "\(error)"))
        }
        let summary = Summary(sheets: EntryTables.all.count, rows: reading.rows, sources: reading.sources,
                              errors: problems.filter { $0.severity == .error }.count,
                              warnings: problems.filter { $0.severity == .warning }.count)
        return .success(Made(bytes: bytes, summary: summary, counts: counts))
    }

    /// Records per table, heritage aside (the workbook does not hold it).
    static func tableCounts(_ data: DataSet) -> [String: Int] {
        Dictionary(data.counts.filter { $0.table != "heritage" }.map { ($0.table, $0.records) }, uniquingKeysWith: { first, _ in first })
    }
}
