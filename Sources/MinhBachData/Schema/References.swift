import MinhBachDiagnostics
import MinhBachText

/// Why an area reference is looked up in a scheme: messages say so, and
/// only a scheme derived from a year or a date is explained by it.
enum SchemeBasis {
    /// The scheme of the record's year.
    case year(Int)
    /// The scheme in force on a date (`whose`: which date it is, when not the record's own).
    case date(CalendarDate, whose: String? = nil)
    /// Written in the record's `scheme` column, or the table's default.
    case stated
    /// The column always names a unit of one scheme.
    case fixed(hint: String)
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
        let what = table.recordName
        let hint = Suggestions.closest(to: id, in: known).map { "did you mean '\($0)'?" }
            ?? (known.isEmpty ? "there are no \(what) records: the \(what) table is missing, or none of its records could be read"
                           : "add it to the \(what) table, or correct the id")
        error(column, ReferenceProblem.missing.message(column: column, id: id, table: table), hint: hint, code: ReferenceProblem.missing.code)
    }

    /// A reference into a table that could not be read, or to a record
    /// rejected for its own errors: the cause is reported there, so this
    /// says only that (true), and is grouped with the others of its cause.
    private mutating func reportFailed(_ column: String, _ id: String, _ table: ReferredTable, _ registry: Registry) -> Bool {
        guard let failures = registry.failures[table] else { return false }
        if failures.unreadable {
            error(column, ReferenceProblem.unreadable.message(column: column, id: id, table: table, referredFile: failures.path),
                  code: ReferenceProblem.unreadable.code, cause: failures.path)
            return true
        }
        guard failures.rejected.contains(id) else { return false }
        error(column, ReferenceProblem.rejected.message(column: column, id: id, table: table),
              code: ReferenceProblem.rejected.code, cause: failures.path)
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
            let schemeText: String
            let otherHint: String
            switch basis {
            case .year(let year):
                schemeText = "the \(scheme.label) scheme, which \(year) uses"
                otherHint = scheme == .legacy ? "figures up to 2024 use the units before 1 July 2025: use the legacy code, or add a 'scheme' column"
                                              : "figures from 2025 use the new units: use the 2025 code, or add a 'scheme' column"
            case .date(let date, let whose):
                schemeText = "the \(scheme.label) scheme, in force on \(date.short)" + (whose.map { ", \($0)" } ?? "")
                otherHint = scheme == .legacy ? "the units before 1 July 2025 apply to dates before then: use the legacy code, or add a 'scheme' column"
                                              : "the new units apply from 1 July 2025: use the 2025 code, or add a 'scheme' column"
            case .stated:
                schemeText = "the \(scheme.label) scheme"
                otherHint = "use a code of the \(scheme.label) scheme, or set the 'scheme' column to \(other.rawValue)"
            case .fixed(let hint):
                schemeText = "the \(scheme.label) scheme"
                otherHint = hint
            }
            if let elsewhere = registry.areas[AreaKey(other, key.code)] {
                error(column, "'\(column)': no area \(code) in \(schemeText); \(key.code) is \(elsewhere.name) in the \(other.label) scheme",
                      hint: otherHint, code: ReferenceProblem.otherScheme.code)
            } else {
                let near = Suggestions.closest(to: code, in: registry.codes(in: scheme)).flatMap { registry.areas[AreaKey(scheme, $0)] }
                error(column, "'\(column)': no area \(code) in \(schemeText)",
                      hint: near.map { "did you mean \($0.code) (\($0.name))?" } ?? "add the unit to the areas table, or correct the code",
                      code: ReferenceProblem.missing.code)
            }
            return nil
        }
        if let level, registry.areas.values[index].level != level {
            let area = registry.areas.values[index]
            error(column, "'\(column)': \(area.code) is \(area.name), a \(area.level.rawValue); expected a \(level.rawValue)")
            return nil
        }
        return registry.areas.keys[index]
    }

    /// Percentages must be within 0–100; counts may not be negative.
    mutating func checkRange(_ value: Double, unit: IndicatorUnit, column: String) -> Double? {
        switch unit {
        case .percent where !(0...100).contains(value):
            error(column, "'\(column)': \(NumberText.format(value)) is not a percentage between 0 and 100",
                  hint: "write the percentage itself (97.5 for 97,5%), not a fraction or a count")
            return nil
        case .count where value < 0, .criteria where value < 0:
            error(column, "'\(column)': a \(unit.rawValue) cannot be negative, found \(NumberText.format(value))")
            return nil
        case .criteria where value > 19:
            error(column, "'\(column)': at most 19 criteria can be met, found \(NumberText.format(value))")
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
