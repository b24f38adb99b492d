import MinhBachCharts
import MinhBachText
import Testing

/// Derived figures and the break of the 1 July 2025 reorganisation: marked
/// by shape and words, never by colour alone, and only when present.
@Suite("Derived figures and breaks")
struct DerivedAndBreakTests {
    private func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test("a derived point is hollow, its segment dashed apart, its value starred")
    func derivedPoint() {
        let svg = ChartRenderer.svg(Samples.reorganisation.spec, series: Samples.reorganisation.series)
        #expect(count("class=\"mb-derived\"", in: svg) == 1)
        #expect(count("fill=\"#ffffff\" stroke=\"#0a3a5c\" stroke-width=\"2\"", in: svg) == 1)
        #expect(svg.contains(">9,1%*</text>"))
        #expect(svg.contains(">Số liệu suy ra</text>"))
    }

    @Test("without a derived point there is no legend entry, no dashed segment and no note")
    func noDerived() {
        let plain = Samples.reorganisation.series.map { series in
            ChartSeries(name: series.name, points: series.points.map { ChartPoint(label: $0.label, value: $0.value) })
        }
        let svg = ChartRenderer.svg(Samples.reorganisation.spec, series: plain)
        #expect(!svg.contains("mb-derived"))
        #expect(!svg.contains("mb-legend"))
        #expect(!svg.contains(">Số liệu suy ra</text>"))
        #expect(!svg.contains("*</text>"))
        #expect(!ChartTable.html(Samples.reorganisation.spec, series: plain).contains("* Số liệu suy ra"))
    }

    @Test("the table marks the derived value and explains the mark, in the chart's language")
    func table() {
        let vi = ChartTable.html(Samples.reorganisation.spec, series: Samples.reorganisation.series)
        #expect(vi.contains("<td class=\"mb-num mb-derived\">9,1%<span aria-hidden=\"true\">*</span>"))
        #expect(vi.contains("<td colspan=\"2\">* Số liệu suy ra</td>"))
        let en = ChartTable.html(Samples.reorganisationEnglish.spec, series: Samples.reorganisationEnglish.series)
        #expect(en.contains("<td colspan=\"3\">* Derived figure</td>"))
        #expect(en.contains("(derived figure)"))
    }

    @Test("the break is one dashed line with its label; the series still runs across it")
    func breakLine() {
        let svg = ChartRenderer.svg(Samples.reorganisation.spec, series: Samples.reorganisation.series)
        #expect(count("<g class=\"mb-break\">", in: svg) == 1)
        #expect(svg.contains(">Sắp xếp ĐVHC 01/7/2025</text>"))
        // 2024 → 2025 is joined (dashed, as the 2025 point is derived).
        #expect(svg.contains("class=\"mb-derived\" d=\"M"))
    }

    @Test("a column chart draws the break between the two years' groups, its words above the plot")
    func columnBreak() throws {
        let svg = ChartRenderer.svg(Samples.reorganisationColumns.spec, series: Samples.reorganisationColumns.series)
        #expect(count("<g class=\"mb-break\">", in: svg) == 1)
        #expect(svg.contains(">Sắp xếp ĐVHC 01/7/2025</text>"))
        // The line lies in the gap between the 2024 and 2025 bars, not across one.
        let path = try #require(svg.firstMatch(of: #/class="mb-break">\s*<path d="M([0-9.]+) /#))
        let x = try #require(Double(path.1))
        let bars = svg.matches(of: #/<rect x="([0-9.]+)" y="[0-9.]+" width="([0-9.]+)"/#).compactMap { match in
            Double(match.1).flatMap { left in Double(match.2).map { (left, left + $0) } }
        }
        #expect(bars.count == 5)
        #expect(bars.allSatisfy { x < $0.0 || x > $0.1 })
        #expect(bars.filter { $0.1 < x }.count == 4)
    }

    @Test("a break before a category the chart lacks, or before its first, draws nothing")
    func misplacedBreak() {
        for before in ["2030", "2021"] {
            var spec = Samples.reorganisation.spec
            spec.breakMark = .init(before: before, label: "X")
            #expect(!ChartRenderer.svg(spec, series: Samples.reorganisation.series).contains("mb-break"))
            spec.kind = .column
            #expect(!ChartRenderer.svg(spec, series: Samples.reorganisation.series).contains("mb-break"))
        }
    }

    @Test("bar charts ignore the break")
    func barIgnoresBreak() {
        var spec = Samples.insuranceBar.spec
        spec.breakMark = .init(before: "Xã Mỹ Khánh", label: "X")
        #expect(!ChartRenderer.svg(spec, series: Samples.insuranceBar.series).contains("mb-break"))
    }
}
