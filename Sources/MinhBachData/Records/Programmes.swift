import MinhBachText
import MinhBachDiagnostics

public struct Program: TableRecord {
    public var id: String
    public var nameVI: String
    public var nameEN: String?
    public var periodStart: Int
    public var periodEnd: Int
    public var legalBasis: [String]

    static let columns = TableColumns(required: ["id", "name_vi", "period_start", "period_end"], optional: ["name_en", "legal_basis"])
    static let keyColumn: String? = "id"

    static func decode(_ reader: inout RecordReader<some DataRow>, _ registry: Registry) -> Program? {
        let id = reader.id("id"), name = reader.text("name_vi")
        let start = reader.year("period_start"), end = reader.year("period_end")
        if let start, let end, end < start {
            reader.error(.periodEndBeforeStart, at: "period_end", MessageArgument("start", String(start)), MessageArgument("end", String(end)))
        }
        let basis = reader.references("legal_basis", registry.documents, what: .documents, in: registry)
        guard reader.isValid, let id, let name, let start, let end else { return nil }
        return Program(id: id, nameVI: name, nameEN: reader.row.text("name_en"), periodStart: start, periodEnd: end, legalBasis: basis)
    }
}

public struct Indicator: TableRecord {
    public var id: String
    public var nameVI: String
    public var nameEN: String?
    public var unit: IndicatorUnit
    public var direction: Direction
    public var precision: Int
    public var program: String?
    public var additive: Bool
    /// The name an English page shows: `name_en` where the data has one.
    public func name(_ language: Language) -> String { language == .en ? (nameEN ?? nameVI) : nameVI }

    /// How a figure is derived across the 2025 reorganisation (`derive`).
    public var derive: DerivationRule = .none
    /// Where `numerator` and `denominator` are written, for the checks that
    /// need the whole table (DerivationChecks).
    var deriveSource = DerivationSource()
    /// Position in the indicators table, for compact keys of observations.
    var ordinal = 0

    static let columns = TableColumns(required: ["id", "name_vi", "unit", "direction", "precision"],
                                      optional: ["name_en", "program", "additive", "derive", "numerator", "denominator"])
    static let keyColumn: String? = "id"

    static func decode(_ reader: inout RecordReader<some DataRow>, _ registry: Registry) -> Indicator? {
        let id = reader.id("id"), name = reader.text("name_vi")
        let unit = reader.choice("unit", IndicatorUnit.self), direction = reader.choice("direction", Direction.self)
        let precision = reader.integer("precision", range: 0...4)
        let program = reader.reference("program", registry.programs, what: .programs, in: registry, required: false)
        let additive = reader.bool("additive", default: false)
        let derive = DerivationChecks.rule(&reader, unit: unit, additive: additive)
        guard reader.isValid, let id, let name, let unit, let direction, let precision else { return nil }
        return Indicator(id: id, nameVI: name, nameEN: reader.row.text("name_en"), unit: unit, direction: direction,
                         precision: precision, program: program, additive: additive, derive: derive,
                         deriveSource: DerivationSource(numerator: reader.row.text("numerator").map { _ in reader.row.location("numerator") },
                                                        denominator: reader.row.text("denominator").map { _ in reader.row.location("denominator") }))
    }
}

/// One figure: an indicator's value for an area in a year.
public struct Observation: TableRecord {
    public var indicator: String
    public var area: AreaKey
    public var year: Int
    public var value: Double
    public var status: ObservationStatus
    public var source: String?
    public var illustrative: Bool
    public var method: ObservationMethod
    /// The line in its file (for messages found after loading).
    public var line: Int
    /// Indicator, area and year packed in one number: the duplicate check
    /// over 600,000 rows hashes this instead of three strings.
    var key: UInt64 = 0
    /// For a derived figure (`method` `.derived`): the units whose figures
    /// were added up, in the other administrative map (or the split unit's
    /// own former ground). Empty for a reported figure.
    public var derivedFrom: [AreaKey] = []

    public var isDerived: Bool { method == .derived }

    static let columns = TableColumns(required: ["indicator", "area", "year", "value", "status"],
                                      optional: ["source", "illustrative", "method", "scheme"])

