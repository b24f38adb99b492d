import MinhBachComponents
import MinhBachData
import MinhBachDiagnostics
import Testing

@Suite struct RendererTests {
    @Test func backslashEscapesOfPageTemplatesAreRemoved() {
        let plain = Fixture.render("chart", "indicator: poverty_rate\nareas: [this, parent]\nyears: 2021-2024\n")
        let escaped = Fixture.render("chart", #"indicator: poverty\_rate\#nareas: \[this, parent\]\#nyears: 2021\-2024\#n"#)
        #expect(escaped.diagnostics.isEmpty)
        #expect(escaped.html == plain.html)
        // An escaped backslash stays a backslash; other backslashes are kept.
        let title = Fixture.render("kpi", #"indicator: income\#narea: '\\01837'"#)
        #expect(title.diagnostics.map(\.message) == [#"'area': no area '\01837'"#])
    }

    @Test func columnsPointIntoTheTextAsWritten() {
        let result = Fixture.render("chart", #"indicator: poverty\_rate\#nareas: \[this, \"01835\"\]\#n"#)
        #expect(result.diagnostics.map(\.location.description) == ["content/xa/a.md:9:17"])
    }

    @Test func linesCountFromWhereTheMarkdownStarts() {
        let renderer = ComponentRenderer(environment: Fixture.environment(), sourcePath: "content/bao-cao/2024.md", lineOffset: 12)
        _ = renderer.html(forBlock: "kpi", body: "indicator: poverty_rate\nyear: 2019\n", line: 20)
        _ = renderer.html(forBlock: "kpis", body: "", line: 40)
        #expect(renderer.diagnostics.map(\.location.description) == ["content/bao-cao/2024.md:31:1", "content/bao-cao/2024.md:51:1"])
    }

    @Test func aCodeMayNameItsScheme() {
        // 01843 exists only in the 2025 scheme: found there without a prefix too.
        let bare = Fixture.render("kpi", "indicator: poverty_rate\narea: \"01843\"\n")
        let prefixed = Fixture.render("kpi", "indicator: poverty_rate\narea: \"2025:01843\"\n")
        #expect(bare.diagnostics.map(\.message) == ["no figure of 'poverty_rate' for Phường Bắc Kạn (01843)"])
        #expect(prefixed.diagnostics.map(\.message) == bare.diagnostics.map(\.message))
        #expect(Fixture.render("kpi", "indicator: poverty_rate\narea: \"2025:01834\"\n").diagnostics.map(\.message)
            == ["'area': no area '2025:01834'"])
    }

    @Test func infoStringWordsAfterTheNameAreIgnored() {
        let result = Fixture.render("kpi   wide", "indicator: poverty_rate\n")
        #expect(result.html?.hasPrefix("<div class=\"mb-kpi mb-kpi--good\">") == true)
    }

    @Test func hostileNamesAreEscapedEverywhere() {
        let hostile = AreaKey(.legacy, "01840")
        for (info, body) in [("kpi", "indicator: poverty_rate\n"), ("table", "indicator: poverty_rate\n"),
                             ("chart", "indicator: poverty_rate\n"), ("chart", "indicator: poverty_rate\nyear: 2024\n")] {
            let result = Fixture.render(info, body, this: hostile)
            let html = result.html ?? ""
            #expect(!html.contains("<script>"), "\(info)")
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"), "\(info)")
        }
        let table = Fixture.render("table", "indicator: poverty_rate\n", this: hostile).html ?? ""
        #expect(table.contains("<th scope=\"row\"><a href=\"/xa/01840/\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</a></th>"))
    }

    @Test func theIllustrativeFlagStaysSetForThePage() {
        let renderer = Fixture.renderer()
        _ = renderer.html(forBlock: "chart", body: "indicator: poverty_rate\n", line: 1)
        #expect(!renderer.showsIllustrativeData)
        _ = renderer.html(forBlock: "kpi", body: "indicator: households\n", line: 5)
        #expect(renderer.showsIllustrativeData)
        _ = renderer.html(forBlock: "kpi", body: "indicator: income\n", line: 9)
        #expect(renderer.showsIllustrativeData)
        // A block with errors shows nothing, so it marks nothing.
        let other = Fixture.renderer()
        _ = other.html(forBlock: "kpi", body: "indicator: households\nyear: 20\n", line: 1)
        #expect(!other.showsIllustrativeData)
    }

    @Test func siteStringsOverrideTheBuiltInOnes() {
        let result = Fixture.render("kpi", "indicator: income\nyear: 2021\n", strings: ["components.no_data": "Chưa có dữ liệu"])
        #expect(result.html?.contains("<p class=\"mb-empty\">Chưa có dữ liệu</p>") == true)
    }

    @Test func englishChart() {
        let result = Fixture.render("chart", "indicator: poverty_rate\nareas: [this, parent]\n", language: .en)
        let html = result.html ?? ""
        Golden.assertMatches(html, file: Golden.url("chart-line-en.html"))
        #expect(html.contains("<figcaption class=\"mb-chart-title\">Poverty rate – Nguyen Thi Minh Khai Ward, Bac Kan City (2021–2024)</figcaption>"))
        #expect(html.contains("<summary>Show data table</summary>"))
        #expect(html.contains("Sources: <a href=\"/en/van-ban/bc-2023/\""))
        #expect(html.contains("Target set by Nghị quyết 12/NQ-HĐND."))
    }

    @Test func outputIsTheSameEveryTime() {
        let body = "indicator: poverty_rate\nareas: children\nyear: 2024\n"
        let first = Fixture.render("chart", body, this: AreaKey(.legacy, "058")).html
        for _ in 0..<5 { #expect(Fixture.render("chart", body, this: AreaKey(.legacy, "058")).html == first) }
        #expect(Fixture.render("tasks", "").html == Fixture.render("tasks", "").html)
    }
}
