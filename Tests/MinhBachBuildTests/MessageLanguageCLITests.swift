import Foundation
import Testing

/// Messages from the catalogue on the command line: in the site's language
/// unless `--lang` says otherwise, with their code and arguments in JSON,
/// and explained by `minhbach explain`.
@Suite struct MessageLanguageCLITests {
    /// The example site with an empty `observations.xlsx` beside its CSV:
    /// one problem, MB2103.
    static func siteWithEmptyWorkbook(in scratch: URL, language: String? = nil) throws {
        #expect(try CLITests.run(["init", "site"], in: scratch).status == 0)
        let data = scratch.appendingPathComponent("site/content/data")
        try FileManager.default.removeItem(at: data.appendingPathComponent("observations.csv"))
        try Data().write(to: data.appendingPathComponent("observations.xlsx"))
        if let language {
            let config = scratch.appendingPathComponent("site/content/site.yaml")
            let text = try String(contentsOf: config, encoding: .utf8)
            try text.replacingOccurrences(of: "language: vi", with: "language: \(language)").write(to: config, atomically: true, encoding: .utf8)
        }
    }

    @Test func theSiteLanguageIsTheDefaultAndLangChooses() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        try Self.siteWithEmptyWorkbook(in: scratch)
        let vietnamese = try CLITests.run(["check", "--source", "site"], in: scratch)
        #expect(vietnamese.status == 1)
        #expect(vietnamese.stderr.contains("site/content/data/observations.xlsx: error[MB2103]: Tệp rỗng (0 byte), không phải sổ tính\n  gợi ý: Hãy chép lại"))
        let english = try CLITests.run(["check", "--source", "site", "--lang", "en"], in: scratch)
        #expect(english.stderr.contains("site/content/data/observations.xlsx: error[MB2103]: the file is empty (0 bytes): it is not a workbook\n  hint: copy"))
        let build = try CLITests.run(["build", "--source", "site", "--lang", "en", "--quiet"], in: scratch)
        #expect(build.status == 1)
        #expect(build.stderr.contains("error[MB2103]: the file is empty"))
    }

    @Test func anEnglishSiteGetsEnglishMessages() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        try Self.siteWithEmptyWorkbook(in: scratch, language: "en")
        let run = try CLITests.run(["check", "--source", "site"], in: scratch)
        #expect(run.stderr.contains("error[MB2103]: the file is empty (0 bytes)"), "\(run.stderr)")
    }

    @Test func jsonNamesTheCodeTheArgumentsAndTheLanguage() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        try Self.siteWithEmptyWorkbook(in: scratch)
        try Data("a;b\n".utf8).write(to: scratch.appendingPathComponent("site/content/data/observations.xlsx"))
        let run = try CLITests.run(["check", "--source", "site", "--format", "json"], in: scratch)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["language"] as? String == "vi")
        let diagnostics = object["diagnostics"] as? [[String: Any]] ?? []
        let workbook = try #require(diagnostics.first { $0["code"] as? String == "MB2104" })
        #expect(workbook["message"] as? String == "Tệp là bảng văn bản (CSV), không phải sổ tính .xlsx, dù tên tệp có đuôi .xlsx")
        #expect(workbook["hint"] as? String == "Hãy đổi tên tệp thành 'observations.csv'")
        #expect(workbook["arguments"] as? [String: String] == ["name": "observations"])
    }

    @Test func explainPrintsOneCodeInBothLanguages() throws {
        let run = try CLITests.run(["explain", "mb2104"], in: FileManager.default.temporaryDirectory)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("### MB2104: Bảng CSV mang đuôi .xlsx / A CSV table named .xlsx\n"))
        #expect(run.stdout.contains("error[MB2104]: Tệp là bảng văn bản (CSV)"))
        #expect(run.stdout.contains("error[MB2104]: the file is a text table (CSV)"))
        let unknown = try CLITests.run(["explain", "MB9999"], in: FileManager.default.temporaryDirectory)
        #expect(unknown.status == 2)
    }
}
