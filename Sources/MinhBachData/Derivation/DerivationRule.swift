import MinhBachDiagnostics

/// How an indicator's figure for a unit that did not exist in a year (a
/// province that ceased on 1 July 2025, a commune formed on that day) may be
/// computed from the units of the other administrative map. Declared per
/// indicator in `indicators` (`derive`, `numerator`, `denominator`):
/// nothing is derived unless the indicator says how (docs/DATA.md).
public enum DerivationRule: Sendable, Equatable, Hashable {
    /// No figure is derived (rates without their parts, averages, indices).
    case none
    /// The sum of the units' figures: counts such as households or communes.
    case sum
    /// The sum of one indicator over the sum of another: a rate such as poor
    /// households / all households. Percent indicators are multiplied by 100.
    case ratio(numerator: String, denominator: String)

    /// The indicators whose figures the rule adds up.
    public func parts(of indicator: String) -> [String] {
        switch self {
        case .none: return []
        case .sum: return [indicator]
        case .ratio(let numerator, let denominator): return [numerator, denominator]
        }
    }

    /// As written in the `derive` column and in downloads.
    public var kind: DerivationKind {
        switch self {
        case .none: return .none
        case .sum: return .sum
        case .ratio: return .ratio
        }
    }
}

/// The values of the `derive` column.
public enum DerivationKind: String, Sendable, CaseIterable {
    case none, sum, ratio
}

/// Where an indicator's `derive` was written, to report a `numerator` that
/// is no indicator after the whole table is read.
struct DerivationSource: Sendable, Hashable {
    var numerator: SourceLocation?
    var denominator: SourceLocation?
}
