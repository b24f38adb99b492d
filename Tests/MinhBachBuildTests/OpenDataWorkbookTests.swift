import Foundation
@testable import MinhBachBuild
@testable import MinhBachData
import Testing
import ZIPFoundation

/// The open data as one workbook (`du-lieu/minhbach-du-lieu.xlsx`) and the
/// open-data page that offers it, on the site `PublishTests` builds (with a
/// unit named like a formula).
@Suite struct OpenDataWorkbookTests {
    static let tables = ["areas", "area_conversions", "programs", "indicators", "observations", "targets", "program_budgets", "documents",
                         "agencies", "tasks", "atk", "heritage", "heritage_projects", "ntm_criteria", "ntm", "poverty_standards"]

    static var workbook: Data { PublishTests.built.files[OpenDataWorkbook.path] ?? Data() }

    /// A CSV table of the bundle as rows of fields (RFC 4180), with the `'`
    /// that neutralises formula-like text taken off again.
    static func bundleCSV(_ table: String) throws -> [[String]] {
        let archive = try Archive(data: try #require(PublishTests.built.files[DataBundle.path]), accessMode: .read)
        var data = Data()
        _ = try archive.extract(try #require(archive["minhbach-du-lieu/csv/\(table).csv"]), skipCRC32: false) { data.append($0) }
        return parseCSV(String(decoding: data, as: UTF8.self)).map { row in
            row.map { field in
                field.hasPrefix("'") && field.dropFirst().first.map(CSVWriter.formulaStarts.contains) == true ? String(field.dropFirst()) : field
            }
        }
    }

    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = text.replacingOccurrences(of: "\u{FEFF}", with: "").makeIterator()
        var pending: Character? = nil
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                row.append(field); field = ""
            } else if character == "\r\n" || character == "\n" {
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    @Test func everyTableOfTheBundleIsASheetWithTheSameCells() throws {
        let archive = try WorkbookArchive(data: Self.workbook)
        #expect(try WorkbookIndex(archive).sheets.map(\.name) == Self.tables)
        for table in Self.tables {
            let csv = try Self.bundleCSV(table)
            let header = try #require(csv.first)
            var rows: [[String]] = []
            let outcome = XLSXTable(path: "x.xlsx", sheet: .named(table), columns: header)
                .read(WorkbookFile(data: Self.workbook), header: { #expect($0.columns == header, "\(table)") },
                      row: { row in rows.append(header.map { row.text($0) ?? "" }) }, rejected: { _ in Issue.record("\(table): a row rejected") })
            guard case .read(let problems) = outcome else {
                Issue.record("\(table): \(outcome)")
                continue
            }
            #expect(problems.isEmpty, "\(table): \(problems.map(\.formatted))")
            #expect(rows == Array(csv.dropFirst()), "\(table)")
        }
    }

    /// Text that a spreadsheet would run as a formula is a text cell with
    /// Excel's quote prefix: shown as written, never run, also once edited.
    @Test func formulaLikeTextIsMarkedAsText() throws {
        let archive = try WorkbookArchive(data: Self.workbook)
        let sheet = String(decoding: try #require(try archive.part("xl/worksheets/sheet1.xml")), as: UTF8.self)
        let strings = String(decoding: try #require(try archive.part("xl/sharedStrings.xml")), as: UTF8.self)
        let items = strings.components(separatedBy: "<si>").dropFirst()
        let number = try #require(items.firstIndex { $0.hasPrefix("<t>=HYPERLINK(&quot;x&quot;)</t>") }) - 1
        #expect(sheet.contains(#"s="\#(WorkbookStyle.quoted.rawValue)" t="s"><v>\#(number)</v></c>"#))
        #expect(!sheet.contains("<f>"))
    }

    @Test func sameDataGivesTheSameBytes() {
        let again = DataBundle().files(for: PublishTests.built.site, pages: [], basePath: "/").0.first { $0.path == OpenDataWorkbook.path }
        #expect(again?.data == Self.workbook)
    }

    static var hasLibreOffice: Bool { WorkbookPrograms.run("/usr/bin/env", ["which", "soffice"]).status == 0 }

    /// LibreOffice opens the workbook and reads every sheet as the CSV of the
    /// bundle has it (TRUE/FALSE are its spelling of true/false).
    @Test(.enabled(if: hasLibreOffice || WorkbookPrograms.isCI, "needs LibreOffice (apt-get install libreoffice-calc-nogui)"))
    func libreOfficeReadsWhatTheBundleHolds() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("open-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.workbook.write(to: folder.appendingPathComponent("du-lieu.xlsx"))
        let sheets = try WorkbookPrograms.libreOfficeCSVs(of: folder.appendingPathComponent("du-lieu.xlsx"), in: folder)
        for table in Self.tables {
            let converted = Self.parseCSV(try #require(sheets[table], "\(table) not converted")).map { row in
                row.map { $0 == "TRUE" ? "true" : $0 == "FALSE" ? "false" : $0 }
            }
            let expected = try Self.bundleCSV(table).map { row in
                // LibreOffice leaves out the empty cells at the end of a row.
                Array(row.reversed().drop(while: \.isEmpty).reversed())
            }
            #expect(converted.map { Array($0.reversed().drop(while: \.isEmpty).reversed()) } == expected, "\(table)")
        }
    }

    @Test func openDataPageOffersBothFilesAndListsTheTables() throws {
        let page = PublishTests.built.text("du-lieu/index.html")
        #expect(page.contains(#"<h1 class="page-header__title">Dữ liệu mở</h1>"#))
        #expect(page.contains(#"<a href="/du-lieu/minhbach-du-lieu.xlsx" type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" download>Tệp Excel (XLSX), mỗi bảng một trang tính</a>"#))
        #expect(page.contains(#"<a href="/du-lieu/minhbach-du-lieu.zip" type="application/zip" download>Tệp CSV và JSON (ZIP)"#))
        #expect(page.contains("<tr><td>Số liệu các chỉ tiêu theo đơn vị hành chính và năm<br><code>observations</code></td><td class=\"mb-num\">5</td></tr>"))
        #expect(page.contains("Dữ liệu minh họa"))
        // Every page links to it from its footer.
        #expect(PublishTests.built.text("index.html").contains(#"<p><a href="/du-lieu/">Dữ liệu mở</a></p>"#))
    }
}

/// Runs the programs the workbook tests compare with.
enum WorkbookPrograms {
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] != nil }

    /// Each sheet of a workbook as LibreOffice writes it to CSV (UTF-8,
    /// comma), by sheet name. Its own profile folder, so that it runs
    /// beside another LibreOffice.
    static func libreOfficeCSVs(of workbook: URL, in folder: URL) throws -> [String: String] {
        let profile = folder.appendingPathComponent("profile").absoluteString
        let out = folder.appendingPathComponent("csv")
        let result = run("/usr/bin/env", ["soffice", "-env:UserInstallation=\(profile)", "--headless", "--convert-to",
                                          "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                                          "--outdir", out.path, workbook.path])
        #expect(result.status == 0, "\(result.output)")
        let stem = workbook.deletingPathExtension().lastPathComponent
        var sheets: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: out.path) where name.hasPrefix(stem + "-") && name.hasSuffix(".csv") {
            let sheet = String(name.dropFirst(stem.count + 1).dropLast(4))
            sheets[sheet] = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
        }
        return sheets
    }

    static func run(_ executable: String, _ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (-1, "\(error)") }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
