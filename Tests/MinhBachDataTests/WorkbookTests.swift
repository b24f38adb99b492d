import Foundation
@testable import MinhBachData
import MinhBachDiagnostics
import Testing

/// Tables read from `.xlsx` workbooks made by LibreOffice and openpyxl
/// (`Fixtures/xlsx/make-fixtures.py`) give the records their CSV gives.
@Suite struct WorkbookTests {
    static let fixtures = DataFixtures.root.appendingPathComponent("xlsx")

    /// The data set as text, without what only says where a record was read
    /// from: file names, sheets, columns (characters in a CSV line, cells in
    /// a sheet) and, with `ignoringLines`, lines, which move when a sheet
    /// has title rows above its header.
    static func summary(_ data: DataSet, ignoringLines: Bool = false) -> String {
        var copy = data
        copy.sources = [:]
        var text = ""
        dump(copy, to: &text)
        let places = ignoringLines ? "line|column" : "column"
        return text
            .replacingOccurrences(of: #"\n *- sheet: nil"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #"\n *▿ sheet: Optional\("[^"]*"\)\n *- some: "[^"]*""#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #"(\#(places)): Optional\(\d+\)\n *- some: \d+"#, with: "$1: _", options: .regularExpression)
            .replacingOccurrences(of: #"(\#(places)): (Optional\()?\d+\)?"#, with: "$1: _", options: .regularExpression)
            .replacingOccurrences(of: #", sheet: (nil|Optional\("[^"]*"\))"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: ".xlsx", with: ".csv")
    }

    /// The example site's data with every CSV table replaced by the
    /// workbook LibreOffice made of it: the same records, no errors; the
    /// only warnings are for codes that lost their leading zeros.
    @Test func exampleDataFromLibreOfficeWorkbooks() throws {
        let folder = DataFixtures.scratch()
        defer { DataFixtures.remove(folder) }
        try DataFixtures.copyContents(of: DataFixtures.exampleData, into: folder)
        let workbooks = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.appendingPathComponent("example").path)
        #expect(workbooks.count >= 8)
        for name in workbooks {
            let table = (name as NSString).deletingPathExtension
            try FileManager.default.removeItem(at: folder.appendingPathComponent("\(table).csv"))
            try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("example/\(name)"), to: folder.appendingPathComponent(name))
        }
        let (fromCSV, csvProblems) = DataFixtures.load(DataFixtures.exampleData)
        let (fromXLSX, problems) = DataFixtures.load(folder)
        #expect(csvProblems.isEmpty)
        #expect(problems.filter { $0.severity == .error }.isEmpty, "\(DataFixtures.text(problems))")
        #expect(problems.allSatisfy { $0.message.contains("lost their leading zeros") }, "\(DataFixtures.text(problems))")
        #expect(fromXLSX.recordCount == fromCSV.recordCount)
        #expect(fromXLSX.sources["observations"] == "content/data/observations.xlsx")
        #expect(Self.firstDifference(Self.summary(fromXLSX), Self.summary(fromCSV)) == nil)
    }

    /// The first line where two summaries differ, with its neighbours, to
    /// read in a failure instead of two dumps of thousands of lines.
    static func firstDifference(_ left: String, _ right: String) -> String? {
        let a = left.split(separator: "\n", omittingEmptySubsequences: false)
        let b = right.split(separator: "\n", omittingEmptySubsequences: false)
        guard let index = a.indices.first(where: { $0 < b.count && a[$0] != b[$0] }) ?? (a.count == b.count ? nil : min(a.count, b.count)) else { return nil }
        let range = max(0, index - 8)..<index + 1
        return "workbook:\n" + a[range.clamped(to: 0..<a.count)].joined(separator: "\n")
            + "\nCSV:\n" + b[range.clamped(to: 0..<b.count)].joined(separator: "\n")
    }

    /// `_base` with some CSV tables replaced by one workbook.
    static func loadBase(replacing tables: [String], with workbook: String, as name: String? = nil) throws -> (DataSet, [Diagnostic]) {
        let folder = DataFixtures.scratch()
        defer { DataFixtures.remove(folder) }
        try DataFixtures.copyContents(of: BadDataTests.base, into: folder)
        for table in tables { try FileManager.default.removeItem(at: folder.appendingPathComponent("\(table).csv")) }
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("edge/\(workbook)"),
                                         to: folder.appendingPathComponent(name ?? workbook))
        return DataFixtures.load(folder)
    }

