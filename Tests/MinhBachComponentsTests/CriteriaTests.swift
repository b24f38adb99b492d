import MinhBachComponents
import MinhBachData
import MinhBachDiagnostics
import Testing

@Suite struct CriteriaTests {
    @Test func theNineteenCriteriaInTheirGroups() {
        let result = Fixture.render("criteria", "area: \"01837\"\n")
        #expect(result.diagnostics.isEmpty)
        let html = result.html ?? ""
        Golden.assertMatches(html, file: Golden.url("criteria.html"))
        // The latest year with a result, 2024: 15 criteria met.
        #expect(html.contains("<span class=\"mb-criteria-count\">15/19 tiêu chí</span> · <span class=\"mb-ntm-level mb-ntm-level--none\">Chưa đạt chuẩn</span>"))
        #expect(html.contains("<caption>Tiêu chí nông thôn mới: Xã Dương Quang, năm 2024</caption>"))
        #expect(html.contains("<tr class=\"mb-criteria-group\"><th scope=\"rowgroup\" colspan=\"2\">II. Hạ tầng kinh tế - xã hội</th></tr>"))
        #expect(html.contains("<tr class=\"mb-not-met\"><th scope=\"row\">11. Nghèo đa chiều</th><td><span class=\"mb-mark\" aria-hidden=\"true\">✗</span> chưa đạt</td></tr>"))
        #expect(html.contains("<tr class=\"mb-met\"><th scope=\"row\">1. Quy hoạch</th><td><span class=\"mb-mark\" aria-hidden=\"true\">✓</span> đạt</td></tr>"))
        #expect(html.components(separatedBy: "<th scope=\"row\">").count - 1 == 19)
        #expect(!result.illustrative)
    }

    @Test func anEarlierYearAndTheLevelOfARecognisedCommune() {
        let earlier = Fixture.render("criteria", "area: \"01837\"\nyear: 2023\n").html ?? ""
        #expect(earlier.contains("12/19 tiêu chí"))
        let result = Fixture.render("criteria", "")
        let html = result.html ?? ""
        #expect(html.contains("<span class=\"mb-criteria-count\">19/19 tiêu chí</span> · <span class=\"mb-ntm-level mb-ntm-level--standard\">Đạt chuẩn</span>"
            + " · Quyết định công nhận: <a href=\"/van-ban/qd-ntm/\" title=\"Công nhận xã đạt chuẩn nông thôn mới năm 2024\">Quyết định 2345/QĐ-UBND</a>"))
        #expect(result.illustrative)
        #expect(html.contains("<span class=\"mb-illustrative\">Dữ liệu minh họa</span>"))
    }

    @Test func namesFallBackWithoutTheCriteriaTable() {
        var files = Fixture.files
        files["ntm_criteria.csv"] = nil
        let index = Fixture.load(files)
        let html = Fixture.render("criteria", "area: \"01837\"\n", index: index).html ?? ""
        #expect(html.contains("<tr class=\"mb-not-met\"><th scope=\"row\">11. Tiêu chí 11</th>"))
        #expect(html.contains("<th scope=\"rowgroup\" colspan=\"2\">III. Kinh tế và tổ chức sản xuất</th>"))
    }

    @Test func englishNamesAndLevels() {
        let html = Fixture.render("criteria", "", language: .en).html ?? ""
        #expect(html.contains("<caption>New Rural criteria: Nguyen Thi Minh Khai Ward, 2024</caption>"))
        #expect(html.contains("19/19 criteria</span> · <span class=\"mb-ntm-level mb-ntm-level--standard\">Standard</span>"))
        #expect(html.contains("<th scope=\"row\">2. Transport</th><td><span class=\"mb-mark\" aria-hidden=\"true\">✓</span> met</td>"))
    }

    @Test func noResult() {
        let result = Fixture.render("criteria", "area: \"01840\"\n")
        #expect(result.diagnostics.map(\.formatted) == [
            "content/xa/a.md:7:1: warning[MB3218]: no New Rural result for <script>alert(1)</script> & Co (01840)\n  hint: add the commune's result to content/data/ntm",
        ])
        #expect(result.html == "<div class=\"mb-criteria\">\n<p class=\"mb-empty\">Chưa có số liệu</p>\n</div>\n")
    }
}
