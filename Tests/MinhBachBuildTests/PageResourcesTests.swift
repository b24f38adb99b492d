import Foundation
import Testing
import MinhBachBuild
import MinhBachDiagnostics

/// Page resources and links between Markdown files, on the `basic` fixture
/// site with a news section added: `tin-tuc/le-cong-bo.md` (with an English
/// twin) beside its photo, and a page bundle `tin-tuc/hoi-nghi/index.md`.
@Suite struct PageResourcesTests {
    static let page = """
        ---
        title: Lễ công bố
        ---
        Ảnh của buổi lễ:

        ![Lễ công bố](anh-le.jpg)

        Xem [báo cáo 2024](../bao-cao/2024.md#ket-qua) và [văn bản](/van-ban/_index.md), \
        [hội nghị](hoi-nghi/index.md), [các báo cáo](../bao-cao/).
        """

    static let englishPage = """
        ---
        title: Announcement ceremony
        ---
        ![The ceremony](anh-le.jpg) See the [2024 report](../bao-cao/2024.md).
        """

    static let bundle = """
        ---
        title: Hội nghị
        ---
        ![Hội nghị](anh-hoi-nghi.png) [Tờ trình](to-trinh.pdf)
        """

    /// The fixture site with the news section; `page` replaces the text of
    /// `tin-tuc/le-cong-bo.md`.
    static func site(page: String = page) throws -> URL {
        let scratch = Fixtures.scratch()
        try Fixtures.copyContents(of: Fixtures.site("basic"), into: scratch)
        let news = scratch.appendingPathComponent("content/tin-tuc")
        try FileManager.default.createDirectory(at: news.appendingPathComponent("hoi-nghi"), withIntermediateDirectories: true)
        let files: [String: String] = [
            "le-cong-bo.md": page, "le-cong-bo.en.md": englishPage, "anh-le.jpg": "JPEG",
            "hoi-nghi/index.md": bundle, "hoi-nghi/anh-hoi-nghi.png": "PNG", "hoi-nghi/to-trinh.pdf": "PDF",
        ]
        for (name, text) in files { try text.write(to: news.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return scratch
    }

    static func build(_ site: URL, baseURL: String? = nil) -> (BuildReport, URL) {
        let output = site.appendingPathComponent("site-out")
        let report = SiteBuilder().build(BuildOptions(source: site, output: output, baseURL: baseURL))
        return (report, output)
    }

    static func html(_ output: URL, _ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func anImageBesideAPageIsPublishedAndShownOnIt() throws {
        let site = try Self.site()
        defer { Fixtures.remove(site) }
        let (report, output) = Self.build(site)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.formatted))")
        #expect(try Data(contentsOf: output.appendingPathComponent("tin-tuc/anh-le.jpg")) == Data("JPEG".utf8))
        let page = try Self.html(output, "tin-tuc/le-cong-bo/index.html")
        #expect(page.contains("<img src=\"/tin-tuc/anh-le.jpg\" alt=\"Lễ công bố\" />"))
        // The English twin refers to the same file.
        let english = try Self.html(output, "en/tin-tuc/le-cong-bo/index.html")
        #expect(english.contains("<img src=\"/tin-tuc/anh-le.jpg\" alt=\"The ceremony\" />"))
    }

    @Test func aPageBundleIsOnePageWithItsFilesBesideIt() throws {
        let site = try Self.site()
        defer { Fixtures.remove(site) }
        let (report, output) = Self.build(site)
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let page = try Self.html(output, "tin-tuc/hoi-nghi/index.html")
        #expect(page.contains("<img src=\"/tin-tuc/hoi-nghi/anh-hoi-nghi.png\" alt=\"Hội nghị\" />"))
        #expect(page.contains("<a href=\"/tin-tuc/hoi-nghi/to-trinh.pdf\">Tờ trình</a>"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("tin-tuc/hoi-nghi/anh-hoi-nghi.png").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("tin-tuc/hoi-nghi/index/index.html").path))
    }

    @Test func aMarkdownFileInsideAPageBundleIsAnError() throws {
        let site = try Self.site()
        defer { Fixtures.remove(site) }
        try "---\ntitle: Phụ lục\n---\nx\n".write(to: site.appendingPathComponent("content/tin-tuc/hoi-nghi/phu-luc.md"),
                                                    atomically: true, encoding: .utf8)
        let (report, _) = Self.build(site)
        #expect(report.diagnostics.map(\.formatted) == ["""
            content/tin-tuc/hoi-nghi/phu-luc.md: error[MB1501]: a page inside a page folder: the folder has index.md, so it is one page, not a section
              hint: rename content/tin-tuc/hoi-nghi/index.md to _index.md to make the folder a section, or move this file out of it
            """])
        #expect(report.diagnostics.map(\.messageCode) == [.content(.pageInPageBundle)])
        #expect(report.diagnostics.allSatisfy { $0.formatted(in: .vi).contains("error[MB1501]: Trang") })
    }

    @Test func linksToMarkdownFilesBecomePageURLsInEachLanguageUnderTheBasePath() throws {
        let site = try Self.site()
        defer { Fixtures.remove(site) }
        let (report, output) = Self.build(site, baseURL: "https://example.gov.vn/tinh/")
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let page = try Self.html(output, "tin-tuc/le-cong-bo/index.html")
        #expect(page.contains("<img src=\"/tinh/tin-tuc/anh-le.jpg\""))
        #expect(page.contains("<a href=\"/tinh/bao-cao/2024/#ket-qua\">báo cáo 2024</a>"))
        #expect(page.contains("<a href=\"/tinh/van-ban/\">văn bản</a>"))
        #expect(page.contains("<a href=\"/tinh/tin-tuc/hoi-nghi/\">hội nghị</a>"))
        // A folder written from the file is its section.
        #expect(page.contains("<a href=\"/tinh/bao-cao/\">các báo cáo</a>"))
        let english = try Self.html(output, "en/tin-tuc/le-cong-bo/index.html")
        #expect(english.contains("<a href=\"/tinh/en/bao-cao/2024/\">2024 report</a>"))
    }

    @Test func aMissingImageIsAnErrorAtItsSourceLine() throws {
        let site = try Self.site(page: Self.page.replacingOccurrences(of: "(anh-le.jpg)", with: "(Anh-Le.jpg)"))
        defer { Fixtures.remove(site) }
        let (report, output) = Self.build(site)
        #expect(report.diagnostics.map { $0.formatted(in: .vi) } == [
            """
            content/tin-tuc/le-cong-bo.md:6:1: error[MB6202]: Không tìm thấy ảnh 'Anh-Le.jpg': không có tệp content/tin-tuc/Anh-Le.jpg
              gợi ý: Có phải là 'anh-le.jpg'?
            """,
        ])
        #expect(report.diagnostics.map { $0.formatted(in: .en) } == [
            """
            content/tin-tuc/le-cong-bo.md:6:1: error[MB6202]: image 'Anh-Le.jpg' not found: there is no file content/tin-tuc/Anh-Le.jpg
              hint: did you mean 'anh-le.jpg'?
            """,
        ])
        #expect(!FileManager.default.fileExists(atPath: output.path), "nothing is published")
    }

    @Test func linksToDraftsAndMissingPagesAreErrorsAtTheirColumn() throws {
        let text = Self.page + "\n\n[nháp](../bao-cao/ban-nhap.md) và [thiếu](../bao-cao/2022.md)\n"
        let site = try Self.site(page: text)
        defer { Fixtures.remove(site) }
        let (report, _) = Self.build(site)
        let prefix = site.path + "/"
        #expect(report.diagnostics.map { $0.formatted(in: .vi).replacingOccurrences(of: prefix, with: "") } == [
            """
            content/tin-tuc/le-cong-bo.md:10:1: error[MB6207]: Liên kết tới '../bao-cao/ban-nhap.md', một bản nháp (draft: true) \
            không được xuất bản
              gợi ý: Hãy bỏ 'draft: true' trong content/bao-cao/ban-nhap.md, hoặc bỏ liên kết
            """,
            """
            content/tin-tuc/le-cong-bo.md:10:35: error[MB6206]: Liên kết tới '../bao-cao/2022.md' nhưng không có tệp \
            content/bao-cao/2022.md
              gợi ý: Có phải là '../bao-cao/2023.md'?
            """,
        ])
        #expect(report.diagnostics.map { $0.formatted(in: .en).replacingOccurrences(of: prefix, with: "") } == [
            """
            content/tin-tuc/le-cong-bo.md:10:1: error[MB6207]: link to '../bao-cao/ban-nhap.md', a draft (draft: true) that is not published
              hint: remove 'draft: true' from content/bao-cao/ban-nhap.md, or the link
            """,
            """
            content/tin-tuc/le-cong-bo.md:10:35: error[MB6206]: link to '../bao-cao/2022.md', but there is no file content/bao-cao/2022.md
              hint: did you mean '../bao-cao/2023.md'?
            """,
        ])
    }
}
