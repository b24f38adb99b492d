import Foundation
import Testing
import MinhBachContent
import MinhBachDiagnostics

/// A loaded file keeps what the stages before rendering need of its
/// Markdown, and the Markdown itself only within a budget (a small site's):
/// otherwise the renderer reads it again.
@Suite("A page's Markdown, read again when rendered")
struct ContentBodyTests {
    private func load(_ files: [String: String], keeping: BodyKeeping = .none) throws -> (TemporarySite, [ContentFile]) {
        let site = try TemporarySite()
        try site.write("content/site.yaml", "title: T\n")
        for (path, text) in files { try site.write("content/" + path, text) }
        let (loaded, diagnostics) = ContentLoader(root: site.root, keptBodies: keeping).load()
        #expect(diagnostics == [])
        return (site, try #require(loaded).files)
    }

    @Test("the body is left in the file and read again, the same text at the same line")
    func readAgain() throws {
        let (site, files) = try load(["a.md": "---\ntitle: A\ndate: 2025-01-02\n---\n\nĐoạn *đầu* tiên.\n\nĐoạn hai.\n"])
        defer { site.remove() }
        let file = try #require(files.first)
        #expect(file.body.heldText == nil)
        #expect(try file.bodyText().get() == "\nĐoạn *đầu* tiên.\n\nĐoạn hai.\n")
        #expect(file.bodyFirstLine == 5)
        #expect(!file.bodyIsBlank)
    }

    @Test("the preview keeps the text it read")
    func kept() throws {
        let (site, files) = try load(["a.md": "---\ntitle: A\n---\nThân bài.\n"], keeping: .all)
        defer { site.remove() }
        let file = try #require(files.first)
        #expect(file.body.heldText == "Thân bài.\n")
        try site.write("content/a.md", "---\ntitle: A\n---\nĐã sửa.\n")
        #expect(try file.bodyText().get() == "Thân bài.\n")
    }

    @Test("the summary is the description, else the first paragraph, made at load")
    func summary() throws {
        let (site, files) = try load([
            "mo-ta.md": "---\ntitle: A\ndescription: Mô tả ngắn\n---\nĐoạn đầu.\n",
            "doan.md": "---\ntitle: B\n---\n# Tiêu đề\n\nĐoạn **đầu** có [liên kết](/x/).\n",
            "trong.md": "---\ntitle: C\n---\n \n\u{00A0}\n",
        ])
        defer { site.remove() }
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.relativePath, $0) })
        #expect(byPath["mo-ta.md"]?.summary == "Mô tả ngắn")
        // As lists have always shown it: line ends as spaces (the feed trims them).
        #expect(byPath["doan.md"]?.summary == "Đoạn đầu có liên kết. ")
        #expect(byPath["trong.md"]?.summary.trimmingCharacters(in: .whitespacesAndNewlines) == "")
        #expect(byPath["trong.md"]?.bodyIsBlank == true)
        #expect(byPath["doan.md"]?.bodyIsBlank == false)
    }

    @Test("a file saved again after loading is an error at the file, not a page of two versions")
    func changed() throws {
        let (site, files) = try load(["a.md": "---\ntitle: A\n---\nThân bài.\n"])
        defer { site.remove() }
        let file = try #require(files.first)
        try site.write("content/a.md", "---\ntitle: A mới\n---\nThân bài.\n")
        guard case .failure(let problem) = file.bodyText() else {
            Issue.record("a changed file was read as if unchanged")
            return
        }
        #expect(problem.messageCode == .content(.fileChangedWhileBuilding))
        #expect(problem.code == "MB1408")
        #expect(problem.location == SourceLocation(path: "content/a.md"))
        #expect(problem.severity == .error)
        #expect(problem.formatted(in: .vi) == """
            content/a.md: error[MB1408]: Tệp đã thay đổi sau khi được đọc, trong lúc đang dựng trang web
              gợi ý: Hãy lưu xong các tệp rồi dựng lại trang web
            """)
        #expect(problem.formatted == """
            content/a.md: error[MB1408]: the file changed after it was read, while the site was being built
              hint: finish saving your files, then build the site again
            """)
    }

    @Test("a file removed after loading is reported as unreadable")
    func removed() throws {
        let (site, files) = try load(["a.md": "---\ntitle: A\n---\nThân bài.\n"])
        defer { site.remove() }
        let file = try #require(files.first)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/a.md"))
        guard case .failure(let problem) = file.bodyText() else {
            Issue.record("a removed file was read")
            return
        }
        #expect(problem.messageCode == .content(.fileNotRead))
        #expect(problem.location.path == "content/a.md")
    }

    @Test("a CRLF, NFD file read again is the same text as loaded")
    func messyEncoding() throws {
        let (site, files) = try load(["a.md": "---\r\ntitle: Hoà\r\n---\r\nXã Đắk Lắk\r\n".decomposedStringWithCanonicalMapping])
        defer { site.remove() }
        let file = try #require(files.first)
        #expect(Array(try file.bodyText().get().unicodeScalars) == Array("Xã Đắk Lắk\n".precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test("a small site keeps its pages' Markdown up to the budget; the rest is read again")
    func budget() throws {
        let pages = (0..<6).reduce(into: [String: String]()) { pages, number in
            pages["p\(number).md"] = "---\ntitle: P\(number)\n---\n" + String(repeating: "Chữ ", count: 10) + "\n"   // 61 bytes
        }
        for (keeping, held) in [(BodyKeeping.upTo(pages: 6, bytes: 190), 3), (.upTo(pages: 5, bytes: 1_000), 0),
                                (.upTo(pages: 6, bytes: 1_000), 6), (.whileSmall, 6), (.none, 0), (.all, 6)] {
            let (site, files) = try load(pages, keeping: keeping)
            defer { site.remove() }
            #expect(files.count { $0.body.heldText != nil } == held, "\(keeping)")
            for file in files {
                #expect(try file.bodyText().get() == String(repeating: "Chữ ", count: 10) + "\n")
            }
        }
    }
}
