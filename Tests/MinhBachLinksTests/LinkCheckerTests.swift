import Foundation
import MinhBachDiagnostics
import Testing
@testable import MinhBachLinks

@Suite("LinkChecker")
struct LinkCheckerTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// `Fixtures/built/` is a small built site under the base path
    /// `/minhbach/` with a broken link of every kind, and a sitemap.
    @Test("every broken link of the fixture is reported at its file, line and column")
    func fixtureSite() {
        let report = LinkChecker().check(.init(siteFolder: Self.fixtures.appendingPathComponent("built"),
                                               baseURL: "https://example.gov.vn/minhbach/", displayPrefix: "site-out/"))
        #expect(report.diagnostics.map(\.formatted).joined(separator: "\n") == """
            site-out/index.html:22:28: error[MB6106]: broken link '/minhbach/van-ban/chi-thi-15/' (no such page)
              hint: did you mean '/minhbach/van-ban/chi-thi-14/'?
            site-out/index.html:23:9: error[MB6109]: broken link '/minhbach/van-ban/chi-thi-14/#dieu-9' (no id 'dieu-9' on that page)
              hint: did you mean '#dieu-1'?
            site-out/index.html:23:67: error[MB6109]: broken link '#noi-dungg' (no id 'noi-dungg' on this page)
              hint: did you mean '#noi-dung'?
            site-out/index.html:26:25: error[MB6102]: 'javascript:' link 'javascript:void(0)' (a link must lead to a page)
              hint: pages must work without JavaScript: link to a page, or use a <button>
            site-out/index.html:26:62: error[MB6103]: broken link '/khac/' (outside the site: its links start with '/minhbach/')
              hint: links in content are written from the site's root ('/van-ban/'); the build adds the base path
            site-out/index.html:26:95: error[MB6105]: broken link 'https://example.gov.vn/minhbach/khong-co/' (no such page)
            site-out/index.html:27:11: error[MB6107]: broken link '/minhbach/assets/logo.svg' (no such file)
            site-out/index.html:27:59: warning[MB6110]: link '/minhbach/xa' to a folder has no final '/'
              hint: servers answer it with a redirect; write '/minhbach/xa/'
            site-out/index.html:27:89: error[MB6104]: broken link '../../x/' (goes above the site's root folder)
            site-out/sitemap.xml:6:55: error[MB6105]: broken link 'https://example.gov.vn/minhbach/en/xa/' (no such page)
            site-out/van-ban/chi-thi-14/index.html:8:10: error[MB6109]: broken link '../../xa/#bak-kan' (no id 'bak-kan' on that page)
              hint: did you mean '#bac-kan'?
            site-out/van-ban/chi-thi-14/index.html:8:50: warning[MB6110]: link '../chi-thi-14' to a folder has no final '/'
              hint: servers answer it with a redirect; write '/minhbach/van-ban/chi-thi-14/'
            site-out/xa/index.html:3:73: error[MB6107]: broken link '/minhbach/du-lieu.csv' (no such file)
            """)
        #expect(report.diagnostics.prefix(3).map { $0.formatted(in: .vi) }.joined(separator: "\n") == """
            site-out/index.html:22:28: error[MB6106]: Liên kết hỏng '/minhbach/van-ban/chi-thi-15/' (không có trang này)
              gợi ý: Có phải là '/minhbach/van-ban/chi-thi-14/'?
            site-out/index.html:23:9: error[MB6109]: Liên kết hỏng '/minhbach/van-ban/chi-thi-14/#dieu-9' (không có id 'dieu-9' trên trang đó)
              gợi ý: Có phải là '#dieu-1'?
            site-out/index.html:23:67: error[MB6109]: Liên kết hỏng '#noi-dungg' (không có id 'noi-dungg' trên trang này)
              gợi ý: Có phải là '#noi-dung'?
            """)
        #expect(report.pageCount == 4)
        #expect(report.feedCount == 1)
        #expect(report.linkCount == 36)
        #expect(report.externalCount == 4)
        #expect(!report.succeeded)
        #expect(report.diagnostics.errors.count == 11 && report.diagnostics.warnings.count == 2)
    }

    @Test("a missing site folder says to build first")
    func missingFolder() {
        let report = LinkChecker().check(.init(siteFolder: Self.fixtures.appendingPathComponent("khong-co"), displayPrefix: "site-out/"))
        #expect(report.diagnostics.map(\.formatted) == ["""
            site-out: error[MB6101]: there is no built site to check here
              hint: run 'minhbach build' first, or name the built site with --output
            """])
        #expect(report.diagnostics.map { $0.formatted(in: .vi) } == ["""
            site-out: error[MB6101]: Ở đây không có trang web đã dựng nào để kiểm tra
              gợi ý: Hãy chạy 'minhbach build' trước, hoặc ghi thư mục của trang web đã dựng bằng --output
            """])
    }

    @Test("a page's column counts characters, not bytes")
    func columnsCountCharacters() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minhbach-links-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "<p>Đường dẫn hỏng: <a href=\"/khong-co/\">ở đây</a></p>\n".write(
            to: folder.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        let report = LinkChecker().check(.init(siteFolder: folder, baseURL: "/"))
        #expect(report.diagnostics.map(\.formatted) == ["index.html:1:29: error[MB6105]: broken link '/khong-co/' (no such page)"])
    }

    /// A page without an English version is published twice; its broken
    /// link is reported once at the Markdown line, naming the first page.
    @Test func aLinkPublishedTwiceIsReportedOnceAtItsSourceLine() {
        let source = SourceLocation(path: "content/a.md", line: 3, column: 5)
        let problem = Problem.noSuchPage(suggestion: nil).diagnostic(for: "/x/", at: source)
        let outsideMarkdown = Problem.noSuchPage(suggestion: nil).diagnostic(
            for: "/x/", at: SourceLocation(path: "site-out/b/index.html", line: 9, column: 2))
        let found: [LinkChecker.LinkDiagnostic] = [
            .init(diagnostic: problem, published: SourceLocation(path: "site-out/a/index.html", line: 40, column: 7)),
            .init(diagnostic: problem, published: SourceLocation(path: "site-out/en/a/index.html", line: 41, column: 7)),
            .init(diagnostic: outsideMarkdown, published: nil),
        ]
        let reported = LinkChecker.onePerSourceLine(found)
        #expect(reported.map(\.formatted) == [
            "content/a.md:3:5: error[MB6105]: broken link '/x/' (no such page) — on the published page site-out/a/index.html:40:7",
            "site-out/b/index.html:9:2: error[MB6105]: broken link '/x/' (no such page)",
        ])
        #expect(reported.map { $0.formatted(in: .vi) } == [
            "content/a.md:3:5: error[MB6105]: Liên kết hỏng '/x/' (không có trang này) — trên trang đã xuất bản site-out/a/index.html:40:7",
            "site-out/b/index.html:9:2: error[MB6105]: Liên kết hỏng '/x/' (không có trang này)",
        ])
        // Where the page has it is a value of the message, not text added to it.
        #expect(reported.first?.arguments.first { $0.name == "published" }?.value.en == " — on the published page site-out/a/index.html:40:7")
    }
}
