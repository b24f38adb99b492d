import MinhBachData
import MinhBachTemplates
import MinhBachText

/// The keys of a target row about its figures and progress (docs/PAGES.md,
/// docs/PROGRESS.md): baseline and latest figure with their years, the
/// category with its mark and words, the ratio of observed to required
/// pace, and notes on how it was measured.
struct ProgressFields: TemplateFields {
    var baseline: String?
    var baselineYear: Int?
    var baselineSource: String?
    var value: String?
    var valueYear: Int?
    var progress: String
    var mark: String
    var text: String
    var ratio: String?
    var method: String?
    var note: String?
    var detail: String?

    func child(named name: String) -> Any? {
        switch name {
        case "baseline": return baseline
        case "baseline_year": return baselineYear
        case "baseline_source": return baselineSource
        case "value": return value
        case "value_year": return valueYear
        case "progress": return progress
        case "progress_mark": return mark
        case "progress_text": return text
        case "progress_ratio": return ratio
        case "progress_method": return method
        case "progress_note": return note
        case "progress_detail": return detail
        default: return nil
        }
    }
}

/// One line of a report's summary: a category that occurs, its mark, the
/// count and the words for that count.
struct ProgressSummaryLine: TemplateFields {
    let progress: String
    let mark: String
    let count: Int
    let text: String

    func child(named name: String) -> Any? {
        switch name {
        case "progress": return progress
        case "mark": return mark
        case "count": return count
        case "text": return text
        default: return nil
        }
    }
}

/// A category's mark and words, for the key under a table.
struct ProgressKeyEntry: TemplateFields {
    let mark: String
    let text: String

    func child(named name: String) -> Any? {
        switch name {
        case "mark": return mark
        case "text": return text
        default: return nil
        }
    }
}

extension DataContextBuilder {
    func progress(_ standing: TargetStanding) -> ProgressFields {
        let indicator = standing.indicator, assessment = standing.assessment
        let category = assessment.category
        var row = ProgressFields(progress: category.rawValue, mark: category.mark, text: strings[category.labelKey] ?? category.rawValue)
        if let baseline = standing.baseline {
            row.baseline = format(baseline.figure.value, indicator)
            row.baselineYear = baseline.figure.year
            row.baselineSource = baseline.source.rawValue
        }
        if let figure = standing.figure {
            row.value = format(figure.value, indicator)
            row.valueYear = figure.year
        }
        if let ratio = assessment.ratio, category != .achieved {
            row.ratio = VietnameseNumber.percent(ratio * 100, precision: 0, language: language)
        }
        row.method = assessment.method?.rawValue
        var notes: [String] = []
        // A row without a figure says why in its own sentence (`reason`).
        if let reason = assessment.reason, reason != .noFigure { notes.append(strings[reason.labelKey] ?? reason.rawValue) }
        if let baseline = standing.baseline, baseline.source != .stated {
            notes.append(Placeholders.fill(strings[baseline.source.labelKey] ?? baseline.source.rawValue,
                                           ["year": String(baseline.figure.year)]))
        }
        if assessment.targetYearPassed { notes.append(strings["progress_note_target_year_passed"] ?? "target year passed") }
        if category != .achieved {
            if assessment.method == .linear { notes.append(strings["progress_note_linear"] ?? "linear") }
            if assessment.onDistanceToLimit { notes.append(strings["progress_note_distance_to_limit"] ?? "distance to 100%") }
        }
        if !notes.isEmpty { row.note = notes.joined(separator: "; ") }
        // The pace and the notes in one bracket, for tables without a pace column.
        let pace = row.ratio.map { Placeholders.fill(strings["progress_pace"] ?? "{percent}", ["percent": $0]) }
        let detail = (pace.map { [$0] } ?? []) + notes
        if !detail.isEmpty { row.detail = detail.joined(separator: "; ") }
        return row
    }

    func progressSummary(_ counts: [ProgressCategory: Int]) -> [ProgressSummaryLine] {
        ProgressCategory.allCases.compactMap { category in
            guard let count = counts[category], count > 0 else { return nil }
            let key = "progress_count_\(category.rawValue)"
            let text = (count == 1 ? strings[key + "_one"] : nil) ?? strings[key] ?? category.rawValue
            return ProgressSummaryLine(progress: category.rawValue, mark: category.mark, count: count, text: text)
        }
    }

    var progressKey: [ProgressKeyEntry] {
        ProgressCategory.allCases.map { ProgressKeyEntry(mark: $0.mark, text: strings[$0.labelKey] ?? $0.rawValue) }
    }
}
