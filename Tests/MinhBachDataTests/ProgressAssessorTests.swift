@testable import MinhBachData
import Testing

/// Worked cases of docs/PROGRESS.md, each computed by hand from
///     CR_a = (x_t / x_0)^(1 / (t − t0)) − 1,  CR_r = (x* / x_0)^(1 / (t* − t0)) − 1,  R = d · CR_a / |CR_r|
/// (or, in the linear fallback, the absolute changes per year in their place).
struct WorkedCase: CustomTestStringConvertible, Sendable {
    var name: String
    var figures: ProgressFigures
    var category: ProgressCategory
    var ratio: Double?
    var method: ProgressMethod?
    var onDistanceToLimit = false
    var targetYearPassed = false
    var reason: ProgressAssessment.Reason?

    var testDescription: String { name }
}

private func figures(_ baseline: YearValue?, _ latest: YearValue?, target: YearValue, _ direction: Direction,
                     percent: Bool = false) -> ProgressFigures {
    ProgressFigures(baseline: baseline, latest: latest, target: target, direction: direction,
                    bounds: percent ? IndicatorUnit.percent.naturalBounds : nil)
}

let workedCases: [WorkedCase] = [
    // Poverty rate, lower is better: 18.5 % (2020) → 11.19 % (2024), target 8.5 % in 2025.
    // CR_a = (11.19/18.5)^(1/4) − 1 = −0.11811; CR_r = (8.5/18.5)^(1/5) − 1 = −0.14405;
    // R = −1 · −0.11811 / 0.14405 = 0.8199. A fall to 0 is the way to the limit, so no correction.
    WorkedCase(name: "poverty rate falling towards a lower target", figures: figures(YearValue(2020, 18.5), YearValue(2024, 11.19),
               target: YearValue(2025, 8.5), .down, percent: true), category: .accelerationNeeded, ratio: 0.8199, method: .cagr),
    // The same target with the rate rising to 19.0 % in 2023:
    // CR_a = (19/18.5)^(1/3) − 1 = +0.00893; R = −1 · 0.00893 / 0.14405 = −0.0620.
    WorkedCase(name: "value moving away from the target", figures: figures(YearValue(2020, 18.5), YearValue(2023, 19.0),
               target: YearValue(2025, 8.5), .down, percent: true), category: .deterioration, ratio: -0.0620, method: .cagr),
    // Health-insurance coverage 97.51 % (2020) → 97.87 % (2024), target 98 % in 2025: measured on the
    // distance to 100 (2.49 → 2.13, target 2.0) with d flipped to −1.
    // CR_a = (2.13/2.49)^(1/4) − 1 = −0.038288; CR_r = (2.0/2.49)^(1/5) − 1 = −0.042881; R = 0.8929.
    WorkedCase(name: "percentage near 100 measured on its distance to 100", figures: figures(YearValue(2020, 97.51), YearValue(2024, 97.87),
               target: YearValue(2025, 98), .up, percent: true), category: .accelerationNeeded, ratio: 0.8929, method: .cagr,
               onDistanceToLimit: true),
    // The same figures without natural limits: CR_a = (97.87/97.51)^(1/4) − 1 = 0.00092171;
    // CR_r = (98/97.51)^(1/5) − 1 = 0.0010030; R = 0.9189.
    WorkedCase(name: "the same figures as a unit without limits", figures: figures(YearValue(2020, 97.51), YearValue(2024, 97.87),
               target: YearValue(2025, 98), .up), category: .accelerationNeeded, ratio: 0.9189, method: .cagr),
    // Communes meeting the advanced standard: 0 (2021) → 7 (2024), target 17 in 2025. A growth rate
    // from 0 is undefined: 7/3 = 2.333 a year observed against 17/4 = 4.25 needed; R = 0.5490.
    WorkedCase(name: "zero baseline falls back to the linear pace", figures: figures(YearValue(2021, 0), YearValue(2024, 7),
               target: YearValue(2025, 17), .up), category: .limitedProgress, ratio: 0.5490, method: .linear),
    // A balance that starts negative: −2 (2020) → −0.5 (2023), target 1 in 2025:
    // 1.5/3 = 0.5 a year observed against 3/5 = 0.6 needed; R = 0.8333.
    WorkedCase(name: "negative values fall back to the linear pace", figures: figures(YearValue(2020, -2), YearValue(2023, -0.5),
               target: YearValue(2025, 1), .up), category: .accelerationNeeded, ratio: 0.8333, method: .linear),
    // New Rural communes 15 (2020) → 34 (2024), target 61 in 2025:
    // CR_a = (34/15)^(1/4) − 1 = 0.22701; CR_r = (61/15)^(1/5) − 1 = 0.32388; R = 0.7009.
    WorkedCase(name: "count rising too slowly", figures: figures(YearValue(2020, 15), YearValue(2024, 34), target: YearValue(2025, 61), .up),
               category: .accelerationNeeded, ratio: 0.7009, method: .cagr),
    // Average criteria per commune 12.25 (2020) → 15.49 (2024), target 15 in 2025: reached.
    // CR_a = (15.49/12.25)^(1/4) − 1 = 0.060422; CR_r = (15/12.25)^(1/5) − 1 = 0.041336; R = 1.4617.
    WorkedCase(name: "target reached before its year", figures: figures(YearValue(2020, 12.25), YearValue(2024, 15.49),
               target: YearValue(2025, 15), .up), category: .achieved, ratio: 1.4617, method: .cagr),
    // Baseline already at the target and still there: achieved.
    WorkedCase(name: "baseline at the target, still at it", figures: figures(YearValue(2020, 98), YearValue(2023, 98.5),
               target: YearValue(2025, 98), .up, percent: true), category: .achieved, ratio: nil, method: .cagr, onDistanceToLimit: true),
    // Baseline at the target, then below it: the required pace is 0, the figure moved away.
    WorkedCase(name: "baseline at the target, then falling back", figures: figures(YearValue(2020, 98), YearValue(2023, 97),
               target: YearValue(2025, 98), .up, percent: true), category: .deterioration, ratio: nil, method: .cagr, onDistanceToLimit: true),
    // The 2025 figure falls short: CR_a = (59/15)^(1/5) − 1 = 0.31508; R = 0.31508 / 0.32388 = 0.9728, but
    // the target year is over, so not "on track".
    WorkedCase(name: "target year reached without the target", figures: figures(YearValue(2020, 15), YearValue(2025, 59),
               target: YearValue(2025, 61), .up), category: .accelerationNeeded, ratio: 0.9728, method: .cagr, targetYearPassed: true),
    // A figure after the target year: CR_a = (60/15)^(1/6) − 1 = 0.25992; R = 0.25992 / 0.32388 = 0.8025.
    WorkedCase(name: "target year already passed", figures: figures(YearValue(2020, 15), YearValue(2026, 60),
               target: YearValue(2025, 61), .up), category: .accelerationNeeded, ratio: 0.8025, method: .cagr, targetYearPassed: true),
    WorkedCase(name: "latest figure of the baseline year", figures: figures(YearValue(2024, 18.5), YearValue(2024, 18.5),
               target: YearValue(2025, 15), .down, percent: true), category: .notAssessable, reason: .noElapsedTime),
    WorkedCase(name: "latest figure of the baseline year, already at the target", figures: figures(YearValue(2024, 14), YearValue(2024, 14),
               target: YearValue(2025, 15), .down, percent: true), category: .achieved),
    WorkedCase(name: "no baseline", figures: figures(nil, YearValue(2024, 90), target: YearValue(2025, 98), .up, percent: true),
               category: .notAssessable, reason: .noBaseline),
    WorkedCase(name: "no baseline, target reached", figures: figures(nil, YearValue(2024, 99), target: YearValue(2025, 98), .up, percent: true),
               category: .achieved),
    WorkedCase(name: "no figure", figures: figures(YearValue(2020, 18.5), nil, target: YearValue(2025, 8.5), .down, percent: true),
               category: .notAssessable, reason: .noFigure),
    WorkedCase(name: "baseline in the target year", figures: figures(YearValue(2025, 20), YearValue(2026, 19), target: YearValue(2025, 8.5), .down),
               category: .notAssessable, reason: .baselineNotBeforeTarget),
]

