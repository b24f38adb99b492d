import MinhBachDiagnostics
import MinhBachText

/// The `derive`, `numerator` and `denominator` columns of `indicators`.
enum DerivationChecks {
    /// The rule one indicator row declares. Without `derive`, an `additive`
    /// indicator is summed and any other is not derived.
    /// A wrong rule is reported but keeps the indicator (derived as `none`):
    /// its figures and targets are fine, and must not fail after it.
    static func rule(_ reader: inout RecordReader<some DataRow>, unit: IndicatorUnit?, additive: Bool) -> DerivationRule {
        func error(_ column: String, _ message: String, hint: String) {
            reader.problems.add(.error(at: reader.row.location(column), message, hint: hint))
        }
        let numerator = reader.id("numerator", required: false), denominator = reader.id("denominator", required: false)
        let kind = reader.choice("derive", DerivationKind.self, required: false) ?? (additive ? .sum : .none)
        if kind != .ratio, numerator != nil || denominator != nil {
            error(numerator != nil ? "numerator" : "denominator", "'numerator' and 'denominator' are for 'derive: ratio'",
                         hint: "write 'derive: ratio', or leave 'numerator' and 'denominator' empty")
        }
        switch kind {
        case .none:
            return .none
        case .sum:
            if unit == .percent {
                error("derive", "a percentage cannot be added up across units",
                             hint: "write 'derive: ratio' with the indicators of its 'numerator' and 'denominator' (e.g. poor households and all households)")
            }
            return unit == .percent ? .none : .sum
        case .ratio:
            if numerator == nil { error("numerator", "'derive: ratio' needs the indicator to add up above the line", hint: "e.g. 'numerator: poor_households'") }
            if denominator == nil { error("denominator", "'derive: ratio' needs the indicator to add up below the line", hint: "e.g. 'denominator: households'") }
            guard let numerator, let denominator else { return .none }
            return .ratio(numerator: numerator, denominator: denominator)
        }
    }

    /// A ratio's parts are indicators of the same table that may be summed.
    static func parts(_ indicators: [Indicator], path: String) -> [Diagnostic] {
        let byID = Dictionary(indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var problems: [Diagnostic] = []
        for indicator in indicators {
            guard case .ratio(let numerator, let denominator) = indicator.derive else { continue }
            for (column, part, at) in [("numerator", numerator, indicator.deriveSource.numerator),
                                       ("denominator", denominator, indicator.deriveSource.denominator)] {
                let location = at ?? SourceLocation(path: path)
                guard let found = byID[part] else {
                    let suggestion = Suggestions.closest(to: part, in: Array(byID.keys)).map { "did you mean '\($0)'? " } ?? ""
                    problems.append(.error(at: location, "'\(column)': no indicator '\(part)'",
                                           hint: "\(suggestion)add it to indicators with 'derive: sum' and its figures to observations"))
                    continue
                }
                if part == indicator.id || found.derive != .sum {
                    problems.append(.error(at: location, "'\(column)': indicator '\(part)' cannot be added up across units",
                                           hint: "the parts of a ratio are counts: give '\(part)' 'derive: sum'"))
                }
            }
        }
        return problems
    }
}
