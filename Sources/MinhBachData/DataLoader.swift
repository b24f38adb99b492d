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

    /// Every table and the heritage folder, those others refer to first:
    /// problems are reported in this order, so that a cause comes before
    /// the problems it causes in the tables that refer to it.
    static let dependencyOrder = ["areas", "documents", "ntm_criteria", "programs", "agencies", "area_conversions", "indicators",
                                  "observations", "targets", "tasks", "atk", heritageFolder, "ntm", "poverty_standards"]
    static var tableNames: [String] { dependencyOrder.filter { $0 != heritageFolder } }

    /// The `Diagnostic.rank` of a table's problems (0 is the data folder itself).
    static func rank(ofTable name: String) -> Int {
        (dependencyOrder.firstIndex(of: name) ?? -1) + 1
    }
    static let heritageFolder = "heritage"

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
                                                    folders: [Self.heritageFolder], encodings: encodings)
        diagnostics += fileProblems + TableFiles.unknownEncodedFiles(encodings, found: files, displayFolder: displayFolder)
        data.sources = files.mapValues(\.displayPath)
        var registry = Registry()

        // 1. Tables that refer to nothing.
        let areas = TableLoader(file: files["areas"]).load(Area.self, Registry())
        let documents = TableLoader(file: files["documents"]).load(Document.self, Registry())
        let criteria = TableLoader(file: files["ntm_criteria"]).load(NTMCriterion.self, Registry())
        diagnostics += areas.problems + documents.problems + criteria.problems
        data.areas = unique(areas, key: \.key, describe: { "area \($0.code) of the \($0.scheme.rawValue) scheme" }, into: &diagnostics)
        data.documents = unique(documents, key: \.id, describe: { "document '\($0.id)'" }, into: &diagnostics)
        data.ntmCriteria = unique(criteria, key: \.number, describe: { "criterion \($0.number)" }, into: &diagnostics)
        registry.areas = Dictionary(data.areas.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        registry.documents = Dictionary(data.documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        registry.failures[.areas] = TableFailures.of(areas)
        registry.failures[.documents] = TableFailures.of(documents)
        diagnostics += AreaChecks.parents(&data.areas, &registry)

        mark("stage 1")
        // 2. Tables that refer to areas and documents.
        let frozen = registry
        let programs = TableLoader(file: files["programs"]).load(Program.self, frozen)
        let agencies = TableLoader(file: files["agencies"]).load(Agency.self, frozen)
        let conversions = TableLoader(file: files["area_conversions"]).load(AreaConversion.self, frozen)
        diagnostics += programs.problems + agencies.problems + conversions.problems
        data.programs = unique(programs, key: \.id, describe: { "programme '\($0.id)'" }, into: &diagnostics)
        data.agencies = unique(agencies, key: \.id, describe: { "agency '\($0.id)'" }, into: &diagnostics)
        data.areaConversions = unique(conversions, key: { [$0.oldCode, $0.newCode] }, describe: { "conversion \($0.oldCode) → \($0.newCode)" },
                                      into: &diagnostics)
        registry.programs = Dictionary(data.programs.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        registry.agencies = Dictionary(data.agencies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        registry.failures[.programs] = TableFailures.of(programs)
        registry.failures[.agencies] = TableFailures.of(agencies)
        registry.splitSources = AreaChecks.splitSources(data.areaConversions)

        mark("stage 2")
        // 3. Indicators (they name their programme).
        let programsFrozen = registry
        let indicators = TableLoader(file: files["indicators"]).load(Indicator.self, programsFrozen)
        diagnostics += indicators.problems
        data.indicators = unique(indicators, key: \.id, describe: { "indicator '\($0.id)'" }, into: &diagnostics)
        for index in data.indicators.indices { data.indicators[index].ordinal = index }
        diagnostics += DerivationChecks.parts(data.indicators, path: files["indicators"]?.displayPath ?? "\(displayFolder)/indicators")
        registry.indicators = Dictionary(data.indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        registry.failures[.indicators] = TableFailures.of(indicators)

        mark("stage 3")
        // 4. The figures and everything else, in parallel.
        let complete = registry
        // The observations (by far the largest table) first, on every core;
        // then the other tables side by side.
        let observations = TableLoader(file: files["observations"]).load(Observation.self, complete)
        diagnostics += observations.problems
        mark("observations decoded")
        data.observations = unique(observations, key: \.key,
                                   describe: { "value for indicator '\($0.indicator)', area \($0.area.code), year \($0.year)" },
                                   into: &diagnostics)
        mark("observations")
        let stage4 = parallelMap(Array(1..<7)) { job -> ([Diagnostic], Any) in
            switch job {
            case 1:
                let result = TableLoader(file: files["targets"]).load(Target.self, complete)
                var problems = result.problems
                let kept = unique(result, key: { FigureKey($0.indicator, $0.area, $0.year) },
                                  describe: { "target for indicator '\($0.indicator)', area \($0.area.code), year \($0.year)" }, into: &problems)
                return (problems, kept)
            case 2:
                let result = TableLoader(file: files["tasks"]).load(PlanTask.self, complete)
                var problems = result.problems
                let kept = unique(result, key: \.id, describe: { "task '\($0.id)'" }, into: &problems)
                return (problems, kept)
            case 3:
                let result = TableLoader(file: files["atk"]).load(ATKRecognition.self, complete)
                var problems = result.problems
                let kept = unique(result, key: \.area, describe: { "ATK recognition of area \($0.area.code)" }, into: &problems)
                return (problems, kept)
            case 4:
                let result = HeritageLoader(folder: folder.appendingPathComponent(Self.heritageFolder),
                                            displayFolder: "\(displayFolder)/\(Self.heritageFolder)").load(complete)
                return (result.problems, result.records.map(\.record))
            case 5:
                let result = TableLoader(file: files["ntm"]).load(NTMResult.self, complete)
                var problems = result.problems
                let kept = unique(result, key: { [$0.area.code, $0.area.scheme.rawValue, String($0.year)] },
                                  describe: { "New Rural result for area \($0.area.code), year \($0.year)" }, into: &problems)
                return (problems, kept)
            default:
                let result = TableLoader(file: files["poverty_standards"]).load(PovertyStandard.self, complete)
                var problems = result.problems
                let kept = unique(result, key: \.id, describe: { "poverty standard '\($0.id)'" }, into: &problems)
                return (problems + PovertyChecks.overlaps(kept), kept)
            }
        }
        mark("stage 4")
        for (problems, _) in stage4 { diagnostics += problems }
        data.targets = stage4[0].1 as? [Target] ?? []
        data.tasks = stage4[1].1 as? [PlanTask] ?? []
        data.atk = stage4[2].1 as? [ATKRecognition] ?? []
        data.heritage = stage4[3].1 as? [HeritageSite] ?? []
        data.ntmResults = stage4[4].1 as? [NTMResult] ?? []
        data.povertyStandards = stage4[5].1 as? [PovertyStandard] ?? []
        diagnostics += NTMChecks.criteriaTable(data.ntmCriteria, file: files["ntm_criteria"])
        return (data, ranked(diagnostics, files: files).sortedCauseFirst())
    }

    /// Each problem ranked by its table's place in `dependencyOrder`;
    /// problems of the folder itself (a file that is no table) come first.
    private func ranked(_ diagnostics: [Diagnostic], files: [String: TableFile]) -> [Diagnostic] {
        var rankOfPath: [String: Int] = [:]
        for (name, file) in files { rankOfPath[file.displayPath] = Self.rank(ofTable: name) }
        let heritageRank = Self.rank(ofTable: Self.heritageFolder)
        let heritagePrefix = "\(displayFolder)/\(Self.heritageFolder)/"
        return diagnostics.map { diagnostic in
            var ranked = diagnostic
            let path = diagnostic.location.path
            ranked.rank = rankOfPath[path] ?? (path.hasPrefix(heritagePrefix) ? heritageRank : 0)
            return ranked
        }
    }

    /// Keeps the first record of each key and reports the others at their line.
    private func unique<Record, Key: Hashable>(_ result: TableResult<Record>, key: (Record) -> Key, describe: (Record) -> String,
                                               into diagnostics: inout [Diagnostic]) -> [Record] {
        var seen: [Key: Int] = [:]
        seen.reserveCapacity(result.records.count)
        var kept: [Record] = []
        kept.reserveCapacity(result.records.count)
        for (record, line) in result.records {
            let recordKey = key(record)
            if let firstLine = seen[recordKey] {
                diagnostics.append(.error(at: SourceLocation(path: result.path, line: line),
                                          "a second \(describe(record)); the first is on line \(firstLine)",
                                          hint: "keep one row for it, or correct the key"))
                continue
            }
            seen[recordKey] = line
            kept.append(record)
        }
        return kept
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
