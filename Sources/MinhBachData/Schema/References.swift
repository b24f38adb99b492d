import MinhBachDiagnostics
import MinhBachText

/// Why an area reference is looked up in a scheme: messages say so, and
/// only a scheme derived from a year or a date is explained by it.
enum SchemeBasis {
    /// The scheme of the record's year.
    case year(Int)
    /// The scheme in force on a date (`whose`: which date it is, when not the record's own).
    case date(CalendarDate, whose: LocalizedText? = nil)
    /// Written in the record's `scheme` column, or the table's default.
    case stated
    /// The column always names a unit of one scheme, the other column one
    /// of the other (`old_code`, `new_code`): a code of the other scheme
    /// suggests the two were swapped.
    case swappable
}

/// The tables other tables refer to, loaded first.
struct Registry: Sendable {
    var areas: [AreaKey: Area] = [:]
    var documents: [String: Document] = [:]
    var agencies: [String: Agency] = [:]
    var programs: [String: Program] = [:]
    var indicators: [String: Indicator] = [:]
    /// 2025 communes → the legacy communes that were split to form them.
    var splitSources: [String: [String]] = [:]
    /// What is known of the records each table could not keep, so that a
    /// reference to them points back at their errors instead of saying
    /// they do not exist.
    var failures: [ReferredTable: TableFailures] = [:]

    /// Codes by scheme, for "did you mean" on codes.
    func codes(in scheme: Scheme) -> [String] {
        areas.keys.filter { $0.scheme == scheme }.map(\.code)
    }
}

extension RecordReader {
    /// An id that must name a record of another table.
    mutating func reference<Record>(_ column: String, _ table: [String: Record], what: ReferredTable, in registry: Registry,
                                    required: Bool = true) -> String? {
        guard let id = id(column, required: required) else { return nil }
        guard let index = table.index(forKey: id) else {
            reportMissing(column, id, table.keys, what, registry)
            return nil
        }
        // The table's own copy of the id: records then share one string
        // instead of each holding a copy read from its row.
        return table.keys[index]
    }

    mutating func references<Record>(_ column: String, _ table: [String: Record], what: ReferredTable, in registry: Registry) -> [String] {
        ids(column).filter { id in
            if table[id] != nil { return true }
            reportMissing(column, id, table.keys, what, registry)
            return false
        }
    }

    private mutating func reportMissing(_ column: String, _ id: String, _ known: some Collection<String>, _ table: ReferredTable,
                                        _ registry: Registry) {
        if reportFailed(column, id, table, registry) { return }
        let found = [MessageArgument("what", table.named), MessageArgument("id", id)]
        if let suggestion = Suggestions.closest(to: id, in: known) {
            error(column, .referenceMissingNear, found + [MessageArgument("suggestion", suggestion)])
        } else {
            error(column, known.isEmpty ? .referenceMissingNoRecords : .referenceMissing, found)
        }
    }

    /// A reference into a table that could not be read, or to a record
    /// rejected for its own errors: the cause is reported there, so this
    /// says only that (true), and is grouped with the others of its cause.
    private mutating func reportFailed(_ column: String, _ id: String, _ table: ReferredTable, _ registry: Registry) -> Bool {
        guard let failures = registry.failures[table] else { return false }
        guard let diagnostic = ReferenceProblem.failed(failures, id: id, table: table, column: column, at: row.location(column)) else {
            return false
        }
        markInvalid()
        problems.add(diagnostic)
        return true
    }

    /// A code re-padded to its width when a spreadsheet dropped its leading zeros.
    mutating func padded(_ code: String, width: Int, column: String, what: LostZeros.CodeKind) -> String? {
        if code.count == width { return code }
        if code.count > width {
            error(column, .codeTooLong, MessageArgument("what", what.one), MessageArgument("written", code),
                  MessageArgument("digits", String(code.count)), MessageArgument("width", String(width)))
            return nil
        }
        let padded = String(repeating: "0", count: width - code.count) + code
        problems.add(LostZeros.Code(location: row.location(column), column: column, what: what, written: code, readAs: padded))
        return padded
    }

