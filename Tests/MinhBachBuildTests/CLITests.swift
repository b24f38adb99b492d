import Foundation
import Testing

/// The `minhbach` executable as a user runs it: exit codes, the last line,
/// and messages on standard error.
@Suite struct CLITests {
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

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], in directory: URL) throws -> Run {
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
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func buildPrintsPagesAndTimeOnItsLastLine() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        try Fixtures.copyContents(of: Fixtures.site("basic"), into: scratch)
        let run = try Self.run(["build"], in: scratch)
        #expect(run.status == 0)
        let lastLine = run.stdout.split(separator: "\n").last.map(String.init) ?? ""
        // In the site's language (vi): its site.yaml, as the build read it.
        #expect(lastLine.wholeMatch(of: /Đã dựng 13 trang trong \d+ ms/) != nil, "got: \(lastLine)")
        let english = try Self.run(["build", "--lang", "en"], in: scratch)
        #expect(english.stdout.split(separator: "\n").last.map(String.init)?.wholeMatch(of: /Built 13 pages in \d+ ms/) != nil,
                "got: \(english.stdout)")
        #expect(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("site-out/index.html").path))
    }

    @Test func contentErrorsExitWithOneAndNamePathLineAndColumn() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let site = scratch.appendingPathComponent("trang")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try Fixtures.copyContents(of: Fixtures.site("basic"), into: site)
        try "---\ntitle: Hỏng\ndate: 31/02/2024\n---\n".write(to: site.appendingPathComponent("content/hong.md"), atomically: true, encoding: .utf8)
        let run = try Self.run(["build", "--source", "trang"], in: scratch)
        #expect(run.status == 1)
        #expect(run.stderr == """
            trang/content/hong.md:3:7: error[MB1507]: Ngày '31/02/2024' không có thật
              gợi ý: Hãy kiểm tra ngày và tháng; ngày viết dạng dd/mm/yyyy hoặc yyyy-mm-dd
            Dựng trang thất bại: 1 lỗi; trang/site-out không bị thay đổi

            """)
        let english = try Self.run(["build", "--source", "trang", "--lang", "en"], in: scratch)
        #expect(english.stderr.hasSuffix("Build failed: 1 error; trang/site-out was not changed\n"), "got: \(english.stderr)")
    }

    @Test func usageErrorsExitWithTwo() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let unknownOption = try Self.run(["build", "--khong-co"], in: scratch)
        #expect(unknownOption.status == 2)
        #expect(unknownOption.stderr.hasPrefix("Error: Unknown option '--khong-co'"))
        let missingFolder = try Self.run(["build", "--source", "khong-co"], in: scratch)
        #expect(missingFolder.status == 2)
        #expect(missingFolder.stderr.hasPrefix("Error: the site folder 'khong-co' does not exist"))
    }

    @Test func versionAndHelp() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let version = try Self.run(["--version"], in: scratch)
        #expect(version.status == 0)
        #expect(version.stdout == "0.1.0\n")
        let help = try Self.run(["build", "--help"], in: scratch)
        #expect(help.status == 0)
        for option in ["--source <dir>", "--output <dir>", "--drafts", "--base-url <url>"] {
            #expect(help.stdout.contains(option), "help lists \(option)")
        }
    }
}

/// `minhbach check`: the data and pages are validated without building.
@Suite struct CheckCommandTests {
    static let dataCorpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("MinhBachDataTests/Fixtures/bad")

    /// A site whose content/data is the data corpus base with one case laid over it.
    private func site(withDataCase name: String, in scratch: URL) throws -> URL {
        let site = scratch.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("content/data"), withIntermediateDirectories: true)
        try Fixtures.copyContents(of: Fixtures.site("basic"), into: site)
        let data = site.appendingPathComponent("content/data")
        try Fixtures.copyContents(of: Self.dataCorpus.appendingPathComponent("_base"), into: data)
        try Fixtures.copyContents(of: Self.dataCorpus.appendingPathComponent(name), into: data)
        for helper in ["expected.txt", "remove.txt"] { try? FileManager.default.removeItem(at: data.appendingPathComponent(helper)) }
        return site
    }

    @Test func validSiteExitsZeroWithASummary() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let run = try CLITests.run(["check", "--source", Fixtures.site("basic").path], in: scratch)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout.wholeMatch(of: /Đã kiểm tra 13 trang và 0 bảng dữ liệu \(0 bản ghi\) trong \d+ ms: không có vấn đề nào\n/) != nil,
                "got: \(run.stdout)")
        let english = try CLITests.run(["check", "--source", Fixtures.site("basic").path, "--lang", "en"], in: scratch)
        #expect(english.stdout.wholeMatch(of: /Checked 13 pages and 0 data tables \(0 records\) in \d+ ms: no problems\n/) != nil,
                "got: \(english.stdout)")
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("site-out").path), "check writes nothing")
    }

    @Test func badDataExitsOneWithTheLocatedMessage() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        _ = try site(withDataCase: "percent-out-of-range", in: scratch)
        // The corpus shows each coded message in both languages; check prints the site's, Vietnamese.
        let hint = "  gợi ý: Hãy ghi chính con số phần trăm (97.5 cho 97,5%), không ghi tỷ số hay số đếm\n"
        let expected = [("observations.csv:2:22", "value", "185"), ("observations.csv:3:22", "value", "-1"), ("targets.csv:2:30", "baseline", "120")]
            .map { "content/data/\($0.0): error[MB2354]: Cột '\($0.1)': \($0.2) không phải tỷ lệ phần trăm từ 0 đến 100\n" + hint }.joined()
        let run = try CLITests.run(["check", "--source", "site"], in: scratch)
        #expect(run.status == 1)
        // The corpus base has an agency without an English name: a warning.
        // It is coded (MB2314), so it is worded in the site's language, Vietnamese.
        let warning = "content/data/agencies.yaml: warning[MB2314]: Có 1 cơ quan chưa có 'name_en' (ubnd-tp-bac-kan); trang tiếng Anh sẽ hiện tên tiếng Việt\n  gợi ý: Hãy thêm cột 'name_en' ghi tên tiếng Anh\n"
        #expect(run.stderr == (warning + expected).replacingOccurrences(of: "content/data/", with: "site/content/data/"))
    }

    @Test func jsonFormatListsEveryDiagnostic() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        _ = try site(withDataCase: "date-impossible", in: scratch)
        let run = try CLITests.run(["check", "--source", "site", "--format", "json"], in: scratch)
        #expect(run.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(object?["ok"] as? Bool == false)
        let diagnostics = object?["diagnostics"] as? [[String: Any]] ?? []
        let represented = diagnostics.reduce(0) { $0 + (($1["group"] as? [String: Any])?["count"] as? Int ?? 1) }
        #expect(represented == (object?["errors"] as? Int ?? -1) + (object?["warnings"] as? Int ?? -1))
        let first = diagnostics.first { $0["severity"] as? String == "error" }
        #expect(first?["code"] as? String == "MB2337")
        #expect(first?["message"] as? String == "Cột 'date': ngày '31/02/2024' không có thật")
        #expect((first?["path"] as? String)?.hasPrefix("site/content/data/") == true)
        #expect(first?["line"] is Int)
        #expect(first?["column"] is Int)
    }
}

/// One mistake in the example data, as a new user makes it: the output
/// starts with the mistake and groups what follows from it.
@Suite struct CascadeOutputTests {
    /// The example site with the New Rural programme's period reversed: its
    /// indicators, then their figures, refer to a rejected record.
    static func siteWithReversedPeriod(in scratch: URL) throws {
        #expect(try CLITests.run(["init", "site"], in: scratch).status == 0)
        let programs = scratch.appendingPathComponent("site/content/data/programs.yaml")
        let text = try String(contentsOf: programs, encoding: .utf8)
        let ntm = try #require(text.range(of: "- id: ntm\n"))
        let block = text[ntm.lowerBound...].prefix { $0 != "[" }
        let reversed = block.replacingOccurrences(of: "period_start: 2021", with: "period_start: 2025")
            .replacingOccurrences(of: "period_end: 2025", with: "period_end: 2021")
        try text.replacingCharacters(in: ntm.lowerBound..<block.endIndex, with: reversed).write(to: programs, atomically: true, encoding: .utf8)
    }

    @Test func textStartsWithTheCauseAndGroupsTheRest() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        try Self.siteWithReversedPeriod(in: scratch)
        let run = try CLITests.run(["check", "--source", "site"], in: scratch)
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "site/content/data/programs.yaml:8:15: error[MB2319]: Năm kết thúc 'period_end' 2021 lại trước năm bắt đầu 'period_start' 2025")
        #expect(lines.count <= 10, "\(run.stderr)")
        #expect(lines.contains("site/content/data/indicators.yaml:63:12: error[MB2343]: Cột 'program': trỏ tới chương trình 'ntm', nhưng bản ghi đó có lỗi (xem ở trên)"))
        #expect(lines.contains { $0.hasPrefix("  … và 6 chỗ khác như vậy, ở các dòng 176, 188, 200, …") })
        #expect(!run.stderr.contains("không tìm thấy chương trình 'ntm'"))
    }

    @Test func jsonHasOneObjectPerGroupWithItsCountAndPlaces() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        try Self.siteWithReversedPeriod(in: scratch)
        let run = try CLITests.run(["check", "--source", "site", "--format", "json"], in: scratch)
        #expect(run.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let diagnostics = object["diagnostics"] as? [[String: Any]] ?? []
        #expect(diagnostics.first?["path"] as? String == "site/content/data/programs.yaml")
        let programme = try #require(diagnostics.first { $0["code"] as? String == "MB2343" })
        let group = try #require(programme["group"] as? [String: Any])
        let locations = group["locations"] as? [[String: Any]] ?? []
        #expect(group["count"] as? Int == 7)
        #expect(locations.count == 7)
        #expect(locations.first?["line"] as? Int == programme["line"] as? Int)
        let represented = diagnostics.reduce(0) { $0 + (($1["group"] as? [String: Any])?["count"] as? Int ?? 1) }
        #expect(represented == (object["errors"] as? Int ?? -1) + (object["warnings"] as? Int ?? -1))
    }
}

@Suite struct InitCommandTests {
    @Test func initCreatesTheExampleSiteWhichBuilds() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let created = try CLITests.run(["init", "moi"], in: scratch)
        #expect(created.status == 0)
        #expect(created.stdout.wholeMatch(of: /Đã tạo moi với \d+ tệp\. Tiếp theo: minhbach build --source moi\n/) != nil,
                "got: \(created.stdout)")
        #expect(try String(contentsOf: scratch.appendingPathComponent("moi/content/site.yaml"), encoding: .utf8).contains("\nlanguage: vi\n"))
        #expect(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("moi/content/site.yaml").path))
        #expect(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("moi/content/data/observations.csv").path))
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("moi/templates").path),
                "the built-in theme is used until the site adds templates/")
        let built = try CLITests.run(["build", "--source", "moi", "--quiet"], in: scratch)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("moi/site-out/xa/phuong-an-binh-31150/index.html").path))
    }

    @Test func initRefusesAFolderThatAlreadyHasContent() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        try FileManager.default.createDirectory(at: scratch.appendingPathComponent("cu/content"), withIntermediateDirectories: true)
        let run = try CLITests.run(["init", "cu"], in: scratch)
        #expect(run.status == 1)
        #expect(run.stderr == "cu/content: error[MB1204]: Thư mục này đã có thư mục content/\n  gợi ý: Hãy chọn một thư mục mới; chưa có gì được ghi\n")
        let english = try CLITests.run(["init", "cu", "--lang", "en"], in: scratch)
        #expect(english.stderr == "cu/content: error[MB1204]: the folder already has a content/ folder\n  hint: choose a new folder; nothing was written\n")
    }

    /// `--lang en`: English messages, and an English site.
    @Test func initInEnglishMakesAnEnglishSite() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let created = try CLITests.run(["init", "moi", "--lang", "en"], in: scratch)
        #expect(created.status == 0)
        #expect(created.stdout.wholeMatch(of: /Created moi with \d+ files\. Next: minhbach build --source moi\n/) != nil, "got: \(created.stdout)")
        let config = try String(contentsOf: scratch.appendingPathComponent("moi/content/site.yaml"), encoding: .utf8)
        #expect(config.contains("\nlanguage: en\n") && !config.contains("language: vi"))
        let built = try CLITests.run(["build", "--source", "moi"], in: scratch)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stdout.contains("Built "), "the site's language words the summary: \(built.stdout)")
        let workbook = try CLITests.run(["init", "so", "--workbook", "--lang", "en"], in: scratch)
        #expect(workbook.stdout.hasPrefix("Created so ("), "got: \(workbook.stdout)")
        #expect(try String(contentsOf: scratch.appendingPathComponent("so/content/site.yaml"), encoding: .utf8).contains("\nlanguage: en\n"))
        let help = try CLITests.run(["init", "--help"], in: scratch)
        #expect(help.stdout.contains("--lang"))
    }
}
