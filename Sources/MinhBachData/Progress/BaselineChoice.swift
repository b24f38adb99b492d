/// Where a target's baseline comes from.
public enum BaselineSource: String, CaseIterable, Sendable {
    /// Stated with the target (`baseline`, `baseline_year` of targets.csv).
    case stated
    /// The figure of the base year.
    case observedAtBaseYear = "observed_at_base_year"
    /// The latest figure before the base year.
    case observedBeforeBaseYear = "observed_before_base_year"
    /// The first figure after the base year, as Open SDG does when the base
    /// year has no data.
    case observedAfterBaseYear = "observed_after_base_year"

    /// The key of its words in templates/i18n.
    public var labelKey: String { "progress_baseline_" + rawValue }
}

/// A target's baseline and where it came from.
public struct ChosenBaseline: Sendable, Equatable {
    public var figure: YearValue
    public var source: BaselineSource

    public init(_ figure: YearValue, _ source: BaselineSource) {
        self.figure = figure
        self.source = source
    }

    /// The stated baseline; else, when a base year is known, the observed
    /// figure of that year, else the latest one before it, else the first
    /// one after it that is still before the latest figure (a baseline needs
    /// a later figure to measure a pace against).
    ///
    /// - Parameters:
    ///   - figures: the area's figures of the indicator up to the latest one, by year.
    ///   - baseYear: the year the plan measures from (2020 for a 2021–2025 programme).
    public static func choose(stated: YearValue?, figures: [YearValue], baseYear: Int?) -> ChosenBaseline? {
        if let stated { return ChosenBaseline(stated, .stated) }
        guard let baseYear else { return nil }
        if let atBase = figures.first(where: { $0.year == baseYear }) { return ChosenBaseline(atBase, .observedAtBaseYear) }
        if let before = figures.last(where: { $0.year < baseYear }) { return ChosenBaseline(before, .observedBeforeBaseYear) }
        if let after = figures.first(where: { $0.year > baseYear }), let latest = figures.last, after.year < latest.year {
            return ChosenBaseline(after, .observedAfterBaseYear)
        }
        return nil
    }
}
