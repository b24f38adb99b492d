import Foundation
import MinhBachBuild
import MinhBachDiagnostics
import Testing

/// The pages generated from data, on the fixture site `sites/data` (a few
/// real units of Bắc Kạn and Thái Nguyên with illustrative figures): one
/// golden page of each kind, and what every such page must show.
@Suite struct DataPagesTests {
    static let goldenRoot = Fixtures.root.appendingPathComponent("golden/data")

    static let goldenPages = [
        "truoc-2025/tinh/bac-kan/index.html",
        "truoc-2025/huyen/thanh-pho-bac-kan-058/index.html",
        "truoc-2025/xa/phuong-nguyen-thi-minh-khai-01834/index.html",
        "tinh/thai-nguyen/index.html",
        "xa/phuong-bac-kan-01843/index.html",
        "di-tich/ban-ca/index.html",
        "chi-tieu/poverty-rate/index.html",
        "chuong-trinh/giam-ngheo/index.html",
        "van-ban/qd-241-2025/index.html",
        "co-quan/ubnd-tinh-bac-kan/index.html",
        "bao-cao/2024/index.html",
        "xa/index.html",
        "truoc-2025/index.html",
        "xa-atk/index.html",
        "nhiem-vu/index.html",
        "nhiem-vu/rs-01/index.html",
        "di-tich/index.html",
        "chi-tieu/index.html",
        "co-quan/index.html",
        "en/truoc-2025/xa/phuong-nguyen-thi-minh-khai-01834/index.html",
    ]

    private func build() -> (BuildReport, [String: Data], URL) {
        let scratch = Fixtures.scratch()
        let output = scratch.appendingPathComponent("site-out")
        let report = Fixtures.build(Fixtures.site("data"), output: output)
        return (report, Fixtures.snapshot(output), scratch)
    }

    @Test func everyKindOfPageMatchesItsGoldenFile() {
        let (report, files, scratch) = build()
        defer { Fixtures.remove(scratch) }
        #expect(report.diagnostics.errors.map(\.formatted) == [])
        #expect(report.pageCount == 54)
        for page in Self.goldenPages {
            guard let data = files[page] else {
                Issue.record("missing page \(page)")
                continue
            }
            Golden.assertMatches(String(decoding: data, as: UTF8.self), file: Self.goldenRoot.appendingPathComponent(page))
        }
    }

    @Test func missingEnglishNamesAreAWarning() {
        let (report, _, scratch) = build()
        defer { Fixtures.remove(scratch) }
        #expect(report.diagnostics.map(\.formatted) == [
            "Tests/MinhBachBuildTests/Fixtures/sites/data/content/data/agencies.yaml: warning[MB2314]: 1 agencies without 'name_en' (ubnd-tp-bac-kan); English pages show the Vietnamese name\n  hint: add a 'name_en' column with the English names",
        ].map { $0.replacingOccurrences(of: "Tests/MinhBachBuildTests/Fixtures/sites/data/", with: "") })
        #expect(report.diagnostics.map { $0.formatted(in: .vi) } == [
            "Tests/MinhBachBuildTests/Fixtures/sites/data/content/data/agencies.yaml: warning[MB2314]: Có 1 cơ quan chưa có 'name_en' (ubnd-tp-bac-kan); trang tiếng Anh sẽ hiện tên tiếng Việt\n  gợi ý: Hãy thêm cột 'name_en' ghi tên tiếng Anh",
        ].map { $0.replacingOccurrences(of: "Tests/MinhBachBuildTests/Fixtures/sites/data/", with: "") })
    }

    @Test func pagesWithIllustrativeFiguresSaySo() {
        let (_, files, scratch) = build()
        defer { Fixtures.remove(scratch) }
        for page in ["truoc-2025/xa/phuong-nguyen-thi-minh-khai-01834/index.html", "chi-tieu/poverty-rate/index.html",
                     "bao-cao/2024/index.html", "di-tich/ban-ca/index.html"] {
            let html = String(decoding: files[page] ?? Data(), as: UTF8.self)
            #expect(html.contains("Dữ liệu minh họa"), "\(page) shows illustrative figures and must say so")
        }
        let english = String(decoding: files["en/truoc-2025/xa/phuong-nguyen-thi-minh-khai-01834/index.html"] ?? Data(), as: UTF8.self)
        #expect(english.contains("lang=\"en\""))
        #expect(english.contains("Illustrative data"))
    }

    @Test func everyPageLinksToItsOtherLanguage() {
        let (_, files, scratch) = build()
        defer { Fixtures.remove(scratch) }
        let vietnamese = String(decoding: files["xa/phuong-bac-kan-01843/index.html"] ?? Data(), as: UTF8.self)
        #expect(vietnamese.contains("href=\"/en/xa/phuong-bac-kan-01843/\""))
        let english = String(decoding: files["en/xa/phuong-bac-kan-01843/index.html"] ?? Data(), as: UTF8.self)
        #expect(english.contains("href=\"/xa/phuong-bac-kan-01843/\""))
    }

    @Test func dataValuesCannotInjectMarkup() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let site = scratch.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try Fixtures.copyContents(of: Fixtures.site("data"), into: site)
        let areas = site.appendingPathComponent("content/data/areas.csv")
        var text = try String(contentsOf: areas, encoding: .utf8)
        text = text.replacingOccurrences(of: "Phường Sông Cầu", with: "\"<script>alert(1)</script> [x](javascript:alert(2)) **đậm**\"")
        try text.write(to: areas, atomically: true, encoding: .utf8)
        let output = scratch.appendingPathComponent("out")
        #expect(Fixtures.build(site, output: output).succeeded)
        for (path, data) in Fixtures.snapshot(output) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("<script>alert"), "\(path) runs a script from the data")
            #expect(!html.contains("href=\"javascript:"), "\(path) has a javascript: link from the data")
            #expect(!html.contains("<strong>đậm</strong>"), "\(path) turned data into Markdown emphasis")
        }
    }
}
