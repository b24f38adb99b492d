import MinhBachData
import MinhBachDiagnostics
import MinhBachText

/// ```kpi
/// indicator: poverty_rate
/// ```
/// One figure as a headline: its value, the change from the year before
/// (in words, with an arrow, and whether it is for the better), and where
/// it stands towards its target, assessed as the report assesses it
/// (docs/PROGRESS.md).
enum KPIComponent: Component {
    static let name = "kpi"
    static let settings: [ComponentSetting] = [.init("indicator", .indicator), .init("area", .area), .init("year", .year)]

    static func render(_ block: inout Block) -> String {
        _ = block.require("indicator", example: "indicator: \(block.index.data.indicators.first?.id ?? "poverty_rate")")
        let indicator = block.indicator("indicator")
        let area = block.area("area")
        let asked = block.year("year")
        guard !block.hasErrors, let indicator, let area else { return "" }

        let years = block.index.years(indicator.id, area)
        let year: Int? = asked
            ?? (years.contains(block.environment.year) ? block.environment.year
                : years.last(where: { $0 <= block.environment.year }) ?? years.last)
        let label = "<p class=\"mb-kpi-label\">\(block.indicatorLink(indicator)) – \(HTML.escape(block.areaName(area)))"
            + (year.map { ", " + HTML.escape(block.strings("in_year", ["year": String($0)])) } ?? "") + "</p>\n"
        guard let year, let observation = block.index.observation(indicator.id, area, year) else {
            let arguments = [MessageArgument("indicator", indicator.id), MessageArgument("area", ChartComponent.areaList([area], block)),
                             MessageArgument("year", ChartComponent.inYears(asked.map { [$0] } ?? []))]
            if years.isEmpty {
                block.noData(.noFigure, arguments)
            } else {
                block.noData(.noFigureInYear, arguments + [MessageArgument("years", years.map(String.init).joined(separator: ", "))])
            }
            // Why, in one line: a year of the other administrative map says
            // what kept a figure from being derived.
            let why = year.flatMap { block.notes.gap(indicator, area, $0) }
            return "<div class=\"mb-kpi mb-kpi--empty\">\n" + label
                + (why.map { "<p class=\"mb-empty\">\(HTML.escape($0))</p>\n" } ?? block.emptyState()) + "</div>\n"
        }
        var shown = [observation]

        var change = ""
        var verdictClass = ""
        if let previousYear = years.last(where: { $0 < year }), let previous = block.index.observation(indicator.id, area, previousYear) {
            shown.append(previous)
            var wording = VietnameseNumber.change(from: previous.value, to: observation.value, unit: block.unit(indicator),
                                                  precision: indicator.precision, language: block.language)
            let unchanged = !wording.contains(where: \.isNumber)
            if !unchanged, let unit = TableComponent.unitCaption(indicator, block) { wording += " " + unit }
            let rising = observation.value > previous.value
            let arrow = unchanged ? "→" : rising ? "▲" : "▼"
            var sentence = wording + " " + block.strings("compared_with", ["year": String(previousYear)])
            if unchanged {
                verdictClass = "mb-change--none"
            } else {
                let good = rising == (indicator.direction == .up)
                verdictClass = good ? "mb-change--good" : "mb-change--bad"
                sentence += " (\(block.strings(good ? "change_good" : "change_bad")))"
            }
            change = "<p class=\"mb-kpi-change \(verdictClass)\"><span class=\"mb-kpi-arrow\" aria-hidden=\"true\">\(arrow)</span> "
                + HTML.escape(sentence) + "</p>\n"
        }

        var targetLine = ""
        var targetDocuments: [String] = []
        if let target = block.target(indicator, area, for: year) {
            targetDocuments = [target.document]
            // Assessed as of the year shown, as the report assesses as of its year.
            let standing = TargetStanding(target, indicator, in: block.index, upTo: year)
            targetLine = "<p class=\"mb-kpi-target\">" + HTML.escape(block.strings("target_for", [
                "year": String(target.year), "value": block.formatted(target.value, indicator),
            ])) + " · " + progress(standing.assessment, block) + "</p>\n"
        }

        let illustrative = shown.contains { $0.illustrative }
        if illustrative { block.showsIllustrativeData = true }
        var html = "<div class=\"mb-kpi\(verdictClass.isEmpty ? "" : " mb-kpi--" + verdictClass.dropFirst("mb-change--".count))\">\n"
        html += label
        html += "<p class=\"mb-kpi-value\">\(HTML.escape(block.formatted(observation.value, indicator)))</p>\n"
        if let derivation = block.notes.derivation(of: observation) {
            html += "<p class=\"mb-kpi-derived\">\(HTML.escape(derivation))</p>\n"
        }
        html += change + targetLine
        html += block.sourceLine(documents: block.sourceDocuments([observation]), targetDocuments: targetDocuments, illustrative: illustrative)
        return html + "</div>\n"
    }

    /// "△ Có tiến bộ, cần đẩy nhanh (tốc độ 82% so với yêu cầu)": the
    /// category's mark and words as the report's table gives them (the
    /// i18n `progress_*` strings), with the pace, why it cannot be assessed,
    /// or that the target year has passed.
    static func progress(_ assessment: ProgressAssessment, _ block: Block) -> String {
        let category = assessment.category
        let words = block.environment.strings
        var notes: [String] = []
        if let ratio = assessment.ratio, category != .achieved {
            notes.append(block.strings("progress_pace", [
                "percent": VietnameseNumber.percent(ratio * 100, precision: 0, language: block.language),
            ]))
        }
        if let reason = assessment.reason { notes.append(words[reason.labelKey] ?? reason.rawValue) }
        if assessment.targetYearPassed {
            notes.append(words["progress_note_target_year_passed"] ?? "progress_note_target_year_passed")
        }
        let text = (words[category.labelKey] ?? category.rawValue) + (notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")")
        return "<span class=\"mb-kpi-mark\" aria-hidden=\"true\">\(category.mark)</span> " + HTML.escape(text)
    }
}