    static var base: DataSet { DataFixtures.load(BadDataTests.base).0 }

    /// A title row merged over the columns and an empty row above the
    /// header, a value computed by a formula, rich text, codes typed as
    /// numbers (saved by LibreOffice); and the same sheet with inline strings.
    @Test(arguments: ["observations.xlsx", "observations-inline.xlsx"])
    func titleRowsFormulasAndInlineStrings(_ workbook: String) throws {
        let (data, problems) = try Self.loadBase(replacing: ["observations"], with: workbook, as: "observations.xlsx")
        #expect(problems.first?.code == "MB2317")
        #expect(problems.first?.formatted(in: .en).hasPrefix("content/data/observations.xlsx:observations!B4: warning[MB2317]: 'area': ") == true)
        #expect(problems.first?.formatted(in: .vi).hasPrefix("content/data/observations.xlsx:observations!B4: warning[MB2317]: Cột 'area': 3 mã") == true)
        #expect(problems.count == 1)
        #expect(data.observations.first?.line == 4)
        #expect(Self.summary(data, ignoringLines: true) == Self.summary(Self.base, ignoringLines: true))
    }

    /// A date cell (04/02/2025) in the 1900 and the 1904 date systems.
    @Test(arguments: ["atk-1900.xlsx", "atk-1904.xlsx"])
    func datesInBothSystems(_ workbook: String) throws {
        let (data, problems) = try Self.loadBase(replacing: ["atk"], with: workbook, as: "atk.xlsx")
        #expect(problems.isEmpty, "\(DataFixtures.text(problems))")
        #expect(Self.summary(data, ignoringLines: true) == Self.summary(Self.base, ignoringLines: true))
    }

