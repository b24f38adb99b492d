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

    public init() {}

    /// How many records each table has, for `minhbach check`.
    public var counts: [(table: String, records: Int)] {
        [("areas", areas.count), ("area_conversions", areaConversions.count), ("programs", programs.count),
         ("indicators", indicators.count), ("observations", observations.count), ("targets", targets.count),
         ("documents", documents.count), ("agencies", agencies.count), ("tasks", tasks.count), ("atk", atk.count),
         ("heritage", heritage.count), ("ntm_criteria", ntmCriteria.count), ("ntm", ntmResults.count),
         ("poverty_standards", povertyStandards.count)]
    }

    public var recordCount: Int { counts.reduce(0) { $0 + $1.records } }
    public var isEmpty: Bool { recordCount == 0 }
}
