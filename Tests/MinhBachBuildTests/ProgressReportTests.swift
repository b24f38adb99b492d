import Foundation
import Testing

/// The report's targets as readers see them (docs/PROGRESS.md): a summary
/// line per category that occurs, with the words for its count, and each
/// row's category, ratio and notes. Built from a copy of `sites/data` with
/// targets in three categories and an English report.
@Suite struct ProgressReportTests {
    static let built: [String: Data] = {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let source = scratch.appendingPathComponent("site")
        try! FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        try! Fixtures.copyContents(of: Fixtures.site("data"), into: source)
        func write(_ path: String, _ text: String) {
            try! text.write(to: source.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }
        // Up to 2024: poverty 20.5 (2023) → 18.5 (2024) against 15 in 2025, R = 0.6747;
        // 120 poor households against at most 130, reached; the 2025-scheme
        // province has no figure up to 2024 for its two targets.
        write("content/data/targets.csv", """
            indicator,area,year,value,baseline_year,baseline,document,note,scheme
            poverty_rate,06,2025,15,2023,20.5,nd-07-2021,,
            poor_households,01834,2025,130,,,nd-07-2021,,legacy
            poverty_rate,19,2025,9,,,nd-07-2021,,
            poor_households,19,2025,20000,,,nd-07-2021,,

            """)
        write("content/bao-cao/2024.en.md", "---\ntitle: Report 2024\ntype: report\nyear: 2024\n---\nA test report.\n")
        let output = scratch.appendingPathComponent("out")
        let report = Fixtures.build(source, output: output)
        #expect(report.diagnostics.errors.map(\.formatted) == [])
        return Fixtures.snapshot(output)
    }()

    static func text(_ path: String) -> String { String(decoding: built[path] ?? Data(), as: UTF8.self) }

    @Test func summaryCountsOnlyTheCategoriesThatOccur() {
        let html = Self.text("bao-cao/2024/index.html")
        #expect(html.contains("<li>✔ <strong>1</strong> chỉ tiêu đã đạt mục tiêu</li>"))
        #expect(html.contains("<li>△ <strong>1</strong> chỉ tiêu có tiến bộ nhưng cần đẩy nhanh</li>"))
        #expect(html.contains("<li>– <strong>2</strong> chỉ tiêu chưa đủ số liệu để đánh giá</li>"))
        #expect(!html.contains("chỉ tiêu đúng tiến độ</li>"))
        #expect(!html.contains("chỉ tiêu đi xuống"))
        // The order of the lines is the order of the categories.
        let achieved = html.range(of: "chỉ tiêu đã đạt mục tiêu</li>")!.lowerBound
        let notAssessable = html.range(of: "chỉ tiêu chưa đủ số liệu để đánh giá</li>")!.lowerBound
        #expect(achieved < notAssessable)
    }

    @Test func englishSummaryUsesSingularAndPlural() {
        let html = Self.text("en/bao-cao/2024/index.html")
        #expect(html.contains("<li>✔ <strong>1</strong> target achieved</li>"))
        #expect(html.contains("<li>△ <strong>1</strong> target with progress made, acceleration needed</li>"))
        #expect(html.contains("<li>– <strong>2</strong> targets without enough data to assess</li>"))
    }

    @Test func rowsShowTheRatioTheMarkAndWhyNot() {
        let html = Self.text("bao-cao/2024/index.html")
        #expect(html.contains("<td data-label=\"Tốc độ so với yêu cầu\" style=\"text-align: right\">67%</td>\n<td data-label=\"Đánh giá\">△ Có tiến bộ, cần đẩy nhanh</td>"))
        #expect(html.contains("<td data-label=\"Đánh giá\">✔ Đã đạt mục tiêu</td>"))
        // A row without a figure says why in one sentence: here, a 2025 unit has no 2024 figure and none can be derived.
        #expect(html.contains("<td data-label=\"Đánh giá\">– Chưa đủ số liệu để đánh giá. <em>Không suy ra được số liệu năm 2024 của Tỉnh Thái Nguyên: chỉ tiêu này không tính gộp được qua sắp xếp đơn vị hành chính.</em></td>"))
        // The key lists every category, the method is explained in words with its source.
        #expect(html.contains("Ký hiệu: ✔ Đã đạt mục tiêu; ▲ Đúng tiến độ; △ Có tiến bộ, cần đẩy nhanh; ▷ Tiến bộ hạn chế; ▼ Đi xuống (xa mục tiêu hơn); – Chưa đủ số liệu để đánh giá."))
        #expect(html.contains("<a href=\"https://open-sdg.readthedocs.io/en/latest/progress-methodology/\">"))
    }

    @Test func reportFileHasTheCategoryRatioAndMethod() {
        let lines = Self.text("bao-cao/2024/du-lieu.csv").split(separator: "\r\n").dropFirst()
        #expect(lines.first?.contains(",2023,20.5,stated,2024,18.5,2025,15,acceleration_needed,0.6747,cagr,false,false,") == true)
        #expect(lines.dropFirst().first?.contains(",,,,2024,120,2025,130,achieved,,,,false,") == true)
    }
}
