import Foundation
import Testing
import MinhBachContent
import MinhBachDiagnostics

/// A site folder under the temporary directory, removed by `remove()`.
struct TemporarySite {
    let base: URL
    let root: URL

    init() throws {
        base = FileManager.default.temporaryDirectory
            .appendingPathComponent("minhbach-tests-\(UUID().uuidString)", isDirectory: true)
        root = base.appendingPathComponent("site", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, Data(text.utf8))
    }

    func write(_ relative: String, _ data: Data) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// Writes a file next to the site folder, outside it.
    func writeOutside(_ relative: String, _ text: String) throws -> URL {
        let url = base.appendingPathComponent("outside").appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url
    }

    func link(_ relative: String, to target: URL) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: url, withDestinationURL: target)
    }

    func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).standardizedFileURL.path
    }

    func remove() {
        try? FileManager.default.removeItem(at: base)
    }
}

@Suite("ContentLoader")
struct ContentLoaderTests {
    static let outsideHint = "copy the file into the site folder if it should be published"
    private func at(_ path: String, _ line: Int? = nil, _ column: Int? = nil) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    @Test("finds Markdown files, skips hidden files, back-ups, content/data/ and site.yaml")
    func scan() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("content/site.yaml", "title: Cổng minh bạch\nbase_url: https://x.gov.vn/minhbach\n")
        try site.write("content/_index.md", "---\ntitle: Trang chủ\n---\nChào mừng.\n")
        try site.write("content/bao-cao/_index.md", "---\ntitle: Báo cáo\n---\n")
        try site.write("content/bao-cao/2024.md", "---\ntitle: Báo cáo năm 2024\nweight: 2\n---\n# Mở đầu\n")
        try site.write("content/bao-cao/2024.md~", "bản lưu")
        try site.write("content/bao-cao/#2024.md#", "bản lưu của emacs")
        try site.write("content/.nhap.md", "ẩn")
        try site.write("content/.git/HEAD.md", "ẩn")
        try site.write("content/bao-cao/.DS_Store", "ẩn")
        try site.write("content/data/areas.csv", "code,name\n")
        try site.write("content/data/ghi-chu.md", "không phải trang")
        try site.write("content/xa/data/ho-so.md", "---\ntitle: Hồ sơ\n---\n")
        try site.write("content/xa/site.yaml", "không phải cấu hình")
        try site.write("content/anh/logo.png", "PNG")
        try site.write("content/van-ban/241-qd-ttg.pdf", "PDF")

