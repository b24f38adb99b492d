import MinhBachText

/// A chart's numbers as an HTML table — for screen readers, for copying,
/// and for readers who prefer figures to shapes. One row per category
/// (year or area), one column per series; a target, if any, in the footer.
public enum ChartTable {
    /// Hidden on screen but read aloud; inline so the table needs no stylesheet.
    static let visuallyHidden = "position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0"

    /// Between a derived value's mark and the words read in its place.
    private static let spokenStart = "</span><span class=\"mb-visually-hidden\" style=\"\(visuallyHidden)\"> ("

    /// `<table class="mb-chart-table">` with a `<caption>`, `<th scope="col">`
    /// for the series and `<th scope="row">` for the categories. A missing
    /// value shows `—` and reads "không có số liệu"; a derived one is
    /// followed by `*`, explained in the footer.
    public static func html(_ spec: ChartSpec, series: [ChartSeries]) -> String {
        html(ChartFacts(spec: spec, series: series))
    }

    static func html(_ chart: ChartFacts) -> String {
        let spec = chart.spec, series = chart.series, words = chart.words
        var html = Markup()
        html.start("table")
        html.attribute("class", literal: "mb-chart-table")
        html.endOpen()
        var caption = spec.title
        if let unit = words.tableUnit(spec.unit) { caption += " (\(unit))" }
        html.start("caption")
        html.end("caption", text: caption)
        html.open("thead")
        html.open("tr")
        html.start("th")
        html.attribute("scope", literal: "col")
        html.end("th", text: spec.categoryTitle ?? words.categoryTitle(spec.kind.categories))
        for item in series {
            html.start("th")
            html.attribute("scope", literal: "col")
            html.end("th", text: item.name)
        }
        html.close("tr")
        html.close("thead")
        html.open("tbody")
        let labels = chart.cellLabels
        var missing: String?
        for (position, category) in chart.categories.enumerated() {
            html.open("tr")
            html.start("th")
            html.attribute("scope", literal: "row")
            html.end("th", text: category)
            for item in series.indices {
                let cell = chart.cells[item][position]
                if cell.value != nil, let label = labels[item][position] {
                    html.start("td")
                    if cell.derived {
                        html.attribute("class", literal: "mb-num mb-derived")
                        html.appendRaw(">")
                        html.appendEscaped(label)
                        html.appendRaw("<span aria-hidden=\"true\">")
                        html.appendEscaped(words.derivedMark)
                        html.appendRaw(spokenStart)
                        html.appendEscaped(words.derivedSpoken)
                        html.appendRaw(")</span></td>\n")
                    } else {
                        html.attribute("class", literal: "mb-num")
                        html.end("td", text: label)
                    }
                } else {
                    if missing == nil { missing = missingCell(words) }
                    html.append(missing!)
                }
            }
            html.close("tr")
        }
        html.close("tbody")
        if spec.target != nil || chart.hasDerived {
            html.open("tfoot")
            if let target = spec.target {
                html.open("tr")
                html.start("th")
                html.attribute("scope", literal: "row")
                html.end("th", text: target.label)
                html.start("td")
                if series.count > 1 { html.attribute("colspan", safe: String(series.count)) }
                html.attribute("class", literal: "mb-num")
                html.end("td", text: chart.valueLabel(target.value))
                html.close("tr")
            }
            // What the mark after a value means, under all the figures.
            if chart.hasDerived {
                html.start("tr")
                html.attribute("class", literal: "mb-chart-note")
                html.endOpen()
                html.start("td")
                html.attribute("colspan", safe: String(series.count + 1))
                html.end("td", text: words.derivedNote)
                html.close("tr")
            }
            html.close("tfoot")
        }
        html.close("table")
        return html.text
    }

    /// The cell of a missing value: a dash, and the words read aloud.
    private static func missingCell(_ words: ChartWords) -> String {
        "<td class=\"mb-missing\"><span aria-hidden=\"true\">—</span>"
            + "<span class=\"mb-visually-hidden\" style=\"\(visuallyHidden)\">\(Markup.escape(words.noData))</span></td>"
    }
}
