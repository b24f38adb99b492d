import Foundation
@testable import MinhBachBuild
import MinhBachData
import Testing

/// `minhbach workbook` and `minhbach init --workbook` as a user runs them.
@Suite struct WorkbookCommandTests {
    /// A copy of the example site in `scratch/trang`.
    static func exampleSite(in scratch: URL) throws -> URL {
        let site = scratch.appendingPathComponent("trang")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("content"), withIntermediateDirectories: true)
        try Fixtures.copyContents(of: HostileSite.exampleContent, into: site.appendingPathComponent("content"))
        return site
    }

    @Test func writesTheWorkbookAndListsTheFilesItReplaces() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        _ = try Self.exampleSite(in: scratch)
        let run = try CLITests.run(["workbook", "--source", "trang"], in: scratch)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        // A sheet for every table, the example's and those it does not have.
        #expect((lines.first?.wholeMatch(of: /Đã ghi du-lieu.xlsx: (\d+) trang tính, \d+ dòng dữ liệu\. \/ Wrote du-lieu.xlsx: \1 sheets, \d+ data rows\./)?.1).map(String.init)
                    == "\(EntryTables.all.count)",
                "\(run.stdout)")
        #expect(lines.contains("  trang/content/data/observations.csv"))
        #expect(lines.contains("  trang/content/data/indicators.yaml"))
        #expect(lines.contains("  trang/content/data/poverty_standards.json"))
        #expect(!run.stdout.contains("heritage"), "heritage sites stay Markdown files")
        let workbook = scratch.appendingPathComponent("du-lieu.xlsx")
        #expect(try Data(contentsOf: workbook).starts(with: [0x50, 0x4B]), "an .xlsx is a ZIP archive")

        // Not replaced without --force.
        let again = try CLITests.run(["workbook", "--source", "trang"], in: scratch)
        #expect(again.status == 1)
        #expect(again.stderr.hasPrefix("error: du-lieu.xlsx đã có; thêm --force để ghi đè"))
        let forced = try CLITests.run(["workbook", "--source", "trang", "--force"], in: scratch)
        #expect(forced.status == 0, "\(forced.stderr)")
    }

    /// An office fixes its data in Excel: data with errors is still written, and counted.
    @Test func dataWithErrorsIsWrittenWithTheirCount() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let site = try Self.exampleSite(in: scratch)
        let tasks = site.appendingPathComponent("content/data/tasks.csv")
        let text = try String(contentsOf: tasks, encoding: .utf8)
        try text.replacingOccurrences(of: ",done,", with: ",xong,").write(to: tasks, atomically: true, encoding: .utf8)
        let run = try CLITests.run(["workbook", "--source", "trang", "--output", "sua.xlsx"], in: scratch)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Dữ liệu hiện có "), "\(run.stdout)")
        #expect(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("sua.xlsx").path))
    }

    /// A file that cannot be read as a table: its data would be missing, so nothing is written.
    @Test func anUnreadableTableStopsIt() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let site = try Self.exampleSite(in: scratch)
        try "area,decision,date\n\"31150,qd-241-2025,2025-02-04\n".write(to: site.appendingPathComponent("content/data/atk.csv"), atomically: true, encoding: .utf8)
        let run = try CLITests.run(["workbook", "--source", "trang"], in: scratch)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("trang/content/data/atk.csv:2:1: error[MB2207]: Một trường mở dấu ngoặc kép nhưng không bao giờ đóng"), "\(run.stderr)")
        let english = try CLITests.run(["workbook", "--source", "trang", "--lang", "en"], in: scratch)
        #expect(english.stderr.hasPrefix("trang/content/data/atk.csv:2:1: error[MB2207]: a quoted field is never closed"), "\(english.stderr)")
        #expect(run.stderr.contains("Không ghi sổ"))
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("du-lieu.xlsx").path))
    }

    /// `--replace`: the workbook takes the files' place, which are kept
    /// outside content/; the site builds from it.
    @Test func replaceMovesTheTablesOutAndTheWorkbookIn() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let site = try Self.exampleSite(in: scratch)
        let run = try CLITests.run(["workbook", "--source", "trang", "--replace"], in: scratch)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Đã ghi trang/content/data/du-lieu.xlsx: \(EntryTables.all.count) trang tính"), "\(run.stdout)")
        #expect(run.stdout.contains("đã được chuyển sang trang/du-lieu-cu/"))
        let data = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("content/data").path).sorted()
        #expect(data == ["du-lieu.xlsx", "heritage"])
        let kept = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("du-lieu-cu").path)
        #expect(kept.count == 1)
        let files = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("du-lieu-cu/\(kept[0])").path)
        #expect(files.count == 13 && files.contains("observations.csv") && files.contains("indicators.yaml"))
        let built = try CLITests.run(["build", "--source", "trang", "--quiet"], in: scratch)
        #expect(built.status == 0, "\(built.stderr)")

        // Again: the workbook replaces itself, the previous one is kept.
        let again = try CLITests.run(["workbook", "--source", "trang", "--replace"], in: scratch)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.hasSuffix("  du-lieu.xlsx\n"), "\(again.stdout)")

        let both = try CLITests.run(["workbook", "--replace", "--output", "x.xlsx"], in: scratch)
        #expect(both.status == 2)
    }

    /// `--replace` changes nothing when the workbook, read back, lacks records the files have.
    @Test func replaceChecksTheWorkbookGivesEveryRecord() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let site = try Self.exampleSite(in: scratch)
        let export = EntryWorkbookExport(source: site)
        var made = try export.make(displayOutput: "du-lieu.xlsx").get()
        #expect(export.differingTable(made) == nil)
        made.counts["tasks", default: 0] += 1
        #expect(export.differingTable(made) == "tasks")
    }

    @Test func theOutputMustBeAnXLSXFile() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let run = try CLITests.run(["workbook", "--output", "du-lieu.csv"], in: scratch)
        #expect(run.status == 2)
        #expect(run.stderr.contains("tệp ghi ra phải có đuôi .xlsx"))
    }

    /// A new site from an empty workbook builds with no error and no
    /// warning, and says to open the workbook in Excel.
    @Test func initFromAnEmptyWorkbookBuilds() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let created = try CLITests.run(["init", "moi", "--workbook"], in: scratch)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("mở moi/content/data/du-lieu.xlsx bằng Excel"))
        let content = scratch.appendingPathComponent("moi/content")
        let files = try FileManager.default.subpathsOfDirectory(atPath: content.path).sorted()
        #expect(files == ["_index.en.md", "_index.md", "data", "data/du-lieu.xlsx", "site.yaml"])
        let built = try CLITests.run(["build", "--source", "moi", "--strict"], in: scratch)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stderr == "")
        #expect(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("moi/site-out/index.html").path))
    }
}
