import Foundation
@testable import MinhBachBuild
import MinhBachDiagnostics
import Testing

/// Whole pages of the fixture site `sites/basic`, built with the built-in
/// theme, compared byte for byte with `golden/basic/`.
@Suite struct GoldenSiteTests {
    static let goldenRoot = Fixtures.root.appendingPathComponent("golden/basic")

    @Test func fixtureSiteMatchesGoldenPages() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let output = scratch.appendingPathComponent("site-out")
        let report = Fixtures.build(Fixtures.site("basic"), output: output)
        #expect(report.diagnostics.map(\.formatted) == [])
        #expect(report.pageCount == 13, "8 Vietnamese pages and 5 English ones")

        let files = Fixtures.snapshot(output)
        let pages = files.keys.filter { $0.hasSuffix(".html") }.sorted()
        #expect(pages == [
            "404.html",
            "bao-cao/2023/index.html",
            "bao-cao/2024/index.html",
            "bao-cao/index.html",
            "en/bao-cao/2024/index.html",
            "en/bao-cao/index.html",
            "en/index.html",
            "en/tim-kiem/index.html",
            "en/van-ban/2025/index.html",
            "en/van-ban/index.html",
            "index.html",
            "phuong-an-binh/index.html",
            "tim-kiem/index.html",
            "van-ban/2025/index.html",
            "van-ban/2025/quyet-dinh-241/index.html",
            "van-ban/index.html",
        ])
        for page in pages {
            Golden.assertMatches(String(decoding: files[page]!, as: UTF8.self),
                                 file: Self.goldenRoot.appendingPathComponent(page))
        }
        #expect(files["bao-cao/bieu-do.svg"] != nil, "static files beside pages are copied")
        #expect(files.keys.contains { $0.hasPrefix("assets/style.") && $0.hasSuffix(".css") }, "the stylesheet is fingerprinted")
    }

    @Test func draftsAreBuiltOnlyWhenAskedFor() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let output = scratch.appendingPathComponent("site-out")
        #expect(Fixtures.build(Fixtures.site("basic"), output: output).pageCount == 13)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("bao-cao/ban-nhap/index.html").path))

        let withDrafts = Fixtures.build(Fixtures.site("basic"), output: output, drafts: true)
        #expect(withDrafts.pageCount == 14)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("bao-cao/ban-nhap/index.html").path))
    }

    @Test func headingsGetUniqueVietnameseIds() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let output = scratch.appendingPathComponent("site-out")
        _ = Fixtures.build(Fixtures.site("basic"), output: output)
        let html = try String(contentsOf: output.appendingPathComponent("bao-cao/2024/index.html"), encoding: .utf8)
        #expect(html.contains(#"<h2 id="muc-tieu-chung">"#))
        #expect(html.contains(#"<h2 id="muc-tieu-chung-1">"#))
        #expect(html.contains(#"<h3 id="nong-thon-moi">"#))
        #expect(html.contains(##"href="#ket-qua-dat-duoc""##), "the table of contents links to the heading")
    }

    @Test func baseURLWithAPathPrefixesEveryLink() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let output = scratch.appendingPathComponent("site-out")
        let report = SiteBuilder().build(BuildOptions(source: Fixtures.site("basic"), output: output,
                                                      baseURL: "https://example.gov.vn/minhbach"))
        #expect(report.succeeded)
        let html = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(html.contains(#"href="/minhbach/bao-cao/""#), "links in Markdown get the base path")
        #expect(!html.contains(#"href="/bao-cao/""#))
        #expect(html.contains("https://example.gov.vn/minhbach/"), "the canonical URL is absolute")
    }

    /// `minhbach init` writes the example compiled into the binary: it is the
    /// repository's content/, byte for byte (embedded at build time).
    @Test func exampleSiteInTheBinaryMatchesContentFolder() throws {
        let content = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("content")
        let onDisk = Fixtures.snapshot(content).filter { !$0.key.split(separator: "/").contains { $0.hasPrefix(".") } }
        #expect(Set(ExampleSite.files.keys) == Set(onDisk.keys), "EmbedFilesPlugin embeds the files of content/")
        for (path, data) in onDisk {
            #expect(ExampleSite.files[path].map { Data($0.utf8) } == data, "\(path) is embedded as it is on disk")
        }
    }
}
