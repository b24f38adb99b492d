import MinhBachComponents
import MinhBachData
import MinhBachDiagnostics
import Testing

@Suite struct TasksTests {
    /// The task ids in the order of the table's rows.
    private func order(_ html: String?) -> [String] {
        let texts = ["Rà soát hộ nghèo cuối năm": "kh44-01", "Đào tạo nghề cho lao động nông thôn": "kh44-02",
                     "Tổng kết chương trình": "kh44-03", "Ban hành kế hoạch thực hiện": "kh44-04",
                     "Tuyên truyền về chính sách giảm nghèo": "kh44-05", "Hỗ trợ nhà ở cho hộ nghèo": "nq12-01"]
        return (html ?? "").components(separatedBy: "\n").compactMap { line in
            guard line.hasPrefix("<tr class=\"mb-task") else { return nil }
            return texts.first { line.contains("<td>\($0.key)") }?.value
        }
    }

    @Test func overdueFirstThenByDeadline() {
        let result = Fixture.render("tasks", "")
        #expect(result.diagnostics.isEmpty)
        Golden.assertMatches(result.html ?? "", file: Golden.url("tasks-all.html"))
        #expect(order(result.html) == ["kh44-01", "kh44-04", "nq12-01", "kh44-02", "kh44-03", "kh44-05"])
        #expect(result.html?.contains("<tr class=\"mb-task mb-task--overdue\"><td>Rà soát hộ nghèo cuối năm") == true)
        #expect(result.html?.contains("<td class=\"mb-task-status\" data-label=\"Tình trạng\"><span class=\"mb-status-symbol\" aria-hidden=\"true\">⚠</span> Quá hạn</td>") == true)
        #expect(result.html?.contains("<td data-label=\"Thời hạn\">Quý II/2024 (<time datetime=\"2024-06-30\">30/06/2024</time>)</td>") == true)
        #expect(result.html?.contains("<p class=\"mb-tasks-summary\">6 nhiệm vụ: 1 quá hạn, 2 đang thực hiện, 1 chưa triển khai, 2 đã hoàn thành</p>") == true)
        // kh44-03 is marked illustrative.
        #expect(result.illustrative)
    }

    @Test func statusFilterMatchesHowTheTaskStandsAndAcceptsHyphens() {
        let result = Fixture.render("tasks", "status: [overdue, in-progress]\n")
        #expect(result.diagnostics.isEmpty)
        #expect(order(result.html) == ["kh44-01", "kh44-02", "kh44-05"])
        #expect(!result.illustrative)
        let done = Fixture.render("tasks", "status: done\n")
        #expect(order(done.html) == ["kh44-04", "nq12-01"])
    }

    @Test func leadSourceAndAreaFilters() {
        #expect(order(Fixture.render("tasks", "lead: ubnd-tp\n").html) == ["kh44-04", "kh44-05"])
        let source = Fixture.render("tasks", "source: nq-12\n").html
        #expect(order(source) == ["nq12-01"])
        // One source: the rows do not repeat it.
        #expect(source?.contains("mb-task-source") == false)
        #expect(order(Fixture.render("tasks", "area: this\n").html) == ["kh44-02", "kh44-05"])
        // An area includes the units below it.
        #expect(order(Fixture.render("tasks", "area: parent\n").html) == ["kh44-01", "kh44-04", "nq12-01", "kh44-02", "kh44-05"])
    }

    @Test func noMatchingTaskIsNotAProblem() {
        let result = Fixture.render("tasks", "lead: so-noi-vu\nstatus: [overdue]\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.html == """
            <div class="mb-tasks">
            <p class="mb-tasks-title">Danh sách nhiệm vụ</p>
            <p class="mb-empty">Không có nhiệm vụ phù hợp</p>
            </div>

            """)
    }

    @Test func linksToLeadAndPartners() {
        let html = Fixture.render("tasks", "status: overdue\n").html ?? ""
        #expect(html.contains("<td data-label=\"Chủ trì\"><a href=\"/co-quan/so-ldtbxh/\">Sở Lao động - Thương binh và Xã hội</a></td>"
            + "<td data-label=\"Phối hợp\"><a href=\"/co-quan/so-noi-vu/\">Sở Nội vụ</a>, <a href=\"/co-quan/ubnd-tp/\">UBND thành phố Bắc Kạn</a></td>"))
        #expect(html.contains("<br><span class=\"mb-task-source\"><a href=\"/van-ban/kh-44/\" title=\"Kế hoạch giảm nghèo năm 2024\">Kế hoạch 44/KH-UBND</a></span>"))
    }

    @Test func englishLabels() {
        let html = Fixture.render("tasks", "status: [overdue, in_progress]\n", language: .en).html ?? ""
        Golden.assertMatches(html, file: Golden.url("tasks-en.html"))
        #expect(html.contains("<th scope=\"col\">Task</th><th scope=\"col\">Lead</th><th scope=\"col\">Partners</th><th scope=\"col\">Deadline</th><th scope=\"col\">Status</th>"))
        #expect(html.contains("<td data-label=\"Deadline\">Quý II/2024 (<time datetime=\"2024-06-30\">30 Jun 2024</time>)</td>"))
        #expect(html.contains("aria-hidden=\"true\">⚠</span> Overdue</td>"))
    }
}
