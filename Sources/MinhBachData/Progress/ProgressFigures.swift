/// A figure of a year.
public struct YearValue: Sendable, Equatable {
    public var year: Int
    public var value: Double

    public init(_ year: Int, _ value: Double) {
        self.year = year
        self.value = value
    }
}

/// Everything the progress assessment looks at: the baseline, the latest
/// figure and the target, which way is better, and the natural limits of
/// the unit. Where the figures come from (reported, derived across the
/// 2025 reorganisation, stated in the target's document) is not its concern.
public struct ProgressFigures: Sendable, Equatable {
    public var baseline: YearValue?
    public var latest: YearValue?
    public var target: YearValue
    public var direction: Direction
    /// `0...100` for percentages; nil for a unit without natural limits.
    public var bounds: ClosedRange<Double>?

    public init(baseline: YearValue?, latest: YearValue?, target: YearValue, direction: Direction, bounds: ClosedRange<Double>?) {
        self.baseline = baseline
        self.latest = latest
        self.target = target
        self.direction = direction
        self.bounds = bounds
    }
}

extension IndicatorUnit {
    /// The values the unit cannot leave: a percentage is between 0 and 100.
    /// Counts and amounts have no upper limit, and their lower limit, 0, is
    /// what a growth rate measures from already.
    public var naturalBounds: ClosedRange<Double>? {
        switch self {
        case .percent: return 0...100
        case .count, .criteria, .number, .millionVND: return nil
        }
    }
}
