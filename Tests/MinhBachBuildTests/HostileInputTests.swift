import Foundation
import MinhBachBuild
import MinhBachDiagnostics
import Testing

/// A site whose data, front matter, Markdown and file names attack the pages
/// that show them (`Fixtures/hostile/`, see `HostileSite`): the site builds,
/// every value arrives as text, and no file of the output holds anything a
/// browser would run, nor anything from outside the site folder.
/// `scripts/check-hostile-site` loads the same pages in Chromium.
@Suite(.serialized) struct HostileInputTests {
    struct Built: @unchecked Sendable {
        var site: URL
        var output: URL
        var report: BuildReport

        func page(_ path: String) -> String {
            (try? String(contentsOf: output.appendingPathComponent(path + "index.html"), encoding: .utf8)) ?? ""
        }
    }

    /// Built once: the example site takes a few seconds in a debug build.
    private static let once: Built = {
        let scratch = Fixtures.scratch()
        let site = try! HostileSite.make(in: scratch)
        let output = scratch.appendingPathComponent("site-out")
        return Built(site: site, output: output, report: Fixtures.build(site, output: output))
    }()

    static func built() async throws -> Built { try await offThePool { once } }

    @Test func buildsWithLinksOutOfTheSiteSkipped() async throws {
        let built = try await Self.built()
        let report = built.report
        #expect(report.diagnostics.errors.isEmpty, "\(report.diagnostics.errors.map(\.formatted))")
        let skipped = report.diagnostics.warnings.filter { $0.message.contains("outside the site folder") }.map(\.location.path)
        #expect(Set(skipped) == ["content/lo-ra.md", "content/tai-lieu.txt", "content/thu-muc-lo-ra",
                                 "content/data/heritage/lo-ra.md", "content/data/agencies.csv", "templates/assets/lo-ra.css"])
    }

    @Test func noFileHoldsActiveContentOrOutsideText() async throws {
        let built = try await Self.built()
        let files = Fixtures.snapshot(built.output)
        #expect(files.count > 600)
        var findings: [ActiveContent.Finding] = []
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains(HostileSite.secret), "\(path) holds text from outside the site folder")
            if path.hasSuffix(".html") || path.hasSuffix(".svg") || path.hasSuffix(".xml") {
                findings += ActiveContent.findings(in: text, file: path)
            }
        }
        #expect(findings.isEmpty, "\(findings.prefix(20).map(\.description).joined(separator: "\n"))")
    }

    @Test func payloadsArriveAsText() async throws {
        let built = try await Self.built()
        let commune = built.page("truoc-2025/xa/xa-script-window-pwned-1-script-img-src-pwned-img-onerror-window-pwned-1-site-title-09991/")
        #expect(commune.contains("Xã &lt;script&gt;window.__pwned=1&lt;/script&gt;&quot;&gt;&lt;img src=/pwned-img onerror=window.__pwned=1&gt; {{site.title}}"),
                "the area's name, Mustache tags included, is shown as written")
        let document = built.page("van-ban/hs-doc-hai/")
        #expect(document.contains("{{#site}}5{{/site}}/QĐ-UBND"))
        #expect(document.contains("href=\"https://example.gov.vn/?q=%22%3E%3Cscript%3Ewindow.__pwned=1%3C/script%3E&amp;x=1\""),
                "a URL from the data stays one attribute value")
        let page = built.page("tmp-pwned-slug/")
        #expect(page.contains("<title>&lt;script&gt;window.__pwned=1&lt;/script&gt; Trang &quot;độc hại&quot;"))
        #expect(page.contains("Mustache trong nội dung: {{site.title}}"), "content files are not templates")
    }

    @Test func outputPathsStayInsideTheOutput() async throws {
        let built = try await Self.built()
        let scratch = built.output.deletingLastPathComponent()
        let names = try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted()
        #expect(names == ["outside", "site", "site-out"], "nothing was written beside the output")
        let outside = Fixtures.snapshot(scratch.appendingPathComponent("outside")).keys.sorted()
        #expect(outside == ["agencies.csv", "folder/page.md", "heritage.md", "page.md", "secret.txt", "style.css"])
        #expect(FileManager.default.fileExists(atPath: built.output.appendingPathComponent("tmp-pwned-slug/index.html").path),
                "a slug '../../tmp/x' is made a slug, not a path")
    }

    @Test func fileNamesWithSpacesAndVietnameseLettersInBothForms() async throws {
        let built = try await Self.built()
        #expect(built.page("van-ban/van-ban-so-5-cua-ubnd-xa-hoa-binh/").contains("Văn bản số 5 của UBND xã Hòa Bình"))
        // Written NFD on disk with the tone on the 'a' ("hoà"): the title is NFC, as every loaded text.
        #expect(built.page("van-ban/thong-bao-cua-xa-thuan-hoa/").contains("Thông báo của xã Thuận Hoà"))
    }
}
