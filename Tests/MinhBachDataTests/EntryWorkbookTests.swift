import Foundation
@testable import MinhBachData
import Testing

/// The data-entry workbook's description of the tables, and the sheets it
/// makes of the example site's data.
@Suite struct EntryWorkbookTests {
    /// Every table the loader reads is described, in the loader's order; a
    /// new table without a description fails here.
    @Test func everyTableIsDescribed() {
        #expect(EntryTables.all.map(\.name) == DataLoader.tableNames)
    }

    /// Every column of every table has a note, and only the table's own
    /// columns are described: adding a column to a record without
    /// describing it fails here.
    @Test(arguments: EntryTables.all.map(\.name))
    func everyColumnIsDescribed(_ name: String) throws {
        let table = try #require(EntryTables.table(name))
        let described = table.columns.map(\.name)
        #expect(Set(described) == Set(table.schema.all), "described: \(described), read: \(table.schema.all)")
        #expect(described.count == Set(described).count, "a column is described twice")
        for column in table.columns {
            let lines = column.note.split(separator: "\n")
            #expect(lines.count == 2, "\(name).\(column.name): the note is Vietnamese, then English on a second line")
        }
    }

    /// A drop-down of ids refers to a column another table has.
    @Test func referencesNameDescribedColumns() {
        for table in EntryTables.all {
            for column in table.columns {
                guard case .reference(let other, let key) = column.choices else { continue }
                #expect(EntryTables.table(other)?.column(key) != nil, "\(table.name).\(column.name) refers to \(other).\(key)")
            }
        }
    }

    /// The sheets hold the example's tables as written: codes as text with
    /// their zeros, numbers as numbers only where they read back the same,
    /// YAML lists joined with ';', and every known column.
    @Test func exampleSheets() throws {
        let (sheets, reading) = EntryWorkbook.sheets(folder: DataFixtures.exampleData, displayFolder: "content/data")
        #expect(reading.readProblems.isEmpty)
        #expect(sheets.map(\.name) == DataLoader.tableNames)
        // One file for each table the example has (it has no programme budgets).
        #expect(reading.sources.count == sheets.filter { !$0.rows.isEmpty }.count)
        #expect(reading.rows == sheets.reduce(0) { $0 + $1.rows.count })
        let areas = try #require(sheets.first)
        #expect(areas.columns.map(\.header) == ["scheme", "code", "name", "level", "type", "parent", "name_en"])
        #expect(areas.rows[0][1] == .text("06"))
        #expect(areas.rows[0][5] == .empty)
        let observations = try #require(sheets.first { $0.name == "observations" })
        #expect(observations.columns.map(\.header) == ["indicator", "area", "year", "value", "status", "source", "illustrative", "scheme", "method"])
        #expect(observations.rows[0][2] == .number(2020))
        #expect(observations.rows[0][3] == .number(40.9))
        let programs = try #require(sheets.first { $0.name == "programs" })
        let basis = try #require(programs.columns.firstIndex { $0.header == "legal_basis" })
        #expect(programs.rows[0][basis] == .text("nq-25-2021-qh15;qd-263-2022;qd-318-2022"))
        let agencies = try #require(sheets.first { $0.name == "agencies" })
        let area = try #require(agencies.columns.firstIndex { $0.header == "area" })
        #expect(agencies.rows[0][area] == .text("92"))
        #expect(agencies.columns[area].isText)
        #expect(agencies.columns[area].choices == .column(sheet: "areas", column: "code"))
    }

    @Test func numberCellsReadBackAsWritten() {
        #expect(EntryWorkbook.cell("40.9", kind: .number) == .number(40.9))
        #expect(EntryWorkbook.cell("0.50", kind: .number) == .text("0.50"))
        #expect(EntryWorkbook.cell("18,5", kind: .number) == .text("18,5"))
        #expect(EntryWorkbook.cell("06", kind: .code) == .text("06"))
        #expect(EntryWorkbook.cell(nil, kind: .number) == .empty)
    }

    @Test func emptyWorkbookHasEverySheetAndNoRows() {
        let sheets = EntryWorkbook.emptySheets
        #expect(sheets.map(\.name) == DataLoader.tableNames)
        #expect(sheets.allSatisfy { $0.rows.isEmpty && !$0.columns.isEmpty && $0.columns.allSatisfy { $0.note != nil } })
    }
}
