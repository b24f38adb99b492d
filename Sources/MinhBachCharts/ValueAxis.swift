import MinhBachText

/// The value axis: round ticks (0, 10, 20… or 0, 0.5, 1…) that cover the
/// data, the target and zero.
struct ValueAxis: Equatable {
    let ticks: [Double]
    /// Decimals of the tick labels: 0 for a step of 10, 1 for 0.5.
    let decimals: Int

    var lower: Double { ticks.first! }
    var upper: Double { ticks.last! }

    /// Percentages and counts start at 0; a percentage axis runs to 100 when
    /// the values pass 60%, so a high rate is not drawn as a full bar.
    /// Counts and criteria never get fractional ticks.
    init(values: [Double], unit: ValueUnit) {
        let finite = values.filter(\.isFinite)
        let low = min(0, finite.min() ?? 0)
        var high = max(0, finite.max() ?? 0)
        if unit == .percent, high > 60, high <= 100, low >= 0 { high = 100 }
        if high == low {
            high = low + (unit == .percent ? 10 : 1)
        }
        let step = Self.niceStep(low: low, high: high, whole: unit == .count || unit == .criteria)
        let (first, last) = Self.span(low: low, high: high, step: step.value)
        ticks = (first...last).map { Self.scale(Double($0 * step.mantissa), by: step.exponent) }
        decimals = max(0, -step.exponent)
    }

    /// The 1, 2 or 5 × 10^e whose ticks cover `low…high` in closest to five
    /// intervals, wasting the least room past the data on a tie; at least 1
    /// for whole numbers.
    private static func niceStep(low: Double, high: Double, whole: Bool) -> (mantissa: Int, exponent: Int, value: Double) {
        let raw = (high - low) / 5
        var exponent = 0
        while scale(1, by: exponent) > raw { exponent -= 1 }
        while scale(10, by: exponent) <= raw { exponent += 1 }
        var best: (mantissa: Int, exponent: Int, value: Double)?, bestScore = (Int.max, Double.infinity)
        for e in (exponent - 1)...(exponent + 1) {
            for mantissa in [1, 2, 5] {
                let value = scale(Double(mantissa), by: e)
                if whole && value < 1 { continue }
                let (first, last) = span(low: low, high: high, step: value)
                let score = (abs(last - first - 5), Double(last - first) * value)
                if score < bestScore { (best, bestScore) = ((mantissa, e, value), score) }
            }
        }
        return best ?? (1, 0, 1)
    }

    /// The first and last multiple of `step` (in steps) that enclose `low…high`.
    private static func span(low: Double, high: Double, step: Double) -> (Int, Int) {
        let first = Int((low / step + 1e-9).rounded(.down))
        let last = Int((high / step - 1e-9).rounded(.up))
        return (first, max(last, first + 1))
    }

    /// `value × 10^exponent` with exact powers of ten (no `pow`, whose last
    /// bit may differ between C libraries).
    private static func scale(_ value: Double, by exponent: Int) -> Double {
        var power = 1.0
        for _ in 0..<exponent.magnitude { power *= 10 }
        return exponent >= 0 ? value * power : value / power
    }

    /// Where `value` falls between `start` (at the axis' lower end) and `end`.
    func position(_ value: Double, from start: Double, to end: Double) -> Double {
        start + (value - lower) / (upper - lower) * (end - start)
    }

    func label(_ tick: Double, unit: ValueUnit, language: Language) -> String {
        let number = VietnameseNumber.format(tick, precision: decimals, language: language)
        return unit == .percent ? number + "%" : number
    }
}
