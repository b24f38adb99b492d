@testable import MinhBachCharts
import MinhBachText
import Testing

@Suite("Escaping of input text")
struct EscapingTests {
    static let hostile = [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "' onload='alert(1)",
        "Tom & Jerry </text></svg><svg onload=alert(1)>",
    ]

    private func chart(_ text: String, kind: ChartSpec.Kind) -> (ChartSpec, [ChartSeries]) {
        let spec = ChartSpec(id: "x", title: text, description: text, unit: .percent, precision: 1, kind: kind,
                             target: .init(value: 50, label: text), categoryTitle: text)
        let series = [Samples.series(text, [(text, 10), ("2022", nil)]), Samples.series("B " + text, [(text, 20)])]
        return (spec, series)
    }

    @Test("hostile labels come out as inert text", arguments: hostile, [ChartSpec.Kind.line, .bar])
    func inert(_ text: String, _ kind: ChartSpec.Kind) {
        let (spec, series) = chart(text, kind: kind)
        for output in [ChartRenderer.svg(spec, series: series), ChartTable.html(spec, series: series)] {
            #expect(!output.contains("<script"))
            #expect(!output.contains("<img"))
            #expect(!output.contains("<svg onload"))
            #expect(!output.contains("' onload"))
            #expect(!output.contains("\" onerror"))
        }
        let svg = ChartRenderer.svg(spec, series: series)
        let check = XMLCheck.parse(svg)
        #expect(check.error == nil)
        #expect(Set(check.elements).isSubset(of: ["svg", "title", "desc", "g", "path", "text", "tspan", "circle", "rect",
                                                 "polygon", "defs", "pattern"]))
        #expect(check.elements.filter { $0 == "svg" }.count == 1)
        // The table is XHTML-compatible, so the XML parser checks it too.
        #expect(XMLCheck.parse(ChartTable.html(spec, series: series)).error == nil)
    }

    @Test("the five XML specials become entities")
    func entities() {
        #expect(Markup.escape("<a href=\"x\">'b' & c</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;b&#39; &amp; c&lt;/a&gt;")
        #expect(Markup.escape("Phường Ninh Kiều") == "Phường Ninh Kiều")
    }

    @Test("control characters, which XML forbids, are dropped")
    func controlCharacters() {
        #expect(Markup.escape("a\u{0}b\u{1B}c\td\ne") == "abc\td\ne")
        let spec = ChartSpec(id: "x", title: "bad\u{7}title", description: "", unit: .count, precision: 0, kind: .line)
        #expect(XMLCheck.parse(ChartRenderer.svg(spec, series: [])).error == nil)
    }
}
