import MinhBachDiagnostics
import MinhBachText

/// All programme data of a site, checked: every reference resolves.
public struct DataSet: Sendable {
    public var areas: [Area] = []
    public var areaConversions: [AreaConversion] = []
    public var programs: [Program] = []
    public var indicators: [Indicator] = []
    public var observations: [Observation] = []
    public var targets: [Target] = []
    public var documents: [Document] = []
    public var agencies: [Agency] = []
    public var tasks: [PlanTask] = []
    public var atk: [ATKRecognition] = []
    public var heritage: [HeritageSite] = []
    public var ntmCriteria: [NTMCriterion] = []
    public var ntmResults: [NTMResult] = []
    public var povertyStandards: [PovertyStandard] = []
    public var programBudgets: [ProgramBudget] = []
    /// The file each table was read from, as shown in messages.
    public var sources: [String: String] = [:]

    public init() {}

    /// How many records each table has, for `minhbach check`.
    public var counts: [(table: String, records: Int)] {
        DataTables.published.map { ($0.name, $0.count(in: self)) }
    }

    public var recordCount: Int { counts.reduce(0) { $0 + $1.records } }
    public var isEmpty: Bool { recordCount == 0 }

    /// Names English pages show in Vietnamese because the data has no
    /// English name: a warning each, so the gap is seen before publishing.
    public func missingEnglishNames() -> [Diagnostic] {
        func warn(_ table: String, _ what: LocalizedText, _ ids: [String]) -> [Diagnostic] {
            guard !ids.isEmpty, let path = sources[table] else { return [] }
            var warning = Diagnostic(.data(.namesWithoutEnglish), at: SourceLocation(path: path), [
                MessageArgument("count", String(ids.count)), MessageArgument("records", what),
                MessageArgument("ids", ids.prefix(5).joined(separator: ", ") + (ids.count > 5 ? ", …" : "")),
            ])
            warning.rank = DataLoader.rank(ofTable: table)
            return [warning]
        }
        return warn("indicators", .text(vi: "chỉ tiêu", en: "indicators"), indicators.filter { $0.nameEN == nil }.map(\.id))
            + warn("programs", .text(vi: "chương trình", en: "programmes"), programs.filter { $0.nameEN == nil }.map(\.id))
            + warn("agencies", .text(vi: "cơ quan", en: "agencies"), agencies.filter { $0.nameEN == nil }.map(\.id))
    }
}
