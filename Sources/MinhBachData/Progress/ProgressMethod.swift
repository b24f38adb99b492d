import Foundation

/// How the observed and the required pace were measured.
public enum ProgressMethod: String, Sendable {
    /// Compound annual growth rates, the Statistics Canada and Open SDG method.
    case cagr
    /// Absolute change per year: the fallback when a value is zero or
    /// negative and a growth rate is undefined.
    case linear

    /// The yearly pace from `from` to `to` over `years` years.
    func pace(from: Double, to: Double, years: Int) -> Double {
        switch self {
        case .cagr: return pow(to / from, 1 / Double(years)) - 1
        case .linear: return (to - from) / Double(years)
        }
    }

    /// The compound growth rate needs positive values at both ends and at
    /// the target; the linear pace takes any.
    static func suited(to values: Double...) -> ProgressMethod {
        values.allSatisfy { $0 > 0 } ? .cagr : .linear
    }
}
