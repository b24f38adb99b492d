import MinhBachDiagnostics
import MinhBachText

/// The `derive`, `numerator` and `denominator` columns of `indicators`.
enum DerivationChecks {
    /// The rule one indicator row declares. Without `derive`, an `additive`
    /// indicator is summed and any other is not derived.
    /// A wrong rule is reported but keeps the indicator (derived as `none`):
    /// its figures and targets are fine, and must not fail after it.
    static func rule(_ reader: inout RecordReader<some DataRow>, unit: IndicatorUnit?, additive: Bool) -> DerivationRule {
        func error(_ message: DataMessage, at column: String) {
            reader.problems.add(Diagnostic(.data(message), at: reader.row.location(column)))
        }
        let numerator = reader.id("numerator", required: false), denominator = reader.id("denominator", required: false)
        let kind = reader.choice("derive", DerivationKind.self, required: false) ?? (additive ? .sum : .none)
        if kind != .ratio, numerator != nil || denominator != nil {
            error(.derivePartsWithoutRatio, at: numerator != nil ? "numerator" : "denominator")
        }
        switch kind {
        case .none:
            return .none
        case .sum:
            if unit == .percent {
                error(.derivePercentageSum, at: "derive")
            }
            return unit == .percent ? .none : .sum
        case .ratio:
            if numerator == nil { error(.deriveRatioWithoutNumerator, at: "numerator") }
            if denominator == nil { error(.deriveRatioWithoutDenominator, at: "denominator") }
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
                    let named = [MessageArgument("column", column), MessageArgument("part", part)]
                    if let suggestion = Suggestions.closest(to: part, in: Array(byID.keys)) {
                        problems.append(Diagnostic(.data(.ratioPartMissingNear), at: location, named + [MessageArgument("suggestion", suggestion)]))
                    } else {
                        problems.append(Diagnostic(.data(.ratioPartMissing), at: location, named))
                    }
                    continue
                }
                if part == indicator.id || found.derive != .sum {
                    problems.append(Diagnostic(.data(.ratioPartNotSummed), at: location,
                                               [MessageArgument("column", column), MessageArgument("part", part)]))
                }
            }
        }
        return problems
    }
}
