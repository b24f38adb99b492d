import MinhBachText

/// The two administrative maps of Vietnam: before and from 1 July 2025.
public enum Scheme: String, Sendable, Hashable, CaseIterable {
    case legacy
    case v2025 = "2025"

    /// The scheme figures for a year are reported on: legacy up to 2024.
    public static func inForce(year: Int) -> Scheme { year >= Reorganisation.effective.year ? .v2025 : .legacy }

    /// The scheme in force on a day: the new units from 1 July 2025.
    public static func inForce(on date: CalendarDate) -> Scheme {
        date >= Reorganisation.effective ? .v2025 : .legacy
    }

    /// How a message names it.
    public var label: String { self == .legacy ? "legacy (before 1 July 2025)" : "2025" }
}

public enum AreaLevel: String, Sendable, CaseIterable {
    case province, district, commune

    /// Zero-padded code width the statistics office uses.
    public var codeWidth: Int {
        switch self {
        case .province: return 2
        case .district: return 3
        case .commune: return 5
        }
    }
}

public enum IndicatorUnit: String, Sendable, CaseIterable {
    case percent, count, criteria, number
    case millionVND = "million_vnd"
}

public enum Direction: String, Sendable, CaseIterable {
    case up, down
}

public enum ObservationStatus: String, Sendable, CaseIterable {
    case preliminary, official
}

public enum ObservationMethod: String, Sendable, CaseIterable {
    case reported
    case sumOfLegacy = "sum_of_legacy"
    /// Computed by MinhBạch across the 2025 reorganisation (never written in
    /// a data file: the loader refuses it there).
    case derived
}

public enum TaskStatus: String, Sendable, CaseIterable {
    case planned
    case inProgress = "in_progress"
    case done
}

public enum AgencyLevel: String, Sendable, CaseIterable {
    case central, province, district, commune
}

public enum HeritageRank: String, Sendable, CaseIterable {
    case specialNational = "special_national"
    case national, provincial
}

public enum NTMLevel: String, Sendable, CaseIterable {
    case none, standard, advanced, model
}