@Suite("Progress towards targets")
struct ProgressAssessorTests {
    @Test(arguments: workedCases)
    func workedCase(_ worked: WorkedCase) {
        let result = ProgressAssessor.assess(worked.figures)
        #expect(result.category == worked.category)
        #expect(result.method == worked.method)
        #expect(result.onDistanceToLimit == worked.onDistanceToLimit)
        #expect(result.targetYearPassed == worked.targetYearPassed)
        #expect(result.reason == worked.reason)
        switch (result.ratio, worked.ratio) {
        case (let actual?, let expected?): #expect(abs(actual - expected) < 0.00005, "ratio \(actual)")
        case (nil, nil): break
        case (let actual, let expected): Issue.record("ratio \(String(describing: actual)), expected \(String(describing: expected))")
        }
    }

    @Test("thresholds: 0.95, 0.6 and 0 belong to the better category", arguments: [
        (0.95, ProgressCategory.onTrack), (0.9499, .accelerationNeeded), (0.6, .accelerationNeeded), (0.5999, .limitedProgress),
        (0, .limitedProgress), (-0.0001, .deterioration), (3, .onTrack),
    ])
    func thresholds(_ ratio: Double, _ category: ProgressCategory) {
        #expect(ProgressCategory(ratio: ratio) == category)
    }