    /// One workbook holding two tables and a sheet of notes.
    @Test func workbookOfSeveralTables() throws {
        let (data, problems) = try Self.loadBase(replacing: ["targets", "tasks"], with: "du-lieu.xlsx")
        #expect(problems.map(\.messageCode) == [.data(.sheetsIgnored)])
        #expect(DataFixtures.text(problems) == """
            content/data/du-lieu.xlsx:'Ghi chú': warning[MB2128]: Trang tính 'Ghi chú' không mang tên bảng nào nên bị bỏ qua
              gợi ý: Một trang tính được đọc khi nó mang tên bảng của nó: areas, documents, ntm_criteria, programs, agencies, area_conversions, indicators, observations, targets, tasks, atk, ntm, poverty_standards, program_budgets
            content/data/du-lieu.xlsx:'Ghi chú': warning[MB2128]: the sheet 'Ghi chú' is not named like a table, and ignored
              hint: a sheet is read when it is named like its table: areas, documents, ntm_criteria, programs, agencies, area_conversions, indicators, observations, targets, tasks, atk, ntm, poverty_standards, program_budgets

            """)
        #expect(data.sources["targets"] == "content/data/du-lieu.xlsx")
        #expect(Self.summary(data, ignoringLines: true) == Self.summary(Self.base, ignoringLines: true))
    }

    /// The tables of one workbook share one reading of its file, sheet
    /// list, shared strings and styles.
    @Test func tablesOfOneWorkbookShareItsReading() throws {
        let folder = DataFixtures.scratch()
        defer { DataFixtures.remove(folder) }
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("edge/du-lieu.xlsx"), to: folder.appendingPathComponent("du-lieu.xlsx"))
        let (files, _) = TableFiles.find(in: folder, displayFolder: "content/data", tables: DataLoader.tableNames, folders: [])
        let targets = try #require(files["targets"]?.workbook)
        #expect(files["tasks"]?.workbook === targets)
        #expect(try targets.cells().sharedStrings.contains("indicator"))
    }

    @Test func numbersAsCSVWritesThem() {
        #expect(CellText.number("2023") == "2023")
        #expect(CellText.number("18.5") == "18.5")
        #expect(CellText.number("2.0") == "2")
        #expect(CellText.number("0.30000000000000004") == "0.3")
        #expect(CellText.number("1E-05") == "0.00001")
        #expect(CellText.number("-0") == "0")
        #expect(CellText.number("abc") == nil)
    }

    /// The stored text is kept as it is exactly when the long way would give the same.
    @Test func plainNumbersAsTheyAreStored() {
        for raw in ["0", "7", "-5", "2020", "25.54", "-0.5", "0.0001", "123456789012345", "99.125", "0.3"] {
            #expect(raw.utf8.withContiguousStorageIfAvailable(CellText.plainNumber)! == raw, "\(raw)")
            #expect(CellText.number(raw) == raw, "\(raw)")
        }
        for raw in ["-0", "007", "25.50", "1.", ".5", "1e5", "0.00001", "1234567890123456", "0.30000000000000004", " 1", "1,5", ""] {
            #expect(raw.utf8.withContiguousStorageIfAvailable(CellText.plainNumber)! == nil, "\(raw)")
        }
    }

    @Test func dateSerials() {
        #expect(CellText.date(serial: "1", date1904: false) == "1900-01-01")
        #expect(CellText.date(serial: "59", date1904: false) == "1900-02-28")
        #expect(CellText.date(serial: "60", date1904: false) == nil)
        #expect(CellText.date(serial: "61", date1904: false) == "1900-03-01")
        #expect(CellText.date(serial: "45692", date1904: false) == "2025-02-04")
        #expect(CellText.date(serial: "45692.75", date1904: false) == "2025-02-04")
        #expect(CellText.date(serial: "0", date1904: true) == "1904-01-01")
        #expect(CellText.date(serial: "44230", date1904: true) == "2025-02-04")
    }

    @Test func dateFormats() {
        #expect(CellStyles.showsDate("dd/mm/yyyy"))
        #expect(CellStyles.showsDate("[$-42A]d mmmm yyyy"))
        #expect(!CellStyles.showsDate("0.00"))
        #expect(!CellStyles.showsDate("h:mm:ss"))
        #expect(!CellStyles.showsDate("[Red]#,##0"))
        #expect(!CellStyles.showsDate("\"ngày\" 0"))
    }

    @Test func cellReferences() {
        #expect(SheetReader.column(of: "A1") == 1)
        #expect(SheetReader.column(of: "AA10") == 27)
        #expect(SheetReader.column(of: "$C$12") == 3)
        #expect(SheetReader.column(of: "XFD1") == 16_384)
        #expect(SheetReader.column(of: "XFE1") == nil)
        #expect(SheetReader.column(of: "12") == nil)
    }

    @Test func locationsReadAsExcelShowsThem() {
        #expect(SourceLocation(path: "content/data/ntm.xlsx", line: 12, column: 3, sheet: "ntm").description == "content/data/ntm.xlsx:ntm!C12")
        #expect(SourceLocation(path: "a.xlsx", line: 12, sheet: "Chỉ tiêu").description == "a.xlsx:'Chỉ tiêu'!12:12")
        #expect(SourceLocation(path: "a.xlsx", sheet: "ntm").description == "a.xlsx:ntm")
        #expect(SourceLocation(path: "a.csv", line: 3, column: 4).description == "a.csv:3:4")
        #expect(SourceLocation.columnLetters(28) == "AB")
    }
}