    static func decode(_ reader: inout RecordReader<some DataRow>, _ registry: Registry) -> Observation? {
        let indicator = reader.reference("indicator", registry.indicators, what: .indicators, in: registry)
        let year = reader.year("year")
        let stated = reader.choice("scheme", Scheme.self, required: false)
        let scheme = stated ?? year.map(Scheme.inForce(year:))
        let basis: SchemeBasis = stated == nil ? year.map { .year($0) } ?? .stated : .stated
        let area = scheme.flatMap { reader.areaReference("area", scheme: $0, registry, basis: basis) }
        var value = reader.number("value")
        if let id = indicator, let unit = registry.indicators[id]?.unit, let number = value {
            value = reader.checkRange(number, unit: unit, column: "value")
        }
        let status = reader.choice("status", ObservationStatus.self)
        let source = reader.reference("source", registry.documents, what: .documents, in: registry, required: false)
        let illustrative = reader.bool("illustrative", default: false)
        var method = ObservationMethod.reported
        if reader.row.text("method")?.lowercased() == ObservationMethod.derived.rawValue {
            reader.error(.observationDerivedWritten, at: "method")
        } else if let written = reader.choice("method", WrittenMethod.self, required: false) {
            method = written.method
        }
        if method == .sumOfLegacy, let area {
            if area.scheme != .v2025 {
                reader.error(.sumOfLegacyOutside2025, at: "method")
            } else if let split = registry.splitSources[area.code] {
                let names = split.map { code in registry.areas[AreaKey(.legacy, code)].map { "\(code) (\($0.name))" } ?? code }
                reader.error(.sumOfLegacySplitUnit, at: "method", MessageArgument("code", area.code),
                             MessageArgument("units", names.joined(separator: ", ")))
            }
        }
        guard reader.isValid, let indicator, let year, let area, let value, let status else { return nil }
        let ordinal = registry.indicators[indicator]?.ordinal ?? 0
        return Observation(indicator: indicator, area: area, year: year, value: value, status: status, source: source,
                           illustrative: illustrative, method: method, line: reader.row.line,
                           key: ObservationKey.pack(ordinal: ordinal, area: area, year: year))
    }
}

/// The `method` values a data file may hold: `derived` is MinhBạch's own.
enum WrittenMethod: String, CaseIterable {
    case reported
    case sumOfLegacy = "sum_of_legacy"

    var method: ObservationMethod {
        switch self {
        case .reported: return .reported
        case .sumOfLegacy: return .sumOfLegacy
        }
    }
}

public struct Target: TableRecord {
    public var indicator: String
    public var area: AreaKey
    public var year: Int
    public var value: Double
    public var baselineYear: Int?
    public var baseline: Double?
    public var document: String
    public var note: String?

    static let columns = TableColumns(required: ["indicator", "area", "year", "value", "document"],
                                      optional: ["baseline_year", "baseline", "note", "scheme"])

    static func decode(_ reader: inout RecordReader<some DataRow>, _ registry: Registry) -> Target? {
        let indicator = reader.reference("indicator", registry.indicators, what: .indicators, in: registry)
        let year = reader.year("year")
        let baselineYear = reader.year("baseline_year", required: false)
        var baseline = reader.number("baseline", required: false)
        if (baselineYear == nil) != (baseline == nil), reader.isValid {
            reader.error(.baselineWithoutItsYear, at: baseline == nil ? "baseline" : "baseline_year")
        }
        if let baselineYear, let year, baselineYear >= year {
            reader.error(.baselineNotBeforeTarget, at: "baseline_year", MessageArgument("baselineYear", String(baselineYear)),
                         MessageArgument("year", String(year)))
        }
        let schemeYear = baselineYear ?? year
        let stated = reader.choice("scheme", Scheme.self, required: false)
        let scheme = stated ?? schemeYear.map(Scheme.inForce(year:))
        let basis: SchemeBasis = stated == nil ? schemeYear.map { .year($0) } ?? .stated : .stated
        let area = scheme.flatMap { reader.areaReference("area", scheme: $0, registry, basis: basis) }
        var value = reader.number("value")
        if let id = indicator, let unit = registry.indicators[id]?.unit {
            if let number = value { value = reader.checkRange(number, unit: unit, column: "value") }
            if let number = baseline { baseline = reader.checkRange(number, unit: unit, column: "baseline") }
        }
        let document = reader.reference("document", registry.documents, what: .documents, in: registry)
        guard reader.isValid, let indicator, let year, let area, let value, let document else { return nil }
        return Target(indicator: indicator, area: area, year: year, value: value, baselineYear: baselineYear,
                      baseline: baseline, document: document, note: reader.row.text("note"))
    }
}
