import Foundation
@testable import MinhBachData
import Testing

/// The data-entry workbook as other programs read it: LibreOffice opens it
/// and converts it back to the example's CSV text; openpyxl finds its
/// frozen header, notes, drop-downs and Text formats. CI installs both
/// (.ci/run); elsewhere a test whose program is missing is skipped, saying why.
@Suite struct EntryWorkbookFileTests {
    static let inCI = ProcessInfo.processInfo.environment["CI"] != nil
    static let soffice = ExternalProgram.find("soffice")
    /// A Python with openpyxl: Debian's (python3-openpyxl) or the one on PATH.
    static let python = ["/usr/bin/python3", "python3"].compactMap(ExternalProgram.find).first {
        ExternalProgram.run($0, ["-c", "import openpyxl"]).status == 0
    }

    /// The example's data as its data-entry workbook, in a scratch folder.
    static func exampleWorkbook(in folder: URL) throws -> (URL, [XLSXSheet]) {
        let sheets = EntryWorkbook.sheets(folder: DataFixtures.exampleData, displayFolder: "content/data").0
        let url = folder.appendingPathComponent("du-lieu.xlsx")
        try XLSXWriter(sheets: sheets).write(to: url)
        return (url, sheets)
    }

    @Test(.enabled(if: soffice != nil || inCI, "LibreOffice is not installed (apt-get install libreoffice-calc-nogui); CI runs this test"))
    func libreOfficeConvertsItBackToTheExampleTables() throws {
        let soffice = try #require(Self.soffice, "CI must have soffice: .ci/run installs libreoffice-calc-nogui")
        let folder = DataFixtures.scratch()
        defer { DataFixtures.remove(folder) }
        let (workbook, _) = try Self.exampleWorkbook(in: folder)
        let out = folder.appendingPathComponent("csv")
        // One CSV per sheet (the last field, -1), UTF-8 (76), cells as stored, not as shown.
        let run = ExternalProgram.run(soffice, ["-env:UserInstallation=file://\(folder.path)/profile", "--headless",
                                                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                                                "--outdir", out.path, workbook.path])
        #expect(run.status == 0, "\(run.output)")
        let tables = try FileManager.default.contentsOfDirectory(atPath: DataFixtures.exampleData.path).filter { $0.hasSuffix(".csv") }.sorted()
        #expect(tables.count == 8)
        for name in tables {
            let table = (name as NSString).deletingPathExtension
            let converted = out.appendingPathComponent("du-lieu-\(table).csv")
            guard FileManager.default.fileExists(atPath: converted.path) else {
                Issue.record("LibreOffice wrote no \(converted.lastPathComponent): \(run.output)")
                continue
            }
            let known = EntryTables.table(table)?.schema.all ?? []
            let original = WrittenTable.read(TableFile(url: DataFixtures.exampleData.appendingPathComponent(name), displayPath: name, format: .csv), known: known)
            let back = WrittenTable.read(TableFile(url: converted, displayPath: converted.lastPathComponent, format: .csv), known: known)
            #expect(back.problems.isEmpty)
            // The file's columns first, in its order; the sheet adds the table's other columns, empty.
            #expect(Array(back.columns.prefix(original.columns.count)) == original.columns, "\(table)")
            #expect(back.rows.count == original.rows.count, "\(table)")
            let width = original.columns.count
            for (index, (row, written)) in zip(back.rows, original.rows).enumerated()
            where Array(row.prefix(width)) != written || row.dropFirst(width).contains(where: { $0 != nil }) {
                Issue.record("\(table) row \(index + 2): LibreOffice reads \(row), the CSV has \(written)")
                break
            }
        }
    }

    @Test(.enabled(if: python != nil || inCI, "openpyxl is not installed (apt-get install python3-openpyxl); CI runs this test"))
    func openpyxlFindsTheFrozenHeaderNotesAndDropDowns() throws {
        let python = try #require(Self.python, "CI must have openpyxl: .ci/run installs python3-openpyxl")
        let folder = DataFixtures.scratch()
        defer { DataFixtures.remove(folder) }
        let (workbook, sheets) = try Self.exampleWorkbook(in: folder)
        let expected = folder.appendingPathComponent("expected.json")
        try JSONSerialization.data(withJSONObject: sheets.map(Self.expectation), options: [.sortedKeys]).write(to: expected)
        let script = DataFixtures.root.appendingPathComponent("xlsx/check-entry-workbook.py")
        let run = ExternalProgram.run(python, [script.path, workbook.path, expected.path])
        #expect(run.status == 0 && run.output == "ok\n", "\(run.output)")
    }

    /// What check-entry-workbook.py is to find of a sheet.
    static func expectation(_ sheet: XLSXSheet) -> [String: Any] {
        ["name": sheet.name, "rows": sheet.rows.count, "columns": sheet.columns.map { column -> [String: Any] in
            let choices: Any
            switch column.choices {
            case nil: choices = NSNull()
            case .values(let words)?: choices = ["values": words]
            case .column(let sheet, let key)?: choices = ["sheet": sheet, "column": key]
            }
            return ["header": column.header, "note": column.note as Any? ?? NSNull(), "isText": column.isText, "choices": choices]
        }]
    }
}

/// A program run by a test, found on PATH.
enum ExternalProgram {
    static func find(_ name: String) -> URL? {
        if name.hasPrefix("/") { return FileManager.default.isExecutableFile(atPath: name) ? URL(fileURLWithPath: name) : nil }
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Runs it to the end; standard output and error together.
    static func run(_ program: URL, _ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (-1, "\(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