    @Test func everyCategoryHasItsOwnMark() {
        let marks = ProgressCategory.allCases.map(\.mark)
        #expect(Set(marks).count == marks.count)
        #expect(ProgressCategory.allCases.map(\.labelKey).allSatisfy { $0.hasPrefix("progress_") })
    }
}

@Suite("Baseline of a target")
struct BaselineChoiceTests {
    let figures = [YearValue(2019, 16), YearValue(2021, 17), YearValue(2022, 22), YearValue(2024, 34)]

    @Test func statedBaselineComesFirst() {
        let stated = YearValue(2020, 15)
        #expect(ChosenBaseline.choose(stated: stated, figures: figures, baseYear: 2020) == ChosenBaseline(stated, .stated))
    }

    @Test func figureOfTheBaseYear() {
        #expect(ChosenBaseline.choose(stated: nil, figures: figures, baseYear: 2021) == ChosenBaseline(YearValue(2021, 17), .observedAtBaseYear))
    }

    @Test func latestFigureBeforeTheBaseYear() {
        #expect(ChosenBaseline.choose(stated: nil, figures: figures, baseYear: 2020) == ChosenBaseline(YearValue(2019, 16), .observedBeforeBaseYear))
    }

    @Test func firstFigureAfterTheBaseYearAsOpenSDGDoes() {
        let later = Array(figures.dropFirst())
        #expect(ChosenBaseline.choose(stated: nil, figures: later, baseYear: 2020) == ChosenBaseline(YearValue(2021, 17), .observedAfterBaseYear))
    }

    @Test func noBaselineWithoutAnEarlierFigureThanTheLatest() {
        #expect(ChosenBaseline.choose(stated: nil, figures: [YearValue(2024, 34)], baseYear: 2020) == nil)
        #expect(ChosenBaseline.choose(stated: nil, figures: figures, baseYear: nil) == nil)
        #expect(ChosenBaseline.choose(stated: nil, figures: [], baseYear: 2020) == nil)
    }
}
