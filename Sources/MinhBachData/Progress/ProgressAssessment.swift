/// The result of assessing one target (docs/PROGRESS.md).
public struct ProgressAssessment: Sendable, Equatable {
    /// Why a target cannot be assessed.
    public enum Reason: String, CaseIterable, Sendable {
        /// No figure of the indicator for the target's area.
        case noFigure = "no_figure"
        /// No baseline: none stated, and none observed near the start.
        case noBaseline = "no_baseline"
        /// The latest figure is not later than the baseline: no time has passed.
        case noElapsedTime = "no_elapsed_time"
        /// The baseline is not earlier than the target year.
        case baselineNotBeforeTarget = "baseline_not_before_target"

        /// The key of its words in templates/i18n.
        public var labelKey: String { "progress_reason_" + rawValue }
    }

    public var category: ProgressCategory
    /// Observed pace over required pace, signed so that above 0 is the good
    /// direction; nil when it cannot be computed (or the required pace is 0).
    public var ratio: Double?
    /// How the paces were measured; nil when none was.
    public var method: ProgressMethod?
    /// Whether the paces were measured on the distance to the natural limit
    /// (100 − x for a percentage that should rise and is above 50).
    public var onDistanceToLimit: Bool
    /// Whether the latest figure is of the target year or later and the
    /// target is not reached: the target was missed.
    public var targetYearPassed: Bool
    /// Set when `category` is `notAssessable`.
    public var reason: Reason?

    public init(category: ProgressCategory, ratio: Double? = nil, method: ProgressMethod? = nil, onDistanceToLimit: Bool = false,
                targetYearPassed: Bool = false, reason: Reason? = nil) {
        self.category = category
        self.ratio = ratio
        self.method = method
        self.onDistanceToLimit = onDistanceToLimit
        self.targetYearPassed = targetYearPassed
        self.reason = reason
    }

    static func notAssessable(_ reason: Reason) -> ProgressAssessment {
        ProgressAssessment(category: .notAssessable, reason: reason)
    }
}
