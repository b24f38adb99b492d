import Foundation
@testable import MinhBachData
import MinhBachDiagnostics
import MinhBachText
import Testing

/// The parts of the workbook messages that the bad-workbook corpus does not
/// reach one by one: other date spellings, bounds on merged ranges, and
/// Excel's error values each with its own code.
@Suite struct WorkbookProblemTests {
    @Test func datesWrittenOtherwiseAreGivenAsTheyShouldBe() {
        #expect(DateMessages.otherSpelling("27-01-2024") == CalendarDate(year: 2024, month: 1, day: 27))
        #expect(DateMessages.otherSpelling("15.03.2024") == CalendarDate(year: 2024, month: 3, day: 15))
        #expect(DateMessages.otherSpelling("2024/03/15") == CalendarDate(year: 2024, month: 3, day: 15))
        #expect(DateMessages.otherSpelling("2024.3.5") == CalendarDate(year: 2024, month: 3, day: 5))
        // Not a day, or not a date at all: no suggestion.
        #expect(DateMessages.otherSpelling("31-02-2024") == nil)
        #expect(DateMessages.otherSpelling("4 tháng 2 năm 2024") == nil)
        #expect(DateMessages.otherSpelling("04/02/25") == nil)
        #expect(DateMessages.monthFirst("2/13/2024") == CalendarDate(year: 2024, month: 2, day: 13))
        #expect(DateMessages.monthFirst("31/02/2024") == nil)
    }

    @Test func aDateCellIsSuggestedInSheetsOnly() {
        func diagnostic(inSheet: Bool) -> Diagnostic {
            let found = DateMessages.problem("date", "27-01-2024", .unrecognisedFormat, inSheet: inSheet)
            return Diagnostic(.data(found.message), at: SourceLocation(path: "content/data/documents.csv"), found.arguments)
        }
        let sheet = diagnostic(inSheet: true), csv = diagnostic(inSheet: false)
        #expect(sheet.code == "MB2338" && csv.code == "MB2338")
        #expect(sheet.message(in: .en) == "'date': expected a date as dd/mm/yyyy or yyyy-mm-dd, found '27-01-2024'")
        #expect(sheet.message(in: .vi) == "Cột 'date' phải là ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd, nhưng lại ghi '27-01-2024'")
        #expect(sheet.hint(in: .en) == "write 27/01/2024 (or 2024-01-27), or type it in a date cell (Excel then shows it right-aligned)")
        #expect(sheet.hint(in: .vi) == "Hãy ghi 27/01/2024 (hoặc 2024-01-27), hoặc nhập vào ô kiểu ngày (Excel khi đó căn ngày sang phải)")
        #expect(csv.hint(in: .en) == "write 27/01/2024 (or 2024-01-27)")
        #expect(csv.hint(in: .vi) == "Hãy ghi 27/01/2024 (hoặc 2024-01-27)")
    }

    @Test func mergedRangesAreBounded() {
        let merged = MergedCells(["A1:XFD1048576", "A4:A6", "B2:C2", "D8:E9", "nonsense"])
        #expect(merged.covered(row: 5).map(\.column) == [1])
        #expect(merged.covered(row: 5).first?.anchor.cell == "A4")
        #expect(merged.covered(row: 4).isEmpty)
        // Across columns of one row: layout, not a value typed for several rows.
        #expect(merged.covered(row: 2).isEmpty)
        #expect(merged.covered(row: 8).isEmpty)
        #expect(merged.covered(row: 9).map(\.column) == [4, 5])
    }

    /// Whether a sheet is read a second time: only for a range over data
    /// rows, in a column that is read; merged title cells above the header
    /// do not make it.
    @Test func onlyRangesOverDataRowsAskForASecondReading() {
        let title = MergedCells(["A1:E2", "B3:D3"])
        #expect(!title.covers(rowsBelow: 3, columns: { _ in true }))
        let data = MergedCells(["A1:E2", "A4:A6"])
        #expect(data.covers(rowsBelow: 3, columns: { $0 == 1 }))
        #expect(!data.covers(rowsBelow: 3, columns: { $0 != 1 }))
        #expect(!data.covers(rowsBelow: 6, columns: { _ in true }))
    }

    @Test func eachExcelErrorHasItsOwnCode() {
        let codes = ExcelError.allCases.map(\.message)
        #expect(Set(codes).count == codes.count)
    }

    @Test func textNamedXLSXIsKnownForWhatItIs() {
        #expect(TextSniffer.kind(of: Data("indicator;area;year\n".utf8)) == .csv)
        #expect(TextSniffer.kind(of: Data("<!DOCTYPE html><HTML><body><TABLE>".utf8)) == .html)
        #expect(TextSniffer.kind(of: Data("%PDF-1.7\n".utf8)) == nil)
        #expect(TextSniffer.kind(of: Data([0x25, 0x00, 0x2C])) == nil)
    }
}
