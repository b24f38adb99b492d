import MinhBachData
import MinhBachTemplates
import MinhBachText

/// `report`: the context of a year's progress report: every target with
/// its latest figure up to the report year and where it stands
/// (docs/PROGRESS.md), a count per category, and the tasks, overdue first.
struct ReportContext: TemplateFields {
    let year: Int
    let targets: [ReportTargetRow]
    let tasks: [TaskFields]
    let progressSummary: [ProgressSummaryLine]
    let progressKey: [ProgressKeyEntry]
    let overdueCount: Int

    func child(named key: String) -> Any? {
        switch key {
        case "year": return year
        case "targets": return targets
        case "tasks": return tasks
        case "progress_summary": return progressSummary
        case "progress_key": return progressKey
        case "overdue_count": return overdueCount
        default: return nil
        }
    }
}

/// `report.targets[]`: a target, its figure's provenance and its progress.
struct ReportTargetRow: TemplateFields {
    let indicator: String
    let indicatorURL: String
    let area: String
    let target: String
    let targetYear: Int
    var targetDocument: String?
    var targetDocumentURL: String?
    /// The figure's source and derivation, when there is a figure.
    var figure: FigureFields?
    var reason: String?
    let progress: ProgressFields

    func child(named key: String) -> Any? {
        switch key {
        case "indicator": return indicator
        case "indicator_url": return indicatorURL
        case "area": return area
        case "target": return target
        case "target_year": return targetYear
        case "target_document": return targetDocument
        case "target_document_url": return targetDocumentURL
        case "has_figure_source": return figure.map { _ in true }
        case "reason": return reason
        default: return figure?.child(named: key) ?? progress.child(named: key)
        }
    }
}

extension DataContextBuilder {
    func report(_ reportYear: Int) -> ReportContext {
        var counts: [ProgressCategory: Int] = [:]
        let rows = index.data.targets.compactMap { target -> ReportTargetRow? in
            guard let indicator = index.indicators[target.indicator] else { return nil }
            let standing = TargetStanding(target, indicator, in: index, upTo: reportYear)
            counts[standing.assessment.category, default: 0] += 1
            var row = ReportTargetRow(indicator: name(indicator.nameVI, indicator.nameEN),
                                      indicatorURL: links.url(indicator: indicator.id, language: language) ?? "",
                                      area: areaName(target.area), target: format(target.value, indicator),
                                      targetYear: target.year, progress: progress(standing))
            if let document = index.documents[target.document] {
                row.targetDocument = document.label
                row.targetDocumentURL = links.url(document: document.id, language: language) ?? ""
            }
            row.figure = standing.figure.map(figureFields)
            // No figure for the report year: say why in one sentence.
            if standing.figure?.year != reportYear { row.reason = notes.missing(indicator, target.area, reportYear) }
            return row
        }
        let noDeadline = CalendarDate(year: 9999, month: 12, day: 31)!
        let tasks = index.data.tasks.sorted { a, b in
            let (oa, ob) = (a.isOverdue(on: asOf), b.isOverdue(on: asOf))
            if oa != ob { return oa }
            return (a.deadline ?? noDeadline) < (b.deadline ?? noDeadline)
        }
        return ReportContext(year: reportYear, targets: rows, tasks: tasks.map(task), progressSummary: progressSummary(counts),
                             progressKey: progressKey, overdueCount: tasks.filter { $0.isOverdue(on: asOf) }.count)
    }
}
