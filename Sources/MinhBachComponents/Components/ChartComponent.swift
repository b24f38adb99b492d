import MinhBachCharts
import MinhBachDiagnostics
import MinhBachData
import MinhBachText

/// ```chart
/// indicator: poverty_rate
/// areas: [this, parent]
/// years: 2021-2025
/// ```
/// An inline SVG line chart (one line per area over the years) or bar chart
/// (one bar per area, for `year`), with its numbers as a table and the
/// documents they come from.
enum ChartComponent: Component {
    static let name = "chart"
    static let settings: [ComponentSetting] = [
        .init("indicator", .indicator), .init("areas", .areas), .init("years", .yearRange), .init("year", .year),
        .init("type", .choice(ChartSpec.Kind.allCases.map(\.rawValue))), .init("target", .bool), .init("title", .text),
    ]

    static func render(_ block: inout Block) -> String {
        _ = block.require("indicator", example: "indicator: \(block.index.data.indicators.first?.id ?? "poverty_rate")")
        let indicator = block.indicator("indicator")
        let areas = block.areas("areas")
        let (years, year) = (block.yearRange("years"), block.year("year"))
        if block.has("years"), block.has("year") {
            block.report(.yearAndYears, "year", [])
        }
        var kind: ChartSpec.Kind = block.has("year") ? .bar : .line
        if let type = block.choice("type").flatMap(ChartSpec.Kind.init(rawValue:)) {
            kind = type
            if kind.categories == .years, block.has("year") {
                block.report(.chartTakesYears, "type", [MessageArgument("type", kind.rawValue)])
            }
        }
        let drawsTarget = block.bool("target") ?? true
        let title = block.has("title") ? block.text("title") : nil
        guard !block.hasErrors, let indicator, let areas else { return "" }

        // The years shown: as asked, or every year with a figure for these areas.
        let shown: [Int]
        if let year {
            shown = [year]
        } else if let years {
            shown = Array(years)
        } else {
            let all = Set(areas.flatMap { block.index.years(indicator.id, $0) })
            shown = all.isEmpty ? [] : Array(all.min()!...all.max()!)
        }
        // Each area's figure of each year, looked up once for the chart, its description and the check below.
        let grid = areas.map { area in shown.map { block.index.observation(indicator.id, area, $0) } }
        let observations = grid.flatMap { $0.compactMap { $0 } }
        let period = periodText(shown, block)
        let heading = title ?? defaultTitle(indicator, areas, period: period, block)
        guard !observations.isEmpty else {
            block.noData(.noFigures, noFiguresArguments([indicator], areas, shown, block))
            return "<figure class=\"mb-chart-figure\">\n<figcaption class=\"mb-chart-title\">\(HTML.escape(heading))</figcaption>\n"
                + block.emptyState() + "</figure>\n"
        }
        let illustrative = observations.contains { $0.illustrative }
        if illustrative { block.showsIllustrativeData = true }

        var series: [ChartSeries]
        switch kind.categories {
        case .years:
            // An area without any figure would only add an empty legend entry.
            series = areas.indices.map { row in
                ChartSeries(name: block.areaName(areas[row]), points: shown.indices.map { column in
                    let observation = grid[row][column]
                    return ChartPoint(label: String(shown[column]), value: observation?.value, derived: observation?.isDerived ?? false)
                })
            }.filter { line in line.points.contains { $0.value != nil } }
        case .areas:
            // One series per year; the areas as categories, highest first for a single year.
            var ordered = Array(areas.indices)
            if shown.count == 1 {
                let values = Dictionary(uniqueKeysWithValues: areas.indices.map { (areas[$0], grid[$0][0]?.value) })
                ordered = areas.enumerated().sorted { a, b in
                    switch (values[a.element] ?? nil, values[b.element] ?? nil) {
                    case let (x?, y?) where x != y: return x > y
                    case (.some, nil): return true
                    case (nil, .some): return false
                    default: return a.offset < b.offset
                    }
                }.map(\.offset)
            }
            series = shown.indices.map { column in
                ChartSeries(name: String(shown[column]), points: ordered.map { row in
                    let observation = grid[row][column]
                    return ChartPoint(label: block.areaName(areas[row]), value: observation?.value, derived: observation?.isDerived ?? false)
                })
            }
        }
        // The first area's target, drawn as a reference line.
        var target: Target?
        if drawsTarget, let first = areas.first { target = block.target(indicator, first, for: shown.last) }
        let targetSpec = target.map { target in
            ChartSpec.Target(value: target.value, label: block.strings("target_label", ["year": String(target.year),
                                                                                        "value": block.formatted(target.value, indicator)]))
        }
        let spec = ChartSpec(id: "mb-chart-\(block.source.fenceLine)", title: heading,
                             description: description(kind, indicator, areas, shown, grid: grid, period: period, target: targetSpec, block),
                             unit: block.unit(indicator), precision: indicator.precision, language: block.language, kind: kind,
                             target: targetSpec, categoryTitle: categoryTitle(kind, block),
                             breakMark: breakMark(kind, shown, block))

        let chart = PreparedChart(spec, series: series)
        let svgs = block.environment.drawsCharts ? chartSVGs(chart) : "", table = chart.table
        // Room for the drawings and the table at once: the figure is not copied as it grows.
        var html = ""
        html.reserveCapacity(svgs.utf8.count + table.utf8.count + 2048)
        html += "<figure class=\"mb-chart-figure\">\n"
        html += "<figcaption class=\"mb-chart-title\">\(HTML.escape(heading))</figcaption>\n"
        html += svgs
        html += "<details class=\"mb-chart-data\">\n<summary>\(HTML.escape(block.strings("show_data_table")))</summary>\n"
        html += table
        if !html.hasSuffix("\n") { html += "\n" }
        html += "</details>\n"
        html += block.sourceLine(documents: block.sourceDocuments(observations), targetDocuments: target.map { [$0.document] } ?? [],
                                 illustrative: illustrative)
        html += "</figure>\n"
        return html
    }

