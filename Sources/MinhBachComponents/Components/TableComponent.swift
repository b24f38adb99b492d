import MinhBachData
import MinhBachDiagnostics
import MinhBachText

/// ```table
/// indicator: poverty_rate
/// areas: children
/// years: 2021-2025
/// ```
/// A table of figures: one row per area (`indicator` + `areas`) or one row
/// per indicator (`indicators` + `area`), one column per year, and the
/// target when there is one.
enum TableComponent: Component {
    static let name = "table"
    static let settings: [ComponentSetting] = [
        .init("indicator", .indicator), .init("indicators", .indicators), .init("areas", .areas), .init("area", .area),
        .init("years", .yearRange), .init("title", .text),
    ]

    /// A row: its header (linked), and the indicator and area of its figures.
    private struct Row {
        var header: String
        var indicator: Indicator
        var area: AreaKey
    }

    static func render(_ block: inout Block) -> String {
        let byIndicators = block.has("indicators")
        if byIndicators, block.has("indicator") {
            block.report(.indicatorAndIndicators, "indicators", [])
        } else if !byIndicators, !block.has("indicator") {
            let example = block.index.data.indicators.first?.id ?? "poverty_rate"
            block.report(.tableNeedsIndicator, at: block.source.blockLocation, [MessageArgument("example", example)])
        }
        if byIndicators, block.has("areas") {
            block.report(.areasWithIndicators, "areas", [])
        } else if !byIndicators, block.has("area") {
            block.report(.areaWithIndicator, "area", [])
        }
        let years = block.yearRange("years")
        let title = block.has("title") ? block.text("title") : nil
        var rows: [Row] = []
        var captionSubject = ""
        if byIndicators {
            if let indicators = block.indicators("indicators"), let area = block.area("area") {
                rows = indicators.map { Row(header: indicatorHeader($0, block), indicator: $0, area: area) }
                captionSubject = block.areaName(area)
            }
        } else if block.has("indicator") {
            if let indicator = block.indicator("indicator"), let areas = block.areas("areas") {
                rows = areas.map { Row(header: block.areaLink($0), indicator: indicator, area: $0) }
                captionSubject = block.indicatorName(indicator)
            }
        }
        guard !block.hasErrors, !rows.isEmpty else { return "" }

        let shown: [Int]
        if let years {
            shown = Array(years)
        } else {
            let all = Set(rows.flatMap { block.index.years($0.indicator.id, $0.area) })
            shown = all.isEmpty ? [] : Array(all.min()!...all.max()!)
        }
        let period = ChartComponent.periodText(shown, block)
        var details = period.page.isEmpty ? [] : [period.page]
        if !byIndicators, let unit = unitCaption(rows[0].indicator, block) { details.append(block.strings("unit_note", ["unit": unit])) }
        let subject = byIndicators ? block.strings("table_caption_area", ["area": captionSubject]) : captionSubject
        let caption = title ?? (details.isEmpty ? subject : "\(subject) (\(details.joined(separator: "; ")))")
        // Each row's figure of each year, looked up once for the cells and the checks below.
        let grid = rows.map { row in shown.map { block.index.observation(row.indicator.id, row.area, $0) } }
        let observations = grid.flatMap { $0.compactMap { $0 } }
        guard !observations.isEmpty else {
            let indicators = byIndicators ? rows.map(\.indicator) : [rows[0].indicator]
            let areas = byIndicators ? [rows[0].area] : rows.map(\.area)
            block.noData(.noFigures, ChartComponent.noFiguresArguments(indicators, areas, shown, block))
            return "<div class=\"mb-table-block\">\n<p class=\"mb-table-title\">\(HTML.escape(caption))</p>\n" + block.emptyState() + "</div>\n"
        }
        let illustrative = observations.contains { $0.illustrative }
        if illustrative { block.showsIllustrativeData = true }
        let targets = rows.map { block.target($0.indicator, $0.area, for: shown.last) }

        // What every row repeats, made once for the table: the years as
        // text, the target's word, the words of a missing or derived figure.
        let yearTexts = shown.map { String($0) }
        let hasTargets = targets.contains { $0 != nil }
        let targetWord = hasTargets ? HTML.escape(block.strings("target")) : ""
        var missingWords: String?
        var derivedWords: String?

        var html = "<div class=\"mb-table-block\">\n"
        html.reserveCapacity(1024 + rows.count * (shown.count + 1) * 96)
        html += "<div class=\"mb-table-scroll\" role=\"region\" aria-label=\"\(HTML.escape(caption))\" tabindex=\"0\">\n"
        html += "<table class=\"mb-table mb-table--cards\">\n<caption>\(HTML.escape(caption))</caption>\n<thead>\n<tr>"
        html += "<th scope=\"col\">\(HTML.escape(block.strings(byIndicators ? "indicator" : "area")))</th>"
        for year in yearTexts {
            html += "<th scope=\"col\" class=\"mb-num\">"
            html += year
            html += "</th>"
        }
        if hasTargets { html += "<th scope=\"col\" class=\"mb-num\">\(targetWord)</th>" }
        html += "</tr>\n</thead>\n<tbody>\n"
        for (index, (row, target)) in zip(rows, targets).enumerated() {
            html += "<tr><th scope=\"row\">"
            html += row.header
            html += "</th>"
            for (column, observation) in grid[index].enumerated() {
                guard let observation else {
                    if missingWords == nil { missingWords = HTML.escape(block.strings("missing_value")) }
                    appendMissingCell(to: &html, label: yearTexts[column], words: missingWords!)
                    continue
                }
                html += observation.isDerived ? "<td class=\"mb-num mb-derived\" data-label=\"" : "<td class=\"mb-num\" data-label=\""
                html += yearTexts[column]
                html += "\">"
                html += HTML.escape(cell(observation.value, row.indicator, block))
                if observation.isDerived {
                    // A figure derived across the reorganisation is starred, and said so aloud.
                    if derivedWords == nil {
                        derivedWords = "<span aria-hidden=\"true\">*</span><span class=\"mb-visually-hidden\"> (\(HTML.escape(block.notes.derivedMark)))</span>"
                    }
                    html += derivedWords!
                }
                html += "</td>"
            }
            if hasTargets {
                if let target {
                    let text = "\(cell(target.value, row.indicator, block)) (\(target.year))"
                    html += "<td class=\"mb-num mb-target\" data-label=\"\(targetWord)\">\(HTML.escape(text))</td>"
                } else {
                    if missingWords == nil { missingWords = HTML.escape(block.strings("missing_value")) }
                    appendMissingCell(to: &html, label: targetWord, words: missingWords!)
                }
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n</div>\n"
        if observations.contains(where: \.isDerived) {
            html += "<p class=\"mb-table-note\">\(HTML.escape(block.notes.derivedFootnote))</p>\n"
        }
        let targetDocuments = block.sortedDocuments(Array(Set(targets.compactMap { $0?.document })))
        html += block.sourceLine(documents: block.sourceDocuments(observations), targetDocuments: targetDocuments, illustrative: illustrative)
        html += "</div>\n"
        return html
    }

    /// A figure as a cell shows it: the number, with `%` for percentages;
    /// other units are in the caption or the row header.
    static func cell(_ value: Double, _ indicator: Indicator, _ block: Block) -> String {
        let number = VietnameseNumber.format(value, precision: indicator.precision, language: block.language)
        return indicator.unit == .percent ? number + "%" : number
    }

    /// The cell of a missing figure. `label` is the column's header, escaped,
    /// shown beside the cell when a phone lays the row out as a card;
    /// `words` the escaped "no figure" read aloud.
    private static func appendMissingCell(to html: inout String, label: String, words: String) {
        html += "<td class=\"mb-missing\" data-label=\""
        html += label
        html += "\"><span aria-hidden=\"true\">—</span><span class=\"mb-visually-hidden\">"
        html += words
        html += "</span></td>"
    }

    /// The unit where the cells do not say it: `triệu đồng`, `tiêu chí`.
    static func unitCaption(_ indicator: Indicator, _ block: Block) -> String? {
        switch indicator.unit {
        case .millionVND: block.strings("unit_million_vnd")
        case .criteria: block.strings("unit_criteria")
        case .percent, .count, .number: nil
        }
    }

    /// `<a>Thu nhập bình quân</a> (triệu đồng)`.
    static func indicatorHeader(_ indicator: Indicator, _ block: Block) -> String {
        block.indicatorLink(indicator) + (unitCaption(indicator, block).map { " (\(HTML.escape($0)))" } ?? "")
    }
}
