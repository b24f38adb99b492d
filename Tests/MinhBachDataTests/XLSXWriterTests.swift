import Foundation
import Testing
@testable import MinhBachData

/// The workbook writer: what it writes reads back through the workbook
/// reader as the same text, and the file holds what a spreadsheet user
/// sees (frozen header, notes, drop-downs, Text columns), checked with
/// openpyxl, an independent reader.
@Suite struct XLSXWriterTests {
    static let areas = XLSXSheet(
        name: "areas",
        columns: [
            XLSXColumn(header: "scheme", note: "Hệ thống đơn vị: legacy hoặc 2025", choices: .values(["legacy", "2025"])),
            XLSXColumn(header: "code", note: "Mã đơn vị, giữ số 0 ở đầu", isText: true),
            XLSXColumn(header: "name", note: "Tên đơn vị"),
            XLSXColumn(header: "level", choices: .values(["province", "district", "commune"])),
        ],
        rows: [
            [.text("legacy"), .text("06"), .text("Tỉnh Bắc Kạn <&> \"x\""), .text("province")],
            [.text("2025"), .text("01834"), .text("  Xã Cốc Đán  "), .text("commune")],
            [.text("legacy"), .number(60), .empty, .text("district")],
        ])
    static let observations = XLSXSheet(
        name: "observations",
        columns: [
            XLSXColumn(header: "area", isText: true, choices: .column(sheet: "areas", column: "code")),
            XLSXColumn(header: "year"),
            XLSXColumn(header: "value"),
            XLSXColumn(header: "illustrative"),
            XLSXColumn(header: "source"),
        ],
        rows: [
            [.text("06"), .number(2020), .number(18.5), .bool(true), .text("=HYPERLINK(\"http://x\")")],
            [.text("06"), .number(2021), .number(0.1 + 0.2), .bool(false), .text("-3 hộ")],
        ])

    static func read(_ data: Data, sheet: String, columns: [String]) -> [[String: String]] {
        var rows: [[String: String]] = []
        let outcome = XLSXTable(path: "t.xlsx", sheet: .named(sheet), columns: columns)
            .read(WorkbookFile(data: data), header: { _ in }, row: { row in rows.append(columns.reduce(into: [:]) { cells, column in cells[column] = row.text(column) }) }, rejected: { _ in })
        guard case .read(let problems) = outcome else {
            Issue.record("\(outcome)")
            return rows
        }
        #expect(problems.isEmpty, "\(problems.map(\.formatted))")
        return rows
    }

    @Test func readsBackAsTheSameText() throws {
        let data = try XLSXWriter(sheets: [Self.areas, Self.observations]).data()
        #expect(Self.read(data, sheet: "areas", columns: ["scheme", "code", "name", "level"]) == [
            ["scheme": "legacy", "code": "06", "name": "Tỉnh Bắc Kạn <&> \"x\"", "level": "province"],
            ["scheme": "2025", "code": "01834", "name": "Xã Cốc Đán", "level": "commune"],
            ["scheme": "legacy", "code": "60", "level": "district"],
        ])
        #expect(Self.read(data, sheet: "observations", columns: ["area", "year", "value", "illustrative", "source"]) == [
            ["area": "06", "year": "2020", "value": "18.5", "illustrative": "true", "source": "=HYPERLINK(\"http://x\")"],
            ["area": "06", "year": "2021", "value": "0.3", "illustrative": "false", "source": "-3 hộ"],
        ])
    }

    @Test func sameSheetsGiveTheSameBytes() throws {
        #expect(try XLSXWriter(sheets: [Self.areas]).data() == XLSXWriter(sheets: [Self.areas]).data())
    }

    @Test func refusesWhatExcelRefuses() {
        #expect(throws: XLSXWriterError.invalidSheetName("a/b")) { try XLSXWriter(sheets: [XLSXSheet(name: "a/b", columns: [], rows: [])]).data() }
        #expect(throws: XLSXWriterError.duplicateSheetName("Areas")) { try XLSXWriter(sheets: [Self.areas, XLSXSheet(name: "Areas", columns: [], rows: [])]).data() }
        let dangling = XLSXSheet(name: "x", columns: [XLSXColumn(header: "a", choices: .column(sheet: "nowhere", column: "id"))], rows: [])
        #expect(throws: XLSXWriterError.unknownChoiceColumn(sheet: "nowhere", column: "id")) { try XLSXWriter(sheets: [dangling]).data() }
    }

    /// A sheet added row by row must give the rows it announced: its
    /// `dimension` was written before them.
    @Test func aSheetGivenFewerRowsThanAnnouncedIsAnError() throws {
        var builder = try XLSXWorkbookBuilder()
        let error = #expect(throws: XLSXWriterError.self) {
            try builder.addSheet("t", columns: [XLSXColumn(header: "a")], rowCount: 2, firstRows: []) { rows in
                try rows.append([.text("x")])
            }
        }
        #expect(error?.description == "cannot write the workbook: the sheet 't' was to have 2 rows and has 1")
    }

    /// openpyxl reads the file as Excel would lay it out: frozen header,
    /// notes, drop-downs, Text format, quote prefix on formula-like text.
    @Test(.enabled(if: EntryWorkbookFileTests.python != nil || EntryWorkbookFileTests.inCI, "needs python3 with openpyxl (pip install openpyxl)"))
    func spreadsheetFeaturesAreInTheFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try XLSXWriter(sheets: [Self.areas, Self.observations]).write(to: url)
        let script = """
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            for ws in wb.worksheets:
                print(ws.title, "freeze", ws.freeze_panes)
                for cell in ws[1]:
                    print(" ", cell.coordinate, cell.value, "bold" if cell.font.b else "", "note:", cell.comment.text if cell.comment else None)
                for dv in ws.data_validations.dataValidation:
                    print("  list", dv.sqref, dv.formula1, dv.errorStyle)
                print("  B2", repr(ws["B2"].value), ws["B2"].number_format, "E2", repr(ws["E2"].value), ws["E2"].quotePrefix)
            """
        let python = try #require(EntryWorkbookFileTests.python, "python3 with openpyxl is missing")
        let result = ExternalProgram.run(python, ["-c", script, url.path])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output == """
            areas freeze A2
              A1 scheme bold note: Hệ thống đơn vị: legacy hoặc 2025
              B1 code bold note: Mã đơn vị, giữ số 0 ở đầu
              C1 name bold note: Tên đơn vị
              D1 level bold note: None
              list A2:A1048576 "legacy,2025" warning
              list D2:D1048576 "province,district,commune" warning
              B2 '06' @ E2 None False
            observations freeze A2
              A1 area bold note: None
              B1 year bold note: None
              C1 value bold note: None
              D1 illustrative bold note: None
              E1 source bold note: None
              list A2:A1048576 'areas'!$B$2:$B$1048576 warning
              B2 2020 General E2 '=HYPERLINK("http://x")' True

            """)
    }
}