    /// The heading of the data table's first column: the chart's own
    /// default ("Năm") for years, "Địa bàn" for areas.
    static func categoryTitle(_ kind: ChartSpec.Kind, _ block: Block) -> String? {
        switch kind.categories {
        case .years: nil
        case .areas: block.strings("area")
        }
    }

    /// The kinds that draw the reorganisation between two years.
    static func breakMark(_ kind: ChartSpec.Kind, _ years: [Int], _ block: Block) -> ChartSpec.Break? {
        switch kind {
        case .line: reorganisationBreak(years, block)
        case .bar, .column: nil
        }
    }

    /// The reorganisation of 1 July 2025, between the last year before it
    /// and its own year, when the chart shows both.
    static func reorganisationBreak(_ years: [Int], _ block: Block) -> ChartSpec.Break? {
        let effective = Reorganisation.effective
        guard years.contains(effective.year - 1), years.contains(effective.year) else { return nil }
        let label = block.strings("reorganisation_break", ["date": effective.short(block.language)])
        return ChartSpec.Break(before: String(effective.year), label: label)
    }

    /// The chart drawn twice: for wide screens and for phones, where the
    /// wide drawing would shrink its text to 7 px. The stylesheet shows one
    /// (`.mb-chart-wide`, `.mb-chart-narrow`); a hidden one is not read
    /// aloud, and each has its own ids. Both from one `PreparedChart`: the
    /// axis, labels and values do not depend on the width.
    static func chartSVGs(_ chart: PreparedChart) -> String {
        chart.svgs([
            .init(width: ChartRenderer.wideWidth, before: "<div class=\"mb-chart-wide\">\n", after: "</div>\n"),
            .init(width: ChartRenderer.narrowWidth, idSuffix: "-narrow", before: "<div class=\"mb-chart-narrow\">\n", after: "</div>\n"),
        ])
    }

    /// `2021–2025`, `năm 2024` / `2024`, in the page's language and in English for messages.
    static func periodText(_ years: [Int], _ block: Block) -> (page: String, english: String) {
        guard let first = years.first, let last = years.last else { return ("", "") }
        if first == last { return (block.strings("in_year", ["year": String(first)]), String(first)) }
        return (block.strings("period", ["from": String(first), "to": String(last)]), "\(first)–\(last)")
    }

