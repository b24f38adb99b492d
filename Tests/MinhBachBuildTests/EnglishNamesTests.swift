import Foundation
import MinhBachBuild
import Testing

/// The English site of the example site uses the English names the data
/// has (`name_en`) wherever a name appears, and site.yaml's `_en` values in
/// the footer.
@Suite struct EnglishNamesTests {
    static let site = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The example site, built once for every test of this suite.
    static let pages: [String: String] = {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let output = scratch.appendingPathComponent("site-out")
        let report = Fixtures.build(site, output: output)
        precondition(report.diagnostics.errors.isEmpty, report.diagnostics.errors.map(\.formatted).joined(separator: "\n"))
        return Fixtures.snapshot(output).filter { $0.key.hasSuffix(".html") }.mapValues { String(decoding: $0, as: UTF8.self) }
    }()

    static let siteTitle = "National Target Programs transparency portal"

    private func page(_ path: String) -> String {
        guard let html = Self.pages[path] else {
            Issue.record("no page \(path)")
            return ""
        }
        return html
    }

    @Test(arguments: [
        ("en/chi-tieu/poverty-rate/index.html", "Poverty rate (share of poor households)"),
        ("en/chuong-trinh/ntm/index.html", "National Target Program on New Rural Development, 2021-2025"),
        ("en/tinh/thai-nguyen/index.html", "Thai Nguyen Province"),
        ("en/truoc-2025/tinh/bac-kan/index.html", "Bac Kan Province"),
    ])
    func headingAndTitleAreEnglish(_ path: String, _ name: String) {
        let html = page(path)
        #expect(html.contains("<h1 class=\"page-header__title\">\(name)</h1>"))
        #expect(html.contains("<title>\(name) — \(Self.siteTitle)</title>"))
    }

    @Test func theVietnamesePagesKeepTheirNames() {
        #expect(page("chi-tieu/poverty-rate/index.html").contains("<h1 class=\"page-header__title\">Tỷ lệ hộ nghèo</h1>"))
        #expect(page("tinh/thai-nguyen/index.html").contains("<h1 class=\"page-header__title\">Tỉnh Thái Nguyên</h1>"))
    }

    @Test func breadcrumbsAndListsUseTheEnglishNames() {
        #expect(page("en/index.html").contains(">National Target Program on Sustainable Poverty Reduction, 2021-2025<"))
        #expect(!page("en/index.html").contains(">Chương trình mục tiêu quốc gia"))
        let breadcrumbs = page("en/xa/phuong-duc-xuan-01840/index.html")
        #expect(breadcrumbs.contains(">Thai Nguyen Province</a>"))
    }

    @Test func theFooterIsEnglish() {
        let html = page("en/chi-tieu/poverty-rate/index.html")
        #expect(html.contains("<p>Published by: MinhBạch example site</p>"))
        #expect(html.contains("<p>An example site of MinhBạch — document texts are quoted from the originals</p>"))
        #expect(html.contains("<p class=\"data-licence\">Data licence: <a href=\"https://creativecommons.org/licenses/by/4.0/deed.en\" rel=\"license\">"
            + "Open data licence (CC BY 4.0) — illustrative figures must not be quoted</a></p>"))
        #expect(!html.contains("Giấy phép Dữ liệu mở"))
        #expect(page("chi-tieu/poverty-rate/index.html").contains("Giấy phép Dữ liệu mở (CC BY 4.0)"))
    }

    @Test func datesOfEnglishPagesAreEnglish() {
        #expect(page("en/bao-cao/2025/index.html").contains("<span class=\"page-header__date\">31 December 2025</span>"))
        #expect(page("bao-cao/2025/index.html").contains("<span class=\"page-header__date\">ngày 31 tháng 12 năm 2025</span>"))
    }
}
