/// Where a target stands, in the categories of the progress measure of
/// Statistics Canada and Open SDG (docs/PROGRESS.md). Every category has a
/// mark that does not rely on colour, so a black-and-white print reads the
/// same; its words are the i18n string `labelKey`.
public enum ProgressCategory: String, CaseIterable, Sendable {
    case achieved
    case onTrack = "on_track"
    case accelerationNeeded = "acceleration_needed"
    case limitedProgress = "limited_progress"
    case deterioration
    case notAssessable = "not_assessable"

    /// The thresholds of the ratio of observed to required growth, as
    /// Open SDG's defaults (`{'high': 0.95, 'med': 0.6, 'low': 0}`).
    public enum Threshold {
        public static let onTrack = 0.95
        public static let accelerationNeeded = 0.6
        public static let limitedProgress = 0.0
    }

    /// The category of a ratio of observed to required growth.
    public init(ratio: Double) {
        if ratio >= Threshold.onTrack {
            self = .onTrack
        } else if ratio >= Threshold.accelerationNeeded {
            self = .accelerationNeeded
        } else if ratio >= Threshold.limitedProgress {
            self = .limitedProgress
        } else {
            self = .deterioration
        }
    }

    /// One symbol per category, distinct in shape.
    public var mark: String {
        switch self {
        case .achieved: return "✔"
        case .onTrack: return "▲"
        case .accelerationNeeded: return "△"
        case .limitedProgress: return "▷"
        case .deterioration: return "▼"
        case .notAssessable: return "–"
        }
    }

    /// The key of its words in templates/i18n (`progress_on_track`).
    public var labelKey: String { "progress_" + rawValue }
}
