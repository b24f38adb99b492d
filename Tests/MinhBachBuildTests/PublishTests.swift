import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import MinhBachBuild
@testable import MinhBachData
import MinhBachDiagnostics
import Testing
import ZIPFoundation

/// What the site publishes besides its pages (Sources/MinhBachBuild/Publish):
/// open-data downloads and their JSON-LD, the data bundle, sitemap, feeds,
/// robots.txt and 404.html. Built once from a copy of the fixture site
/// `sites/data` with hostile names in the data, a licence and dated pages.
@Suite struct PublishTests {
    /// A unit name a spreadsheet would run as a formula, and a province
    /// name that tries to close the JSON-LD script element.
    static let formulaName = "=HYPERLINK(\"x\")"
    static let scriptName = "</script><script>alert(1)</script>"
    static let base = "https://du-lieu.example.gov.vn/"

    struct Built: @unchecked Sendable {
        var report: BuildReport
        var files: [String: Data]
        var site: Site

        func text(_ path: String) -> String { String(decoding: files[path] ?? Data(), as: UTF8.self) }
    }

    static let built: Built = {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let source = scratch.appendingPathComponent("site")
        try! FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        try! Fixtures.copyContents(of: Fixtures.site("data"), into: source)
        func edit(_ path: String, _ change: (String) -> String) {
            let url = source.appendingPathComponent(path)
            try! change(try! String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
        }
        func write(_ path: String, _ text: String) {
            let url = source.appendingPathComponent(path)
            try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try! text.write(to: url, atomically: true, encoding: .utf8)
        }
        edit("content/data/areas.csv") {
            $0.replacingOccurrences(of: "Phường Nguyễn Thị Minh Khai", with: "\"=HYPERLINK(\"\"x\"\")\"")
                .replacingOccurrences(of: "Tỉnh Bắc Kạn", with: scriptName)
        }
        edit("content/site.yaml") {
            $0 + "publisher: Văn phòng Điều phối thử nghiệm\nlicense:\n  name: CC BY 4.0\n  url: https://creativecommons.org/licenses/by/4.0/\n"
        }
        write("content/tin-tuc/mot.md", "---\ntitle: Tin một\ndescription: Mô tả tin một\ndate: 2025-03-01\n---\nNội dung.\n")
        write("content/tin-tuc/hai.md", "---\ntitle: Tin hai\ndate: 02/05/2024\n---\nĐoạn đầu của tin hai.\n")
        write("content/tin-tuc/ba.md", "---\ntitle: Tin không ngày\n---\nKhông có ngày: không vào nguồn tin.\n")
        let output = scratch.appendingPathComponent("out")
        let report = Fixtures.build(source, output: output)
        let site = SitePreparer(options: BuildOptions(source: source, output: output)).prepare().site!
        return Built(report: report, files: Fixtures.snapshot(output), site: site)
    }()

    // MARK: - CSV

    @Test func csvHasBOMCRLFQuotingAndNeutralisedFormulas() throws {
        let built = Self.built
        #expect(built.report.diagnostics.errors.map(\.formatted) == [])
        let data = try #require(built.files["chi-tieu/poor-households/du-lieu.csv"])
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: data, as: UTF8.self) == "\u{FEFF}"
            + "indicator,indicator_name,area_code,area_name,scheme,year,value,unit,status,illustrative,source_document,source_url,method,derived_from\r\n"
            + "poor_households,Số hộ nghèo,01834,\"'=HYPERLINK(\"\"x\"\")\",legacy,2024,120,count,official,true,,,reported,\r\n"
            + "poor_households,Số hộ nghèo,19,Tỉnh Thái Nguyên,2025,2025,25000,count,preliminary,true,,,sum_of_legacy,\r\n")
        let poverty = built.text("chi-tieu/poverty-rate/du-lieu.csv")
        #expect(poverty.contains("\r\npoverty_rate,Tỷ lệ hộ nghèo,06,</script><script>alert(1)</script>,legacy,2023,20.5,percent,official,true,07/2021/NĐ-CP,https://du-lieu.example.gov.vn/van-ban/nd-07-2021/,reported,\r\n"))
    }

    @Test func csvNeutralisesTextButNotNumbers() {
        #expect(CSVWriter.field(.text("=1+1")) == "'=1+1")
        #expect(CSVWriter.field(.text("+84 912 345 678")) == "'+84 912 345 678")
        #expect(CSVWriter.field(.text("-3")) == "'-3")
        #expect(CSVWriter.field(.text("@SUM(A1)")) == "'@SUM(A1)")
        #expect(CSVWriter.field(.text("\tx")) == "'\tx")
        #expect(CSVWriter.field(.text("\r\nx")) == "\"'\r\nx\"")
        #expect(CSVWriter.field(.text("a=b")) == "a=b")
        #expect(CSVWriter.field(.list(["-a", "b"])) == "'-a;b")
        #expect(CSVWriter.field(.number(-3)) == "-3")
        #expect(CSVWriter.field(.number(-0.5)) == "-0.5")
        #expect(CSVWriter.field(.integer(-12)) == "-12")
        #expect(CSVWriter.field(.number(18.5)) == "18.5")
        #expect(CSVWriter.field(.number(25000)) == "25000")
        #expect(CSVWriter.field(.text("a,b")) == "\"a,b\"")
        #expect(CSVWriter.field(.text("say \"hi\"")) == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.field(.text("two\nlines")) == "\"two\nlines\"")
        #expect(CSVWriter.field(.empty) == "")
        #expect(CSVWriter.field(.bool(true)) == "true")
    }

    // MARK: - JSON and JSON-LD

    @Test func pageJSONIsValidAndKeepsTextAsIs() throws {
        let built = Self.built
        let data = try #require(built.files["chi-tieu/poor-households/du-lieu.json"])
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["title"] as? String == "Số hộ nghèo")
        #expect(object["url"] as? String == Self.base + "chi-tieu/poor-households/")
        #expect(object["publisher"] as? String == "Văn phòng Điều phối thử nghiệm")
        #expect((object["license"] as? [String: String]) == ["name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"])
        #expect(object["illustrative"] as? Bool == true)
        let records = try #require(object["records"] as? [[String: Any]])
        #expect(records.count == 2)
        #expect(records[0]["area_name"] as? String == Self.formulaName)
        #expect(records[0]["value"] as? Double == 120)
        #expect(records[0]["year"] as? Int == 2024)
        #expect(records[0]["source_document"] is NSNull)
        #expect(records[1]["area_code"] as? String == "19")
    }

    /// The JSON-LD block of a page: the text between its script tags.
    private func jsonLD(_ html: String) throws -> String {
        let start = try #require(html.range(of: "<script type=\"application/ld+json\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        return String(html[start.upperBound..<end.lowerBound])
    }

    @Test func jsonLDCannotBreakOutOfItsScriptElement() throws {
        let html = Self.built.text("chi-tieu/poverty-rate/index.html")
        let block = try jsonLD(html)
        #expect(!block.contains("<"))
        #expect(block.contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"))
        #expect(!html.contains("<script>alert"))
        let dataset = try #require(try JSONSerialization.jsonObject(with: Data(block.utf8)) as? [String: Any])
        #expect(dataset["@type"] as? String == "Dataset")
        #expect(dataset["name"] as? String == "Tỷ lệ hộ nghèo")
        #expect(dataset["url"] as? String == Self.base + "chi-tieu/poverty-rate/")
        #expect(dataset["license"] as? String == "https://creativecommons.org/licenses/by/4.0/")
        #expect(dataset["temporalCoverage"] as? String == "2023/2025")
        let places = try #require(dataset["spatialCoverage"] as? [[String: String]])
        #expect(places.map { $0["name"] } == [Self.scriptName, "Tỉnh Thái Nguyên"])
        #expect((dataset["publisher"] as? [String: String])?["name"] == "Văn phòng Điều phối thử nghiệm")
        #expect((dataset["creator"] as? [String: String])?["name"] == "Văn phòng Điều phối thử nghiệm")
        let distribution = try #require(dataset["distribution"] as? [[String: String]])
        #expect(distribution.map { $0["contentUrl"] } == ["du-lieu.csv", "du-lieu.json", "muc-tieu.csv", "muc-tieu.json"].map { Self.base + "chi-tieu/poverty-rate/" + $0 })
        #expect(distribution.map { $0["encodingFormat"] } == ["text/csv", "application/json", "text/csv", "application/json"])
    }

    @Test func jsonWriterEscapesForScripts() {
        let value = JSONValue.object([("a", .string("</script><!-- & \u{2028}\"\\\n\u{01}"))])
        #expect(JSONWriter.text(value, forScript: true) == "{\"a\":\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\\"\\\\\\n\\u0001\"}")
        #expect(JSONWriter.text(value) == "{\"a\":\"</script><!-- & \\u2028\\\"\\\\\\n\\u0001\"}")
    }

    /// The records written straight from a table's cells are the bytes the
    /// tree of `JSONValue`s gives, for every kind of cell, escapes included.
    @Test func recordsWrittenFromCellsMatchTheTree() {
        let table = DataTable(name: "t", columns: ["a", "b", "c"], rows: [
            [.text("Hòa \"A\"\n<b>"), .number(12.5), .integer(3)],
            [.bool(true), .empty, .list(["x", "y\u{2028}"])],
            [.number(.nan), .number(-0.25), .text("")],
        ])
        let tree = JSONValue.array(table.rows.map { row in .object(zip(table.columns, row).map { ($0, JSONValue($1)) }) })
        #expect(JSONWriter.records(table) == JSONWriter.data(tree, prettyDepth: 1))
        let header: [(String, JSONValue)] = [("title", .string("T")), ("license", .object([("name", .string("CC BY 4.0"))])),
                                             ("illustrative", .bool(false))]
        #expect(JSONWriter.document(header, records: table) == JSONWriter.data(.object(header + [("records", tree)])))
        let empty = DataTable(name: "e", columns: ["a"], rows: [])
        #expect(JSONWriter.records(empty) == JSONWriter.data(.array([]), prettyDepth: 1))
        #expect(JSONWriter.document(header, records: empty) == JSONWriter.data(.object(header + [("records", .array([]))])))
    }

    /// A scratch file reads back what was written, across its flushes,
    /// and leaves no file in the temporary folder, even while it is open
    /// (a killed build leaves nothing behind).
    @Test func scratchFilesReadBackAndLeaveNoFile() throws {
        let file = try ScratchFile()
        #expect(!FileManager.default.fileExists(atPath: file.url.path))
        let written = (0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        for start in stride(from: 0, to: written.count, by: 70_001) {
            try file.append { $0.append(contentsOf: written[start..<min(start + 70_001, written.count)]) }
        }
        try file.flush()
        #expect(file.size == written.count)
        var read = Data()
        while read.count < file.size { read += try file.read(at: read.count, count: 1 << 20) }
        #expect(Array(read) == written)
    }

    /// A table of the bundle written a thousand rows at a time gives the
    /// CSV and JSON made whole, and the workbook the whole sheet gives, for
    /// tables of no rows, one row, and more rows than one batch.
    @Test func tablesWrittenInBatchesAreTheTablesMadeWhole() throws {
        var generator = SystemRandomNumberGenerator()
        let cells: [DataTable.Cell] = [.text("Hòa \"A\"\n<b>"), .number(12.5), .integer(3), .bool(true), .empty, .list(["x", "y"]),
                                       .number(.nan), .text(""), .text("=1+1")]
        let date = Date(timeIntervalSince1970: 1_700_000_000)
        for count in [0, 1, 2, 999, 1_000, 1_001, 2_500] {
            let table = DataTable(name: "t", columns: count == 2 ? [] : ["a", "b", "c"], rows: (0..<count).map { _ in
                (0..<3).map { _ in cells.randomElement(using: &generator)! }
            })
            let archive = try Archive(accessMode: .create)
            var batched = try XLSXWorkbookBuilder(modified: date)
            let rows = table.rows
            try BundleTableWriter(name: "t", columns: table.columns, rows: OpenDataRows(count: count) { rows[$0] })
                .write(to: archive, folder: "f/", workbook: &batched, date: date)
            for (path, whole) in [("f/csv/t.csv", CSVWriter.bytes(table)), ("f/json/t.json", JSONWriter.recordBytes(table))] {
                var read = Data()
                _ = try archive.extract(try #require(archive[path]), skipCRC32: false) { read.append($0) }
                // A Bool: the arrays printed on failure are megabytes.
                let same = Array(read) == whole
                #expect(same, "\(count) rows, \(path): \(read.count) bytes against \(whole.count)")
            }
            var whole = try XLSXWorkbookBuilder(modified: date)
            try whole.add(XLSXSheet(name: "t", columns: OpenDataWorkbook.columns(table.columns, firstRows: table.rows),
                                    rows: table.rows.map { $0.map(OpenDataWorkbook.cell) }))
            let same = try batched.finish() == whole.finish()
            #expect(same, "\(count) rows: the workbooks differ")
        }
    }

    // MARK: - Download links on pages

    @Test func pagesWithFiguresLinkToTheirFilesWithSizes() throws {
        let built = Self.built
        let csv = try #require(built.files["chi-tieu/poverty-rate/du-lieu.csv"])
        let json = try #require(built.files["chi-tieu/poverty-rate/du-lieu.json"])
        for (page, isEnglish) in [("chi-tieu/poverty-rate/index.html", false), ("en/chi-tieu/poverty-rate/index.html", true)] {
            let html = built.text(page)
            let size = PageDownloads.size(csv.count, language: isEnglish ? .en : .vi)
            #expect(html.contains("<a href=\"/chi-tieu/poverty-rate/du-lieu.csv\" type=\"text/csv\" download>CSV</a> <span class=\"data-downloads__size\">(\(size))</span>"), "\(page)")
            let jsonSize = PageDownloads.size(json.count, language: isEnglish ? .en : .vi)
            #expect(html.contains("<a href=\"/chi-tieu/poverty-rate/du-lieu.json\" type=\"application/json\" download>JSON</a> <span class=\"data-downloads__size\">(\(jsonSize))</span>"), "\(page)")
            #expect(html.contains("<a href=\"/du-lieu/minhbach-du-lieu.zip\" type=\"application/zip\" download>"), "\(page)")
        }
        #expect(built.text("chi-tieu/poverty-rate/index.html").contains("Tải dữ liệu: <a href="))
        // Area and report pages with figures have files; pages without figures have none.
        #expect(built.files["truoc-2025/huyen/thanh-pho-bac-kan-058/du-lieu.csv"] == nil)
        #expect(!built.text("truoc-2025/huyen/thanh-pho-bac-kan-058/index.html").contains("data-downloads"))
        #expect(!built.text("truoc-2025/huyen/thanh-pho-bac-kan-058/index.html").contains("application/ld+json"))
        #expect(built.files["tinh/thai-nguyen/du-lieu.csv"] != nil)
        #expect(built.files["en/chi-tieu/poverty-rate/du-lieu.csv"] == nil)
        #expect(PageDownloads.size(850, language: .vi) == "850 B")
        #expect(PageDownloads.size(2_149, language: .vi) == "2,1 kB")
        #expect(PageDownloads.size(1_250_000, language: .en) == "1.3 MB")
    }

    @Test func reportFileHasOneRowPerTarget() throws {
        let text = Self.built.text("bao-cao/2024/du-lieu.csv")
        #expect(text == "\u{FEFF}"
            + "indicator,indicator_name,area_code,area_name,scheme,unit,baseline_year,baseline,baseline_source,value_year,value,target_year,target,"
            + "progress_category,progress_ratio,progress_method,progress_distance_to_limit,target_year_passed,"
            + "illustrative,source_document,source_url,target_document,target_document_url,value_method,value_derived_from,value_note\r\n"
            // The latest figure is of the baseline year: no time has passed, nothing to assess yet.
            + "poverty_rate,Tỷ lệ hộ nghèo,06,</script><script>alert(1)</script>,legacy,percent,2024,18.5,stated,2024,18.5,2025,15,"
            + "not_assessable,,,,false,true,,,07/2021/NĐ-CP,https://du-lieu.example.gov.vn/van-ban/nd-07-2021/,reported,,\r\n")
    }

    @Test func indicatorTargetsFileHasTheAssessment() throws {
        let built = Self.built
        let text = built.text("chi-tieu/poverty-rate/muc-tieu.csv")
        let lines = text.split(separator: "\r\n")
        #expect(lines.first == "\u{FEFF}" + OpenDataTables.targetColumns.joined(separator: ","))
        // The indicator page looks at every figure: 2024 is the baseline year itself.
        #expect(lines.dropFirst().first?.contains(",stated,2024,18.5,2025,15,not_assessable,,,,false,") == true)
        let json = try #require(built.files["chi-tieu/poverty-rate/muc-tieu.json"])
        #expect(String(decoding: json, as: UTF8.self).contains("\"progress_category\":\"not_assessable\",\"progress_ratio\":null,\"progress_method\":null"))
        let html = built.text("chi-tieu/poverty-rate/index.html")
        #expect(html.contains("<a href=\"/chi-tieu/poverty-rate/muc-tieu.csv\" type=\"text/csv\" download>CSV (mục tiêu)</a>"))
        #expect(built.text("en/chi-tieu/poverty-rate/index.html").contains("<a href=\"/chi-tieu/poverty-rate/muc-tieu.json\" type=\"application/json\" download>JSON (targets)</a>"))
        #expect(built.files["bao-cao/2024/muc-tieu.csv"] == nil)
    }

    @Test func licenceLineIsShownWhenSet() {
        let line = "<p class=\"data-licence\">Giấy phép dữ liệu: <a href=\"https://creativecommons.org/licenses/by/4.0/\" rel=\"license\">CC BY 4.0</a></p>"
        #expect(Self.built.text("index.html").contains(line))
        #expect(Self.built.text("chi-tieu/poverty-rate/index.html").contains(line))
        // The fixture itself sets no licence: no line.
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        #expect(Fixtures.build(Fixtures.site("data"), output: scratch.appendingPathComponent("out")).succeeded)
        let home = String(decoding: (try? Data(contentsOf: scratch.appendingPathComponent("out/index.html"))) ?? Data(), as: UTF8.self)
        #expect(home.contains("site-footer"))
        #expect(!home.contains("data-licence"))
    }

    // MARK: - The data bundle

    @Test func bundleHoldsEveryTableAsCSVAndJSONWithAReadme() throws {
        let data = try #require(Self.built.files["du-lieu/minhbach-du-lieu.zip"])
        let archive = try Archive(data: data, accessMode: .read)
        let tables = OpenDataWorkbookTests.tables
        #expect(archive.map(\.path) == ["minhbach-du-lieu/README.txt"] + tables.flatMap {
            ["minhbach-du-lieu/csv/\($0).csv", "minhbach-du-lieu/json/\($0).json"]
        })
        func read(_ path: String) throws -> Data {
            var out = Data()
            let entry = try #require(archive["minhbach-du-lieu/" + path])
            _ = try archive.extract(entry, skipCRC32: false) { out.append($0) }
            return out
        }
        let readme = String(decoding: try read("README.txt"), as: UTF8.self)
        #expect(readme.contains("Nguồn: Văn phòng Điều phối thử nghiệm, https://du-lieu.example.gov.vn/\r\n"))
        #expect(readme.contains("Giấy phép: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)."))
        #expect(readme.contains("Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)."))
        #expect(readme.contains("DỮ LIỆU MINH HỌA"))
        #expect(readme.contains("ILLUSTRATIVE DATA"))
        #expect(readme.contains("This bundle contains illustrative data."))
        #expect(readme.contains("\r\n  observations: 5\r\n"))
        #expect(readme.contains("\r\n  heritage_projects: 1\r\n"))
        let observations = String(decoding: try read("csv/observations.csv"), as: UTF8.self)
        #expect(observations.hasPrefix("\u{FEFF}indicator,area,scheme,year,value,status,source,illustrative,method\r\n"
            + "poverty_rate,06,legacy,2023,20.5,official,nd-07-2021,true,reported\r\n"))
        let areas = String(decoding: try read("csv/areas.csv"), as: UTF8.self)
        #expect(areas.contains("\r\nlegacy,01834,\"'=HYPERLINK(\"\"x\"\")\",commune,phường,058,\r\n"))
        for table in tables {
            let json = try read("json/\(table).json")
            #expect((try? JSONSerialization.jsonObject(with: json)) is [Any], "json/\(table).json")
        }
        let areasJSON = try #require(try JSONSerialization.jsonObject(with: try read("json/areas.json")) as? [[String: Any]])
        #expect(areasJSON.first { $0["code"] as? String == "01834" }?["name"] as? String == Self.formulaName)
        // The same data gives the same bytes.
        #expect(Self.built.site.config.title == "Trang dữ liệu thử nghiệm")
        let again = DataBundle().files(for: Self.built.site, pages: [], basePath: "/").0.first?.data
        #expect(again == data)
    }

    // MARK: - Sitemap

    /// Parses XML; nil when it is not well-formed.
    final class XMLTree: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String])] = []
        var texts: [String: [String]] = [:]
        private var text = ""

        static func parse(_ data: Data) -> XMLTree? {
            let tree = XMLTree()
            let parser = XMLParser(data: data)
            parser.delegate = tree
            return parser.parse() ? tree : nil
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String]) {
            elements.append((name, attributes))
            text = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            texts[name, default: []].append(text)
            text = ""
        }

        func named(_ name: String) -> [[String: String]] { elements.filter { $0.name == name }.map(\.attributes) }
    }

    @Test func sitemapListsEveryPageWithItsLanguageVersions() throws {
        let built = Self.built
        let sitemap = try #require(built.files["sitemap.xml"])
        let tree = try #require(XMLTree.parse(sitemap))
        #expect(tree.elements.first?.name == "urlset")
        #expect(tree.elements.first?.attributes["xmlns"] == "http://www.sitemaps.org/schemas/sitemap/0.9")
        let locations = tree.texts["loc"] ?? []
        #expect(locations.count == built.site.plan.pages.count)
        #expect(locations.count == 59)
        #expect(Set(locations).count == locations.count)
        #expect(locations.first == Self.base)
        #expect(locations.contains(Self.base + "en/chi-tieu/poverty-rate/"))
        #expect(locations.contains(Self.base + "tin-tuc/mot/"))
        let alternates = tree.named("xhtml:link").filter { $0["href"] == Self.base + "en/chi-tieu/poverty-rate/" }
        #expect(alternates.count == 2)   // listed under the Vietnamese page and under itself
        #expect(alternates.allSatisfy { $0["rel"] == "alternate" && $0["hreflang"] == "en" })
        #expect(built.files["sitemap-1.xml"] == nil)
    }

    @Test func sitemapSplitsPastTheLimit() throws {
        let site = Self.built.site
        let (files, problems) = SitemapOutput(limit: 20).files(for: site, pages: [], basePath: "/")
        #expect(problems.isEmpty)
        #expect(files.map(\.path) == ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"])
        let index = try #require(XMLTree.parse(files[0].data))
        #expect(index.elements.first?.name == "sitemapindex")
        #expect(index.texts["loc"] == [Self.base + "sitemap-1.xml", Self.base + "sitemap-2.xml", Self.base + "sitemap-3.xml"])
        var all: [String] = []
        for file in files.dropFirst() {
            let part = try #require(XMLTree.parse(file.data), "\(file.path) is not well-formed")
            #expect(part.elements.first?.name == "urlset")
            let locations = part.texts["loc"] ?? []
            #expect(locations.count <= 20)
            all += locations
        }
        #expect(all.count == 59)
        #expect(all == (XMLTree.parse(Self.built.files["sitemap.xml"]!)?.texts["loc"] ?? []))
        // Exactly at the limit: one file.
        #expect(SitemapOutput(limit: 59).files(for: site, pages: [], basePath: "/").0.map(\.path) == ["sitemap.xml"])
    }

    // MARK: - Feeds

    @Test func atomFeedListsReportsAndDatedPagesNewestFirst() throws {
        let built = Self.built
        let feed = try #require(built.files["feed.xml"])
        let tree = try #require(XMLTree.parse(feed))
        #expect(tree.elements.first?.name == "feed")
        #expect(tree.elements.first?.attributes["xmlns"] == "http://www.w3.org/2005/Atom")
        #expect(tree.elements.first?.attributes["xml:lang"] == "vi")
        #expect(tree.texts["title"] == ["Trang dữ liệu thử nghiệm", "Tin một", "Báo cáo năm 2024", "Tin hai"])
        #expect(tree.texts["id"] == [Self.base + "feed.xml", Self.base + "tin-tuc/mot/", Self.base + "bao-cao/2024/", Self.base + "tin-tuc/hai/"])
        #expect(tree.texts["updated"] == ["2025-03-01T00:00:00+07:00", "2025-03-01T00:00:00+07:00", "2024-12-31T00:00:00+07:00",
                                          "2024-05-02T00:00:00+07:00"])
        #expect(tree.texts["summary"] == ["Mô tả tin một", "Báo cáo thử nghiệm (dữ liệu minh họa).", "Đoạn đầu của tin hai."])
        #expect(tree.texts["name"] == ["Văn phòng Điều phối thử nghiệm"])
        #expect(tree.named("link").first == ["rel": "self", "type": "application/atom+xml", "href": Self.base + "feed.xml"])
        let englishFeed = try #require(built.files["en/feed.xml"])
        let english = try #require(XMLTree.parse(englishFeed))
        #expect(english.elements.first?.attributes["xml:lang"] == "en")
        #expect(english.texts["id"] == [Self.base + "en/feed.xml", Self.base + "en/bao-cao/2024/"])
        // Pages link to the feed of their language.
        #expect(built.text("index.html").contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Trang dữ liệu thử nghiệm\" href=\"/feed.xml\">"))
        #expect(built.text("en/index.html").contains("type=\"application/atom+xml\""))
        #expect(built.text("en/index.html").contains("href=\"/en/feed.xml\">"))
        // At most `maximumEntries`, the newest.
        let short = AtomFeeds(maximumEntries: 2).entries(built.site, language: .vi)
        #expect(short.map(\.page.path) == ["tin-tuc/mot/", "bao-cao/2024/"])
    }

    // MARK: - robots.txt, 404.html, head

    @Test func robotsAllowsAllAndNamesTheSitemap() {
        #expect(Self.built.text("robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: https://du-lieu.example.gov.vn/sitemap.xml\n")
    }

    @Test func notFoundPageIsBilingualAndLinksHome() throws {
        let html = Self.built.text("404.html")
        #expect(html.hasPrefix("<!doctype html>\n<html lang=\"vi\">"))
        #expect(html.contains("<title>Không tìm thấy trang — Trang dữ liệu thử nghiệm</title>"))
        #expect(html.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(html.contains("<h1 class=\"page-header__title\">Không tìm thấy trang</h1>"))
        #expect(html.contains("<p><a href=\"/\">Về trang chủ</a></p>"))
        #expect(html.contains("<section lang=\"en\" aria-labelledby=\"mb-not-found-en\">"))
        #expect(html.contains("<h2 id=\"mb-not-found-en\">Page not found</h2>"))
        #expect(html.contains("<p><a href=\"/en/\" hreflang=\"en\">Go to the home page</a></p>"))
        #expect(html.contains("class=\"site-footer\""))
        #expect(html.contains("<a class=\"skip-link\" href=\"#noi-dung\">"))
    }

    @Test func headHasCanonicalAndOpenGraphTags() {
        let html = Self.built.text("chi-tieu/poverty-rate/index.html")
        for tag in ["<link rel=\"canonical\" href=\"\(Self.base)chi-tieu/poverty-rate/\">",
                    "<meta property=\"og:url\" content=\"\(Self.base)chi-tieu/poverty-rate/\">",
                    "<meta property=\"og:title\" content=\"Tỷ lệ hộ nghèo\">",
                    "<meta property=\"og:type\" content=\"website\">",
                    "<meta property=\"og:locale\" content=\"vi_VN\">"] {
            #expect(html.contains(tag), "\(tag)")
        }
        #expect(Self.built.text("en/chi-tieu/poverty-rate/index.html").contains("<meta property=\"og:locale\" content=\"en_US\">"))
        #expect(Self.built.text("tin-tuc/mot/index.html").contains("<meta property=\"og:description\" content=\"Mô tả tin một\">"))
    }
}
