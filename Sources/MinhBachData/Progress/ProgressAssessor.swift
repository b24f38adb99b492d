/// The progress measure of Statistics Canada and Open SDG for a target
/// with a number (docs/PROGRESS.md):
///
///     CR_a = (x_t / x_0)^(1 / (t − t0)) − 1     observed growth rate
///     CR_r = (x* / x_0)^(1 / (t* − t0)) − 1     growth rate needed to reach x* in t*
///     R    = d · CR_a / |CR_r|                  d = +1 when up is better, −1 when down is
///
/// with the categories of `ProgressCategory`. Two additions, both documented:
/// a percentage that should rise and starts above 50 is measured on its
/// distance to 100 (x → 100 − x, d → −d), and when a value is zero or
/// negative the paces are absolute changes per year instead of growth rates.
public enum ProgressAssessor {
    public static func assess(_ figures: ProgressFigures) -> ProgressAssessment {
        guard let latest = figures.latest else { return .notAssessable(.noFigure) }
        // Open SDG: a target reached is "achieved" whatever the trend, and
        // whether or not a baseline is known.
        let achieved = reached(latest.value, figures.target.value, figures.direction)
        guard let baseline = figures.baseline else {
            return achieved ? ProgressAssessment(category: .achieved) : .notAssessable(.noBaseline)
        }
        guard baseline.year < figures.target.year else {
            return achieved ? ProgressAssessment(category: .achieved) : .notAssessable(.baselineNotBeforeTarget)
        }
        guard baseline.year < latest.year else {
            return achieved ? ProgressAssessment(category: .achieved) : .notAssessable(.noElapsedTime)
        }
        let space = MeasureSpace(baseline: baseline.value, direction: figures.direction, bounds: figures.bounds)
        let (x0, xt, target) = (space.map(baseline.value), space.map(latest.value), space.map(figures.target.value))
        let method = ProgressMethod.suited(to: x0, xt, target)
        let observed = method.pace(from: x0, to: xt, years: latest.year - baseline.year)
        let required = method.pace(from: x0, to: target, years: figures.target.year - baseline.year)
        let ratio = required == 0 ? nil : space.sign * observed / abs(required)
        var assessment = ProgressAssessment(category: .achieved, ratio: ratio, method: method, onDistanceToLimit: space.onDistanceToLimit)
        if achieved { return assessment }
        // The required pace is 0 only when the baseline was at the target:
        // not being there now means the figure moved away from it.
        assessment.category = ratio.map(ProgressCategory.init(ratio:)) ?? .deterioration
        if latest.year >= figures.target.year {
            // The target year's figure (or a later one) falls short: nothing
            // is on track any more, however fast the pace was.
            assessment.targetYearPassed = true
            if assessment.category == .onTrack { assessment.category = .accelerationNeeded }
        }
        return assessment
    }

    /// Whether a value is at or past the target in the good direction.
    static func reached(_ value: Double, _ target: Double, _ direction: Direction) -> Bool {
        switch direction {
        case .up: return value >= target
        case .down: return value <= target
        }
    }
}

/// The values the paces are measured on: the figures themselves, or for a
/// percentage that should rise and starts nearer 100 than 0, the distance
/// still to go to 100. Near the limit a rise from 97.5 to 98 is a growth of
/// 0.5 % of the value but closes a fifth of the gap; measured on the gap, a
/// pace that is possible near the limit can be told from one that is not.
struct MeasureSpace {
    /// The limit the distance is measured to; nil to measure the values themselves.
    let limit: Double?
    /// d of the formula in this space: +1 when a larger value is better.
    let sign: Double

    var onDistanceToLimit: Bool { limit != nil }

    init(baseline: Double, direction: Direction, bounds: ClosedRange<Double>?) {
        switch direction {
        case .up:
            if let bounds, bounds.upperBound - baseline < baseline - bounds.lowerBound {
                (limit, sign) = (bounds.upperBound, -1)
            } else {
                (limit, sign) = (nil, 1)
            }
        case .down:
            // Falling towards 0, the value is its own distance to the limit.
            (limit, sign) = (nil, -1)
        }
    }

    func map(_ value: Double) -> Double { limit.map { $0 - value } ?? value }
}