    /// `Tỷ lệ hộ nghèo – Phường A, Thành phố B (2021–2025)`; the units below
    /// the page's area are named by their parent.
    static func defaultTitle(_ indicator: Indicator, _ areas: [AreaKey], period: (page: String, english: String), _ block: Block) -> String {
        var names: String
        if let this = block.environment.thisArea, let children = block.index.children[this], areas.count > 1,
           Set(areas) == Set(children) {
            names = block.strings("chart_units_of", ["area": block.areaName(this)])
        } else {
            names = areas.map(block.areaName).joined(separator: ", ")
        }
        if !period.page.isEmpty { names += " (\(period.page))" }
        return "\(block.indicatorName(indicator)) – \(names)"
    }

    /// What a chart or table found no figures of: the indicators, the
    /// areas and the years shown (none when no area has any figure).
    static func noFiguresArguments(_ indicators: [Indicator], _ areas: [AreaKey], _ years: [Int], _ block: Block) -> [MessageArgument] {
        [MessageArgument("indicators", indicators.map { "'\($0.id)'" }.joined(separator: ", ")),
         MessageArgument("areas", areaList(areas, block)), MessageArgument("period", inYears(years))]
    }

    /// ` in 2024`, ` in 2021–2025` (` năm 2024`, ` giai đoạn 2021–2025`), or
    /// nothing, after a message.
    static func inYears(_ years: [Int]) -> LocalizedText {
        guard let first = years.first, let last = years.last else { return LocalizedText(vi: "", en: "") }
        if first == last { return LocalizedText(vi: " năm \(first)", en: " in \(first)") }
        return LocalizedText(vi: " giai đoạn \(first)–\(last)", en: " in \(first)–\(last)")
    }

    static func areaList(_ areas: [AreaKey], _ block: Block) -> String {
        areas.map { key in block.index.areas[key].map { "\($0.name) (\($0.code))" } ?? key.code }.joined(separator: ", ")
    }

    /// What the chart shows in words, for screen readers: the first and
    /// last figure of each line and the years without one, or the highest
    /// and lowest bar. `grid[area][year]` holds the figures of `areas` in `years`.
    static func description(_ kind: ChartSpec.Kind, _ indicator: Indicator, _ areas: [AreaKey], _ years: [Int],
                            grid: [[Observation?]], period: (page: String, english: String), target: ChartSpec.Target?,
                            _ block: Block) -> String {
        var sentences: [String] = ["\(block.strings("chart_\(kind.rawValue)")), \(period.page)."]
        let figures: [(AreaKey, [(Int, Double)])] = areas.indices.map { row in
            (areas[row], years.indices.compactMap { column in grid[row][column].map { (years[column], $0.value) } })
        }
        if kind.categories == .years || years.count > 1 {
            for (area, values) in figures {
                let name = block.areaName(area)
                var sentence: String
                if let first = values.first, let last = values.last {
                    sentence = first.0 == last.0
                        ? block.strings("desc_single", ["area": name, "value": block.formatted(first.1, indicator), "year": String(first.0)])
                        : block.strings("desc_series", ["area": name, "first": block.formatted(first.1, indicator), "from": String(first.0),
                                                        "last": block.formatted(last.1, indicator), "to": String(last.0)])
                    let missing = years.filter { year in !values.contains { $0.0 == year } }
                    if !missing.isEmpty {
                        sentence += "; " + block.strings("desc_gaps", ["years": missing.map(String.init).joined(separator: ", ")])
                    }
                } else {
                    sentence = "\(name): \(block.strings("missing_value"))"
                }
                sentences.append(sentence + ".")
            }
        } else {
            let values = figures.compactMap { area, values in values.first.map { (area, $0.1) } }
            if let highest = values.max(by: { $0.1 < $1.1 }), let lowest = values.min(by: { $0.1 < $1.1 }) {
                var sentence = block.strings("desc_highest", ["area": block.areaName(highest.0), "value": block.formatted(highest.1, indicator)])
                if values.count > 1 {
                    sentence += "; " + block.strings("desc_lowest", ["area": block.areaName(lowest.0), "value": block.formatted(lowest.1, indicator)])
                }
                sentences.append(sentence + ".")
            }
        }
        if let target { sentences.append(target.label + ".") }
        return sentences.joined(separator: " ")
    }
}
