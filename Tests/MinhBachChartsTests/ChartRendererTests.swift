import Foundation
@testable import MinhBachCharts
import MinhBachText
import Testing

@Suite("Chart structure")
struct ChartRendererTests {
    private func spec(_ kind: ChartSpec.Kind = .line, unit: ValueUnit = .percent, id: String = "c",
                      target: ChartSpec.Target? = nil) -> ChartSpec {
        ChartSpec(id: id, title: "T", description: "D", unit: unit, precision: 1, kind: kind, target: target)
    }

    /// The `d` of every line (not legend, marker or grid) in an SVG.
    private func linePaths(_ svg: String) -> [String] {
        svg.split(separator: "\n").filter { $0.contains("stroke-width=\"2.5\"") && $0.contains("<path") && !$0.contains("H") }
            .compactMap { line in
                guard let start = line.range(of: "d=\"")?.upperBound,
                      let end = line[start...].firstIndex(of: "\"") else { return nil }
                return String(line[start..<end])
            }
    }

    private func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test("the root is an accessible image named by its title and description")
    func root() {
        let svg = ChartRenderer.svg(Samples.povertyGap.spec, series: Samples.povertyGap.series)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"mb-chart mb-chart--line\" role=\"img\" "
            + "aria-labelledby=\"ngheo-ninh-kieu-title ngheo-ninh-kieu-desc\" viewBox=\"0 0 640 "))
        #expect(svg.contains(" width=\"100%\""))
        #expect(svg.contains("<title id=\"ngheo-ninh-kieu-title\">Tỷ lệ hộ nghèo, phường Ninh Kiều, 2019–2025</title>"))
        #expect(svg.contains("<desc id=\"ngheo-ninh-kieu-desc\">Tỷ lệ hộ nghèo giảm từ 4,8%"))
        #expect(svg.hasSuffix("</svg>\n"))
    }

    @Test("a missing year splits the line in two; nothing joins 2021 to 2023")
    func gap() throws {
        let svg = ChartRenderer.svg(Samples.povertyGap.spec, series: Samples.povertyGap.series)
        let paths = linePaths(svg)
        try #require(paths.count == 1)
        #expect(count("M", in: paths[0]) == 2)
        #expect(count("L", in: paths[0]) == 4)   // 2019–2021: 2 segments; 2023–2025: 2 segments
        // Six values, six markers, six value labels.
        #expect(count("<circle", in: svg) == 6)
        #expect(svg.contains(">3,5%</text>") && svg.contains(">2,2%</text>"))
    }

    @Test("a point between two gaps is a marker without a line")
    func isolatedPoint() throws {
        let series = [Samples.series("A", [("2021", 1), ("2022", nil), ("2023", 2), ("2024", nil), ("2025", 3), ("2026", 4)])]
        let svg = ChartRenderer.svg(spec(), series: series)
        let paths = linePaths(svg)
        try #require(paths.count == 1)
        #expect(count("M", in: paths[0]) == 1)   // only 2025–2026 is a line
        #expect(count("<circle", in: svg) == 4)   // 2021, 2023, 2025, 2026
    }

    @Test("a series with no values draws no line and says there is no data")
    func empty() {
        let svg = ChartRenderer.svg(spec(), series: [Samples.series("A", [("2021", nil), ("2022", nil)])])
        #expect(linePaths(svg).isEmpty)
        #expect(svg.contains(">Không có số liệu</text>"))
        #expect(XMLCheck.parse(svg).error == nil)
        #expect(XMLCheck.parse(ChartRenderer.svg(spec(.bar), series: [])).error == nil)
    }

    @Test("series differ by dash and marker, not by colour alone")
    func distinctSeries() {
        let svg = ChartRenderer.svg(Samples.povertyAreas.spec, series: Samples.povertyAreas.series)
        #expect(svg.contains("stroke-dasharray=\"7 6\""))
        #expect(svg.contains("stroke-dasharray=\"0.5 5\""))
        #expect(svg.contains("<circle") && svg.contains("<rect") && svg.contains("<polygon"))
        #expect(svg.contains("<g class=\"mb-legend\">"))
        #expect(svg.contains(">Huyện Phong Điền</text>"))
    }

    @Test("one series needs no legend")
    func noLegend() {
        let svg = ChartRenderer.svg(Samples.povertyGap.spec, series: Samples.povertyGap.series)
        #expect(!svg.contains("mb-legend"))
    }

    @Test("the target is a dashed line with its label")
    func target() {
        let svg = ChartRenderer.svg(Samples.povertyAreas.spec, series: Samples.povertyAreas.series)
        #expect(svg.contains("<g class=\"mb-target\">"))
        #expect(svg.contains("stroke=\"#9c2b1f\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\""))
        #expect(svg.contains(">Mục tiêu 2025: 2,5%</text>"))
        let bar = ChartRenderer.svg(Samples.insuranceBar.spec, series: Samples.insuranceBar.series)
        #expect(bar.contains(">Mục tiêu: 95%</text>"))
    }

    @Test("the axis stretches to show a target above every value")
    func targetAboveData() {
        let svg = ChartRenderer.svg(spec(target: .init(value: 45, label: "Mục tiêu")),
                                    series: [Samples.series("A", [("2021", 12), ("2022", 20)])])
        #expect(svg.contains(">50%</text>"))
    }

    @Test("bars keep the order given and write their values")
    func barOrder() throws {
        let svg = ChartRenderer.svg(Samples.insuranceBar.spec, series: Samples.insuranceBar.series)
        let names = ["Phường An Hòa", "Phường Tân An", "Phường Xuân Khánh", "Xã Mỹ Khánh", "Xã Nhơn Ái", "Phường Cái Khế"]
        let positions = try names.map { try #require(svg.range(of: ">\($0)</text>")).lowerBound }
        #expect(positions == positions.sorted())
        #expect(svg.contains(">97,5%</text>"))
        #expect(svg.contains(">không có số liệu</text>"))
        #expect(count("<rect", in: svg) == 5)
    }

    @Test("bars of a second series are patterned, and a long area name wraps")
    func barPatterns() {
        let svg = ChartRenderer.svg(Samples.incomeBars.spec, series: Samples.incomeBars.series)
        #expect(svg.contains("<pattern id=\"thu-nhap-fill-1\""))
        #expect(svg.contains("fill=\"url(#thu-nhap-fill-1)\""))
        #expect(svg.contains("<tspan"))
        #expect(svg.contains(">Đơn vị: triệu đồng</text>"))
        #expect(svg.contains(">68,0</text>"))
    }

    @Test("negative values grow left from zero")
    func negativeBars() {
        let svg = ChartRenderer.svg(spec(.bar, unit: .number),
                                    series: [Samples.series("A", [("a", -3), ("b", 5)])])
        #expect(svg.contains(">-4</text>") && svg.contains(">6</text>"))
        let label = svg.split(separator: "\n").first { $0.hasSuffix(">-3,0</text>") }
        #expect(label?.contains("text-anchor=\"end\"") == true)   // written left of its bar
    }

    @Test("ids are reduced to characters safe in attributes and url(#…)")
    func unsafeID() {
        let svg = ChartRenderer.svg(spec(id: "a b\"<c>"), series: [])
        #expect(svg.contains("aria-labelledby=\"a-b--c--title a-b--c--desc\""))
        #expect(ChartRenderer.svg(spec(id: ""), series: []).contains("aria-labelledby=\"chart-title chart-desc\""))
    }

    @Test("coordinates have at most one decimal", arguments: [
        (12.0, "12"), (12.25, "12.3"), (12.24, "12.2"), (-3.05, "-3.1"), (-0.04, "0"), (0.05, "0.1"), (639.99, "640"),
    ])
    func coordinates(_ value: Double, _ expected: String) {
        #expect(Markup.number(value) == expected)
    }

    @Test("label widths read from the bytes are the Characters' widths, or left to them")
    func labelWidths() {
        let pieces = ["i", "l", "M", "W", "%", "A", "Z", "a", " ", "\r\n", "\r", "\n", "ă", "đ", "ơ", "ư", "Đ", "ữ", "ậ", "Ỹ", "ẞ",
                      "e\u{301}", "\u{301}", "中", "😀", "🇻🇳", "\u{200D}", "x\u{FE0F}", "ʼ", "ˀ"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let fast = ChartStyle.scalarUnits(text)
            #expect(fast == nil || fast == ChartStyle.characterUnits(text), "\(text.unicodeScalars.map { $0.value })")
        }
        #expect(ChartStyle.scalarUnits("Tỷ lệ hộ nghèo (%)") == ChartStyle.characterUnits("Tỷ lệ hộ nghèo (%)"))
        #expect(ChartStyle.scalarUnits("a\r\nb") == nil)
        #expect(ChartStyle.scalarUnits("e\u{301}") == nil)
    }

    @Test("coordinates are written as interpolation wrote them, on half a million generated values")
    func coordinatesAsInterpolated() {
        func interpolated(_ value: Double) -> String {
            let tenths = Int((value * 10).rounded(.toNearestOrAwayFromZero))
            let whole = tenths.magnitude / 10, fraction = tenths.magnitude % 10
            let sign = tenths < 0 ? "-" : ""
            return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
        }
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [0, -0.0, 0.05, -0.05, 0.04, -0.04, 1e15, -1e15, 9.95, -9.95, 99.95, 1e17, -1e17]
        for scale in [1.0, 10, 1_000, 1e6, 1e12] {
            values += (0..<100_000).map { _ in Double.random(in: -scale...scale, using: &generator) }
        }
        var mismatches: [Double] = []
        for value in values where Markup.number(value) != interpolated(value) { mismatches.append(value) }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
        #expect(Markup.number(.nan) == "0")
    }
}
