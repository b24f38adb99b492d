/// Where a target stands: its latest figure, its baseline and the progress
/// assessment (docs/PROGRESS.md). The report, the indicator pages, the
/// downloads and the KPI component all read it from here, so they agree.
public struct TargetStanding: Sendable {
    public let target: Target
    public let indicator: Indicator
    /// The latest figure of the target's area, up to the year asked for.
    public let figure: Observation?
    public let baseline: ChosenBaseline?
    public let assessment: ProgressAssessment

    /// - Parameter year: the last year to look at (a report's year, the year
    ///   a KPI shows); nil for every figure.
    public init(_ target: Target, _ indicator: Indicator, in index: DataIndex, upTo year: Int? = nil) {
        self.target = target
        self.indicator = indicator
        let years = index.years(indicator.id, target.area).filter { figureYear in year.map { figureYear <= $0 } ?? true }
        let figures = years.compactMap { index.observation(indicator.id, target.area, $0) }
        figure = figures.last
        let stated = target.baselineYear.flatMap { year in target.baseline.map { YearValue(year, $0) } }
        baseline = ChosenBaseline.choose(stated: stated, figures: figures.map { YearValue($0.year, $0.value) },
                                         baseYear: Self.baseYear(of: indicator, in: index))
        assessment = ProgressAssessor.assess(ProgressFigures(
            baseline: baseline?.figure, latest: figure.map { YearValue($0.year, $0.value) },
            target: YearValue(target.year, target.value), direction: indicator.direction, bounds: indicator.unit.naturalBounds))
    }

    /// The year a programme's plan measures from: the year before its period
    /// (2020 for 2021–2025), as the plans' own baselines and the SDGs' 2015
    /// for 2016–2030 are. Nil for an indicator outside the programmes.
    public static func baseYear(of indicator: Indicator, in index: DataIndex) -> Int? {
        indicator.program.flatMap { index.programs[$0] }.map { $0.periodStart - 1 }
    }
}
