import Foundation
import Testing

/// `minhbach check --links` as a user runs it, on a site built from Markdown
/// (`Fixtures/source`: a broken page link and a broken anchor in `_index.md`).
@Suite struct CheckLinksCommandTests {
    /// `swift test` builds the executable next to the test bundle.
    static let binary: URL = {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("minhbach")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return runner.deletingLastPathComponent().appendingPathComponent("minhbach")
    }()

    static func run(_ arguments: [String], in directory: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let (out, err) = (Pipe(), Pipe())
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    /// Line and column (in characters, from 1) of the value of `href="link"` in `html`.
    static func position(ofLink link: String, in html: String) throws -> (Int, Int) {
        let range = try #require(html.range(of: "href=\"\(link)\""))
        let before = html[..<html.index(range.lowerBound, offsetBy: "href=\"".count)]
        let line = before.split(separator: "\n", omittingEmptySubsequences: false).count
        let column = before.count - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
        return (line, column)
    }

    @Test func brokenLinksOfABuiltSiteAreReportedWhereTheyAre() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("minhbach-links-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.copyItem(at: LinkCheckerTests.fixtures.appendingPathComponent("source"), to: scratch)

        let build = try Self.run(["build", "--quiet"], in: scratch)
        #expect(build.status == 0, "build failed: \(build.stderr)")
        let home = try String(contentsOf: scratch.appendingPathComponent("site-out/index.html"), encoding: .utf8)
        let page = try Self.position(ofLink: "/minhbach/trang-hai/", in: home)
        let anchor = try Self.position(ofLink: "/minhbach/trang-mot/#muc-hai", in: home)
        #expect(page.0 == anchor.0 && page.1 > 20, "both links are on one line, after text with Vietnamese letters")

        let check = try Self.run(["check", "--links"], in: scratch)
        #expect(check.status == 1)
        // Reported at the Markdown line that wrote each link, with where
        // it is on the published page.
        // In the site's language (vi), or the one --lang chooses.
        #expect(check.stderr == """
            content/_index.md:6:16: error[MB6105]: Liên kết hỏng '/minhbach/trang-hai/' (không có trang này) \
            — trên trang đã xuất bản site-out/index.html:\(page.0):\(page.1)
            content/_index.md:6:42: error[MB6108]: Liên kết hỏng '/minhbach/trang-mot/#muc-hai' (không có id 'muc-hai' trên trang đó) \
            — trên trang đã xuất bản site-out/index.html:\(anchor.0):\(anchor.1)

            """)
        let english = try Self.run(["check", "--links", "--lang", "en"], in: scratch)
        #expect(english.stderr == """
            content/_index.md:6:16: error[MB6105]: broken link '/minhbach/trang-hai/' (no such page) \
            — on the published page site-out/index.html:\(page.0):\(page.1)
            content/_index.md:6:42: error[MB6108]: broken link '/minhbach/trang-mot/#muc-hai' (no id 'muc-hai' on that page) \
            — on the published page site-out/index.html:\(anchor.0):\(anchor.1)

            """)
        let lastLine = check.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(lastLine.wholeMatch(of: /Đã kiểm tra \d+ liên kết trong \d+ trang( và \d+ tệp XML)? \(\d+ tới trang web khác, không mở\) trong \d+ ms: 2 liên kết hỏng/) != nil,
                "got: \(lastLine)")
        let englishLast = english.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(englishLast.wholeMatch(of: /Checked \d+ links in \d+ pages( and \d+ XML files?)? \(\d+ to other sites, not fetched\) in \d+ ms: 2 broken links/) != nil,
                "got: \(englishLast)")

        // The same site without its broken links passes.
        let index = scratch.appendingPathComponent("content/_index.md")
        let fixed = try String(contentsOf: index, encoding: .utf8)
            .replacingOccurrences(of: "/trang-hai/", with: "/trang-mot/")
            .replacingOccurrences(of: "#muc-hai", with: "#muc-mot")
        try fixed.write(to: index, atomically: true, encoding: .utf8)
        #expect(try Self.run(["build", "--quiet"], in: scratch).status == 0)
        let recheck = try Self.run(["check", "--links"], in: scratch)
        #expect(recheck.status == 0)
        #expect(recheck.stderr == "")
        #expect(recheck.stdout.hasSuffix(": không có liên kết hỏng\n"))
    }

    @Test func aSiteThatWasNotBuiltSaysToBuildFirst() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("minhbach-links-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.copyItem(at: LinkCheckerTests.fixtures.appendingPathComponent("source"), to: scratch)
        let check = try Self.run(["check", "--links", "--output", "khong-co"], in: scratch)
        #expect(check.status == 1)
        #expect(check.stderr == """
            khong-co: error[MB6101]: Ở đây không có trang web đã dựng nào để kiểm tra
              gợi ý: Hãy chạy 'minhbach build' trước, hoặc ghi thư mục của trang web đã dựng bằng --output

            """)
    }
}