    /// An area code looked up in a scheme. A code whose zeros were lost is
    /// re-padded (with a warning) when exactly one unit matches; a code that
    /// exists only in the other scheme is explained.
    mutating func areaReference(_ column: String, scheme: Scheme, _ registry: Registry, basis: SchemeBasis = .stated,
                                level: AreaLevel? = nil) -> AreaKey? {
        guard let code = code(column) else { return nil }
        var key = AreaKey(scheme, code)
        if registry.areas[key] == nil, code.count < 5 {
            let candidates = [2, 3, 5].filter { $0 > code.count }
                .map { AreaKey(scheme, String(repeating: "0", count: $0 - code.count) + code) }
                .filter { registry.areas[$0] != nil }
            if candidates.count == 1, let match = registry.areas[candidates[0]] {
                problems.add(LostZeros.Code(location: row.location(column), column: column, written: code,
                                            readAs: match.code, name: match.name))
                key = candidates[0]
            }
        }
        guard let index = registry.areas.index(forKey: key) else {
            if reportFailed(column, code, .areas, registry) { return nil }
            let other: Scheme = scheme == .legacy ? .v2025 : .legacy
            let named = scheme.named
            let schemeText: LocalizedText
            let otherScheme: DataMessage
            switch basis {
            case .year(let year):
                schemeText = .text(vi: "\(named.vi), là danh mục dùng cho năm \(year)", en: "\(named.en), which \(year) uses")
                otherScheme = scheme == .legacy ? .areaInOtherSchemeByYearLegacy : .areaInOtherSchemeByYear2025
            case .date(let date, let whose):
                schemeText = .text(vi: "\(named.vi), có hiệu lực ngày \(date.short)" + (whose.map { ", \($0.vi)" } ?? ""),
                                   en: "\(named.en), in force on \(date.short)" + (whose.map { ", \($0.en)" } ?? ""))
                otherScheme = scheme == .legacy ? .areaInOtherSchemeByDateLegacy : .areaInOtherSchemeByDate2025
            case .stated:
                schemeText = named
                otherScheme = .areaInOtherSchemeStated
            case .swappable:
                schemeText = named
                otherScheme = .areaCodesSwapped
            }
            let found = [MessageArgument("code", code), MessageArgument("scheme", schemeText)]
            if let elsewhere = registry.areas[AreaKey(other, key.code)] {
                let stated = otherScheme == .areaInOtherSchemeStated ? [MessageArgument("otherName", other.rawValue)] : []
                error(column, otherScheme, found + [MessageArgument("name", elsewhere.name), MessageArgument("other", other.named)] + stated)
            } else if let near = Suggestions.closest(to: code, in: registry.codes(in: scheme)).flatMap({ registry.areas[AreaKey(scheme, $0)] }) {
                error(column, .areaMissingNear, found + [MessageArgument("suggestion", near.code), MessageArgument("name", near.name)])
            } else {
                error(column, .areaMissing, found)
            }
            return nil
        }
        if let level, registry.areas.values[index].level != level {
            let area = registry.areas.values[index]
            error(column, .areaWrongLevel, MessageArgument("code", area.code), MessageArgument("name", area.name),
                  MessageArgument("level", area.level.named), MessageArgument("expected", level.named))
            return nil
        }
        return registry.areas.keys[index]
    }

    /// Percentages must be within 0–100; counts may not be negative.
    mutating func checkRange(_ value: Double, unit: IndicatorUnit, column: String) -> Double? {
        switch unit {
        case .percent where !(0...100).contains(value):
            error(column, .percentOutOfRange, MessageArgument("value", NumberText.format(value)))
            return nil
        case .count where value < 0, .criteria where value < 0:
            error(column, .countNegative, MessageArgument("unit", unit == .count ? .text(vi: "số đếm", en: "count") : .text(vi: "số tiêu chí", en: "criteria")),
                  MessageArgument("value", NumberText.format(value)))
            return nil
        case .criteria where value > 19:
            error(column, .criteriaOver19, MessageArgument("value", NumberText.format(value)))
            return nil
        default:
            return value
        }
    }
}

extension NumberText {
    /// As written in messages: `120`, `18.5`.
    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

/// The columns a table defines.
struct TableColumns: Sendable {
    var required: [String]
    var optional: [String]
    var all: [String] { required + optional }
}