        let (loaded, diagnostics) = ContentLoader(root: site.root).load()
        #expect(diagnostics == [])
        let result = try #require(loaded)
        #expect(result.config.title == "Cổng minh bạch")
        #expect(result.config.basePath == "/minhbach/")
        #expect(result.files.map(\.relativePath) == ["_index.md", "bao-cao/2024.md", "bao-cao/_index.md", "xa/data/ho-so.md"])
        #expect(result.staticFiles.map(\.outputPath) == ["anh/logo.png", "van-ban/241-qd-ttg.pdf", "xa/site.yaml"])
        #expect(result.staticFiles.map(\.sourcePath) == [
            site.path("content/anh/logo.png"), site.path("content/van-ban/241-qd-ttg.pdf"), site.path("content/xa/site.yaml"),
        ])

        let report = try #require(result.files.first { $0.relativePath == "bao-cao/2024.md" })
        #expect(report.displayPath == "content/bao-cao/2024.md")
        #expect(report.frontMatter.title == "Báo cáo năm 2024")
        #expect(report.frontMatter.weight == 2)
        // A small site keeps its pages' Markdown (BodyKeeping.whileSmall).
        #expect(report.body.heldText == "# Mở đầu\n")
        #expect(try report.bodyText().get() == "# Mở đầu\n")
        #expect(report.bodyFirstLine == 5)
        #expect(report.folders == ["bao-cao"])
        #expect(report.baseName == "2024")
        #expect(!report.isSectionIndex)
        #expect(result.files.filter(\.isSectionIndex).map(\.relativePath) == ["_index.md", "bao-cao/_index.md"])
    }

    @Test("paths in messages start with the display prefix")
    func displayPrefix() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("content/site.yaml", "title: T\n")
        try site.write("content/a.md", "---\nweight: nhiều\n---\n")
        let (loaded, diagnostics) = ContentLoader(root: site.root, displayPrefix: "tinh/").load()
        #expect(diagnostics.map(\.location) == [at("tinh/content/a.md", 2, 9)])
        #expect(loaded?.files.map(\.displayPath) == ["tinh/content/a.md"])
    }

    @Test("a BOM, CRLF and NFD file loads as clean NFC text")
    func messyEncoding() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("content/site.yaml", "title: T\n")
        let text = "---\r\ntitle: Hoà Bình\r\n---\r\nXã Đắk Lắk\r\n".decomposedStringWithCanonicalMapping
        try site.write("content/a.md", Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8))
        let (loaded, diagnostics) = ContentLoader(root: site.root).load()
        #expect(diagnostics == [])
        let file = try #require(loaded?.files.first)
        let title = try #require(file.frontMatter.title)
        #expect(Array(title.unicodeScalars) == Array("Hoà Bình".precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(Array(try file.bodyText().get().unicodeScalars) == Array("Xã Đắk Lắk\n".precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(file.bodyFirstLine == 4)
    }

    @Test("'weight: nhiều' on line 3 of a file is reported at content/a.md:3:9")
    func weightPosition() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("content/site.yaml", "title: T\n")
        try site.write("content/a.md", "---\ntitle: Báo cáo\nweight: nhiều\n---\nThân.\n")
        let (loaded, diagnostics) = ContentLoader(root: site.root).load()
        #expect(diagnostics == [Diagnostic(.content(.weightNotAWholeNumber), at: at("content/a.md", 3, 9), [MessageArgument("found", "'nhiều'")])])
        #expect(diagnostics.first?.formatted == """
            content/a.md:3:9: error[MB1510]: 'weight' must be a whole number, found 'nhiều'
              hint: lower weights come first in lists, e.g. 'weight: 10'
            """)
        // The file is kept (marked invalid) so later stages can report more.
        let file = try #require(loaded?.files.first)
        #expect(file.frontMatter.title == "Báo cáo")
        #expect(!file.frontMatter.isValid)
    }

    @Test("a link that points outside the site is skipped with a warning")
    func linkOutside() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("content/site.yaml", "title: T\n")
        try site.write("content/a.md", "A")
        let secret = try site.writeOutside("mat-khau.txt", "bí mật")
        let folder = try site.writeOutside("thu-muc/trang.md", "# Ngoài").deletingLastPathComponent()
        try site.link("content/tai-lieu.txt", to: secret)
        try site.link("content/ngoai.md", to: secret)
        try site.link("content/thu-muc", to: folder)
        let (loaded, diagnostics) = ContentLoader(root: site.root).load()
        #expect(diagnostics == [
            Diagnostic(.content(.linkOutsideSite), at: at("content/ngoai.md")),
            Diagnostic(.content(.linkOutsideSite), at: at("content/tai-lieu.txt")),
            Diagnostic(.content(.linkOutsideSite), at: at("content/thu-muc")),
        ])
        #expect(diagnostics.first?.code == "MB1402")
        #expect(diagnostics.first?.message(in: .en) == "link points outside the site folder; skipped")
        #expect(diagnostics.first?.hint(in: .en) == Self.outsideHint)
        #expect(diagnostics.first?.message(in: .vi) == "Liên kết trỏ ra ngoài thư mục trang web; đã bỏ qua")
        #expect(diagnostics.hasErrors == false)
        #expect(loaded?.files.map(\.relativePath) == ["a.md"])
        #expect(loaded?.staticFiles == [])
    }

    @Test("site.yaml that is a link out of the site is not read")
    func siteYAMLLinkOutside() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let outside = try site.writeOutside("site.yaml", "title: Bí mật\n")
        try site.link("content/site.yaml", to: outside)
        let (loaded, diagnostics) = ContentLoader(root: site.root).load()
        #expect(diagnostics.map(\.code) == ["MB1202"])
        #expect(diagnostics.map(\.formatted) == ["content/site.yaml: error[MB1202]: site.yaml is a link to a file outside the site folder\n"
                                                 + "  hint: copy the file into content/ in place of the link"])
        #expect(diagnostics.map { $0.formatted(in: .vi) } == ["content/site.yaml: error[MB1202]: Tệp site.yaml là một liên kết tới tệp nằm ngoài thư mục trang web\n"
                                                              + "  gợi ý: Hãy chép tệp đó vào content/ thay cho liên kết"])
        #expect(loaded?.config.title == "")
    }

    @Test("a link to a file inside the site is copied from the file it points to")
    func linkInside() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("content/site.yaml", "title: T\n")
        try site.write("assets/logo.png", "PNG")
        try site.write("content/goc.md", "---\ntitle: Gốc\n---\n")
        try site.link("content/anh/logo.png", to: site.root.appendingPathComponent("assets/logo.png"))
        try site.link("content/ban-sao.md", to: site.root.appendingPathComponent("content/goc.md"))
        let (loaded, diagnostics) = ContentLoader(root: site.root).load()
        #expect(diagnostics == [])
        let result = try #require(loaded)
        #expect(result.files.map(\.relativePath) == ["ban-sao.md", "goc.md"])
        #expect(result.files.map(\.frontMatter.title) == ["Gốc", "Gốc"])
        #expect(result.staticFiles.map(\.outputPath) == ["anh/logo.png"])
        // Not the link itself: copying a link would publish a pointer into this machine.
        #expect(result.staticFiles.map(\.sourcePath) == [site.path("assets/logo.png")])
    }

    @Test("a link to a folder inside the site is skipped with a warning")
    func linkToFolderInside() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("content/site.yaml", "title: T\n")
        try site.write("content/bao-cao/2024.md", "A")
        try site.link("content/reports", to: site.root.appendingPathComponent("content/bao-cao"))
        let (loaded, diagnostics) = ContentLoader(root: site.root).load()
        #expect(diagnostics == [Diagnostic(.content(.linkToFolder), at: at("content/reports"))])
        #expect(diagnostics.map(\.formatted) == ["content/reports: warning[MB1403]: link to a folder; skipped\n"
                                                 + "  hint: links to folders are not followed: move or copy the folder into content/"])
        #expect(diagnostics.map { $0.message(in: .vi) } == ["Liên kết tới một thư mục; đã bỏ qua"])
        #expect(loaded?.files.map(\.relativePath) == ["bao-cao/2024.md"])
        #expect(loaded?.staticFiles == [])
    }

    @Test("no content folder", arguments: [("", "."), ("tinh/", "tinh")])
    func noContentFolder(_ prefix: String, _ shownPath: String) throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("site.yaml", "title: T\n")
        let (loaded, diagnostics) = ContentLoader(root: site.root, displayPrefix: prefix).load()
        #expect(loaded == nil)
        #expect(diagnostics == [Diagnostic(.content(.noContentFolder), at: at(shownPath))])
        #expect(diagnostics.map(\.code) == ["MB1407"])
        #expect(diagnostics.map { $0.message(in: .en) } == ["no 'content' folder in the site folder"])
        #expect(diagnostics.map { $0.message(in: .vi) } == ["Thư mục trang web không có thư mục 'content'"])
    }

    @Test("a file named content is not a content folder")
    func contentIsAFile() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("content", "không phải thư mục")
        let (loaded, diagnostics) = ContentLoader(root: site.root).load()
        #expect(loaded == nil)
        #expect(diagnostics.map(\.message) == ["no 'content' folder in the site folder"])
    }

    @Test("a missing site.yaml is an error; the pages still load")
    func missingSiteYAML() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("content/a.md", "A")
        let (loaded, diagnostics) = ContentLoader(root: site.root).load()
        #expect(diagnostics == [Diagnostic(.content(.siteHasNoConfig), at: at("content/site.yaml"))])
        #expect(diagnostics.map { $0.message(in: .en) } == ["the site has no site.yaml"])
        #expect(diagnostics.map { $0.message(in: .vi) } == ["Trang web không có tệp site.yaml"])
        #expect(diagnostics.map { $0.hint(in: .en) } == ["create it with at least 'title:' and 'base_url:' (see docs/TEMPLATES.md)"])
        #expect(loaded?.config == SiteConfig())
        #expect(loaded?.files.map(\.relativePath) == ["a.md"])
    }

    @Test("an empty content folder loads an empty site")
    func emptyContent() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("content/site.yaml", "title: T\n")
        let (loaded, diagnostics) = ContentLoader(root: site.root).load()
        #expect(diagnostics == [])
        #expect(loaded?.files == [])
        #expect(loaded?.staticFiles == [])
    }

    @Test("problems in several files are all reported, sorted by path, line and column")
    func manyProblems() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("content/site.yaml", "base_url: ftp://x\n")
        try site.write("content/b.md", "---\ntitle: B\n")
        try site.write("content/a.md", "---\ntitle: A\nweight: nhiều\n---\n")
        try site.write("content/d.md", "---\ndraft: có\ndate: 31/02/2024\n---\n")
        try site.write("content/sub/c.md", Data("---\ntitle: C\n---\nxin ch".utf8) + Data([0xE0, 0x6F]))
        try site.write("content/ok.md", "---\ntitle: Tốt\n---\n")
        for index in 0..<20 {
            try site.write("content/nhieu/\(index).md", "---\ntitle: [\(index)\n---\n")
        }

        let (loaded, diagnostics) = ContentLoader(root: site.root).load()
        let many = (0..<20).map { "content/nhieu/\($0).md" }.sorted()
        #expect(diagnostics.map { "\($0.location.description) \($0.message)" } == [
            "content/a.md:3:9 'weight' must be a whole number, found 'nhiều'",
            "content/b.md:1:1 front matter starts with '---' but is never closed",
            "content/d.md:2:8 'draft' must be true or false, found 'có'",
            "content/d.md:3:7 date '31/02/2024' does not exist",
        ] + many.map {
            "\($0):3:1 invalid YAML: did not find expected ',' or ']' while parsing a flow sequence (which starts at line 2, column 8)"
        } + [
            "content/site.yaml:1:1 site.yaml has no 'title'",
            "content/site.yaml:1:11 base_url 'ftp://x' is not an absolute URL",
            "content/sub/c.md:4:7 the file is not UTF-8 text",
        ])
        #expect(diagnostics.allSatisfy { $0.severity == .error })
        // Files that could not be read or split are left out; the others are kept.
        #expect(loaded?.files.map(\.relativePath) == ["a.md", "d.md"] + many.map { String($0.dropFirst("content/".count)) }.sorted() + ["ok.md"])
    }

    @Test("loading twice gives the same result (parallel reading is deterministic)")
    func deterministic() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("content/site.yaml", "title: T\n")
        for index in 0..<40 {
            try site.write("content/p\(index).md", index % 3 == 0 ? "---\nweight: x\(index)\n---\n" : "---\ntitle: P\(index)\n---\nThân \(index)\n")
        }
        let first = ContentLoader(root: site.root).load()
        let second = ContentLoader(root: site.root).load()
        #expect(first.1 == second.1)
        #expect(first.1.count == 14)
        #expect(first.0?.files == second.0?.files)
        #expect(first.0?.files.count == 40)
    }
}
