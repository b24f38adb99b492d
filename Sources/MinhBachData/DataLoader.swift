import Foundation
import MinhBachContent
import MinhBachDiagnostics
import MinhBachParallel

/// Loads and validates `content/data/`. Tables are read in dependency
/// order — those others refer to first — and in parallel within each step;
/// every problem of every table is collected, none stops the others.
public struct DataLoader: Sendable {
    /// The data folder (`content/data`).
    public let folder: URL
    /// How the folder is named in messages (`content/data`).
    public let displayFolder: String
    /// The encodings site.yaml declares for data files; nil reads them from
    /// the site.yaml beside the folder.
    public let encodings: DataEncodings?

    public init(folder: URL, displayFolder: String, encodings: DataEncodings? = nil) {
        self.folder = folder.standardizedFileURL
        self.displayFolder = displayFolder
        self.encodings = encodings
    }

    /// The tables kept in one file each, in loading order.
    static var tableNames: [String] { DataTables.fileTableNames }

    /// The `Diagnostic.rank` of a table's problems (0 is the data folder
    /// itself): its place in `DataTables.all`, so that a cause comes before
    /// the problems it causes in the tables that refer to it.
    static func rank(ofTable name: String) -> Int {
        (DataTables.all.firstIndex { $0.name == name } ?? -1) + 1
    }

    public func load() -> (DataSet, [Diagnostic]) {
        // MINHBACH_TRACE=1 prints the time of each step (for profiling).
        let trace = ProcessInfo.processInfo.environment["MINHBACH_TRACE"] != nil
        let clock = ContinuousClock.now
        func mark(_ label: String) { if trace { FileHandle.standardError.write(Data("\(label): \(ContinuousClock.now - clock)\n".utf8)) } }
        var data = DataSet()
        var diagnostics: [Diagnostic] = []
        guard FileManager.default.fileExists(atPath: folder.path) else { return (data, []) }
        if case .skip(let warning) = SiteLinks(siteRoot: folder.deletingLastPathComponent().deletingLastPathComponent())
            .check(folder, displayPath: displayFolder) {
            return (data, [warning])
        }
        let encodings = encodings ?? .declared(besideDataFolder: folder)
        let (files, fileProblems) = TableFiles.find(in: folder, displayFolder: displayFolder, tables: Self.tableNames,
                                                    folders: DataTables.folderNames, encodings: encodings)
        diagnostics += fileProblems + TableFiles.unknownEncodedFiles(encodings, found: files, displayFolder: displayFolder)
        data.sources = files.mapValues(\.displayPath)
        var registry = Registry()
        // Step by step, each step's tables side by side against the
        // registry of the steps before; then added in declaration order.
        for step in LoadStep.allCases {
            let frozen = registry
            let tables = DataTables.all.filter { $0.step == step }
            let loaded = parallelMap(tables) { table in
                table.load(LoadContext(registry: frozen, file: files[table.name], folder: folder, displayFolder: displayFolder))
            }
            for table in loaded {
                diagnostics += table.problems
                diagnostics += table.add(&data, &registry)
            }
            mark("\(step)")
        }
        return (data, ranked(diagnostics, files: files).sortedCauseFirst())
    }

    /// Each problem ranked by its table's place in `DataTables.all`;
    /// problems of the folder itself (a file that is no table) come first.
    private func ranked(_ diagnostics: [Diagnostic], files: [String: TableFile]) -> [Diagnostic] {
        var rankOfPath: [String: Int] = [:]
        for (name, file) in files { rankOfPath[file.displayPath] = Self.rank(ofTable: name) }
        let folderRanks = DataTables.folderNames.map { ("\(displayFolder)/\($0)/", Self.rank(ofTable: $0)) }
        return diagnostics.map { diagnostic in
            var ranked = diagnostic
            let path = diagnostic.location.path
            ranked.rank = rankOfPath[path] ?? folderRanks.first { path.hasPrefix($0.0) }?.1 ?? 0
            return ranked
        }
    }
}

enum ObservationKey {
    /// Indicator position (bits 40+), scheme (bit 39), area code with its
    /// length (codes are at most 5 digits, so `01` and `001` stay apart) and
    /// the year since 1945. Exact: no two different keys pack alike.
    static func pack(ordinal: Int, area: AreaKey, year: Int) -> UInt64 {
        let code = UInt64(area.code) ?? 0
        let areaBits = code << 3 | UInt64(area.code.utf8.count)
        let schemeBit: UInt64 = area.scheme == .v2025 ? 1 : 0
        return UInt64(ordinal) << 40 | schemeBit << 39 | areaBits << 8 | UInt64(year - 1945)
    }
}

struct FigureKey: Hashable {
    let indicator: String
    let area: AreaKey
    let year: Int
    init(_ indicator: String, _ area: AreaKey, _ year: Int) {
        self.indicator = indicator
        self.area = area
        self.year = year
    }
}
