import Foundation
import MinhBachBuild
import MinhBachDiagnostics
import Testing

/// Components (chart, kpi...) and the raw HTML policy in ordinary content
/// pages, on a copy of the fixture site `sites/data` with pages added:
/// `check` and `build` report the same problems at the same lines.
@Suite struct ContentPageComponentsTests {
    /// The fixture site with `pages` (path below content/ → text) added.
    private func site(_ pages: [String: String]) throws -> URL {
        let scratch = Fixtures.scratch()
        try Fixtures.copyContents(of: Fixtures.site("data"), into: scratch)
        for (path, text) in pages {
            let url = scratch.appendingPathComponent("content/\(path)")
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return scratch
    }

    /// The problems `check` and `build` report that are not the fixture's own.
    private func problems(_ scratch: URL) -> (check: [String], build: [String], files: [String: Data]) {
        let fixtureOwn = "agencies without 'name_en'"
        let options = BuildOptions(source: scratch, output: scratch.appendingPathComponent("site-out"), displayPrefix: "")
        let check = SiteChecker().check(options).diagnostics.filter { !$0.message.contains(fixtureOwn) }
        let build = SiteBuilder().build(options).diagnostics.filter { !$0.message.contains(fixtureOwn) }
        let prefix = scratch.path + "/"
        func shown(_ diagnostics: [Diagnostic]) -> [String] {
            diagnostics.map { $0.formatted.replacingOccurrences(of: prefix, with: "") }
        }
        return (shown(check), shown(build), Fixtures.snapshot(scratch.appendingPathComponent("site-out")))
    }

    @Test func aMisspeltIndicatorInAContentPageIsAnErrorAtItsLineInCheckAndBuild() throws {
        let scratch = try site(["tin-tuc/bieu-do.md": """
        ---
        title: Biểu đồ hộ nghèo
        ---
        Tỷ lệ hộ nghèo của tỉnh qua các năm.

        ```chart
        indicator: poverty_rte
        areas: ["06"]
        years: 2023-2024
        ```
        """])
        defer { Fixtures.remove(scratch) }
        let (check, build, _) = problems(scratch)
        let expected = [
            "content/tin-tuc/bieu-do.md:7:12: error[MB3201]: 'indicator': no indicator 'poverty_rte'\n  hint: did you mean 'poverty_rate'?",
        ]
        #expect(check == expected)
        #expect(build == expected)
    }

    @Test func aWorkingChartAndKPIInAContentPageRenderWithTheIllustrativeNotice() throws {
        let scratch = try site([
            "tin-tuc/bieu-do.md": """
            ---
            title: Biểu đồ hộ nghèo
            ---
            ```chart
            indicator: poverty_rate
            areas: ["06"]
            years: 2023-2024
            ```

            ```kpi
            indicator: poverty_rate
            area: "06"
            year: 2024
            ```
            """,
            "tin-tuc/bieu-do.en.md": """
            ---
            title: Poverty chart
            ---
            ```chart
            indicator: poverty_rate
            areas: ["06"]
            years: 2023-2024
            ```
            """,
        ])
        defer { Fixtures.remove(scratch) }
        let (check, build, files) = problems(scratch)
        #expect(check == [])
        #expect(build == [])
        let page = String(decoding: files["tin-tuc/bieu-do/index.html"] ?? Data(), as: UTF8.self)
        #expect(page.contains("<figure class=\"mb-chart-figure\">"))
        #expect(page.contains("<svg"))
        #expect(!page.contains("language-chart"), "the block must not be left a code box")
        #expect(page.contains("mb-kpi"))
        #expect(page.contains("Dữ liệu minh họa"))
        let english = String(decoding: files["en/tin-tuc/bieu-do/index.html"] ?? Data(), as: UTF8.self)
        #expect(english.contains("<svg"))
        #expect(english.contains("Illustrative data"))
    }

    @Test func aComponentNeedingAnAreaSaysSoOnAPageAboutNoArea() throws {
        let scratch = try site(["gioi-thieu.md": """
        ---
        title: Giới thiệu
        ---
        ```chart
        indicator: poverty_rate
        ```

        ```kpi
        indicator: poverty_rate
        area: this
        ```
        """])
        defer { Fixtures.remove(scratch) }
        let (check, build, _) = problems(scratch)
        #expect(check == build)
        #expect(check == [
            "content/gioi-thieu.md:4:1: error[MB3205]: the 'chart' block needs 'areas' on a page without an area\n  hint: add a line such as 'areas: [\"01843\"]', or use the block on an area page, where it means the page's area",
            "content/gioi-thieu.md:10:7: error[MB3208]: 'area': 'this' refers to the page's area, and this page has none\n  hint: write an area code instead, e.g. '01843'",
        ])
    }

    @Test func rawHTMLBlockAndInlineHTMLAreEachAWarningAtTheirLine() throws {
        let scratch = try site(["tin-tuc/thong-bao.md": """
        ---
        title: Thông báo
        ---
        Dòng đầu.

        <div class="hop">
        Nội dung trong hộp
        </div>

        Chữ <b>đậm</b> ở đây.
        <!-- ghi chú cho người soạn: không báo -->
        """])
        defer { Fixtures.remove(scratch) }
        let (check, build, files) = problems(scratch)
        let expected = [
            "content/tin-tuc/thong-bao.md:6:1: warning[MB4202]: raw HTML block '<div class=\"hop\">' is not published\n  hint: write it in Markdown or with a component (chart, table, kpi, tasks, criteria); to publish raw HTML, set 'markdown: {raw_html: true}' in content/site.yaml",
            "content/tin-tuc/thong-bao.md:10:5: warning[MB4203]: raw HTML tag '<b>' is not published\n  hint: write **bold text** in Markdown",
        ]
        #expect(check == expected)
        #expect(build == expected)
        let page = String(decoding: files["tin-tuc/thong-bao/index.html"] ?? Data(), as: UTF8.self)
        #expect(!page.contains("<div class=\"hop\">"))
        #expect(!page.contains("<b>"))
    }

    @Test func rawHTMLIsPublishedWithoutWarningsWhenTheSiteAllowsIt() throws {
        let scratch = try site(["tin-tuc/thong-bao.md": "---\ntitle: Thông báo\n---\nChữ <b>đậm</b>.\n"])
        defer { Fixtures.remove(scratch) }
        let config = scratch.appendingPathComponent("content/site.yaml")
        let text = try String(contentsOf: config, encoding: .utf8) + "markdown:\n  raw_html: true\n"
        try Data(text.utf8).write(to: config)
        let (check, build, files) = problems(scratch)
        #expect(check == [])
        #expect(build == [])
        #expect(String(decoding: files["tin-tuc/thong-bao/index.html"] ?? Data(), as: UTF8.self).contains("<b>đậm</b>"))
    }

    @Test func aHeritageDescriptionIsLocatedInItsOwnFileAndNeverPublishesRawHTML() throws {
        let scratch = try site([:])
        defer { Fixtures.remove(scratch) }
        let heritage = scratch.appendingPathComponent("content/data/heritage/ban-ca.md")
        let text = try String(contentsOf: heritage, encoding: .utf8) + """

        <iframe src="https://example.com/ban-do"></iframe>

        ```chart
        indicator: poverty_rte
        areas: ["06"]
        ```
        """
        try Data(text.utf8).write(to: heritage)
        let config = scratch.appendingPathComponent("content/site.yaml")
        try Data((try String(contentsOf: config, encoding: .utf8) + "markdown:\n  raw_html: true\n").utf8).write(to: config)
        let (check, build, _) = problems(scratch)
        #expect(check == build)
        #expect(check == [
            "content/data/heritage/ban-ca.md:18:1: warning[MB4202]: raw HTML block '<iframe src=\"https://example.com/ban-do\"></iframe>' is not published\n  hint: scripts and embedded content are not published; link to the page instead, or show figures with a ```chart block",
            "content/data/heritage/ban-ca.md:21:12: error[MB3201]: 'indicator': no indicator 'poverty_rte'\n  hint: did you mean 'poverty_rate'?",
        ])
    }
}
