import Foundation
@testable import MinhBachData
import MinhBachDiagnostics
import Testing

/// The year an indicator's "figures by area" table shows: the latest year
/// most units of its map have, never a year one early reporter stands for.
@Suite struct FiguresByAreaTests {
    static func communes(_ count: Int, years: [Int], from first: Int = 1) -> [(area: AreaKey, years: [Int])] {
        (first..<(first + count)).map { (AreaKey(.v2025, String(format: "%05d", $0)), years) }
    }

    @Test func oneUnitReportingNextYearDoesNotReplaceTheTable() {
        var units = Self.communes(103, years: [2025])
        units[0].years = [2025, 2026]
        #expect(FiguresByArea.year(from: units) == 2025)
    }

    @Test func aYearMostUnitsHaveIsShownEvenIfSomeAreMissing() {
        let units = Self.communes(60, years: [2025, 2026]) + Self.communes(43, years: [2025], from: 100)
        #expect(FiguresByArea.year(from: units) == 2026)
    }

    @Test func exactlyHalfIsNotMost() {
        let units = Self.communes(50, years: [2025, 2026]) + Self.communes(50, years: [2025], from: 100)
        #expect(FiguresByArea.year(from: units) == 2025)
    }

    /// Figures up to 2024 are on the old map; units that no longer exist do
    /// not count against a 2025 table.
    @Test func eachYearIsJudgedOnItsOwnMap() {
        let old = (1...72).map { (area: AreaKey(.legacy, String(format: "%05d", $0)), years: [2022, 2023, 2024]) }
        let new = Self.communes(10, years: [2025])
        #expect(FiguresByArea.year(from: old + new) == 2025)
        #expect(FiguresByArea.year(from: old) == 2024)
    }

    @Test func withoutAMajorityTheYearMostUnitsHaveWins() {
        let units = Self.communes(3, years: [2024]) + Self.communes(3, years: [2025], from: 10) + Self.communes(4, years: [2023], from: 20)
        // No year reaches a majority of its map: the year most units have wins.
        #expect(FiguresByArea.year(from: units) == 2023)
        #expect(FiguresByArea.year(from: []) == nil)
    }
}

@Suite struct BooleanSpellingTests {
    @Test func readsExactlyTheDocumentedSpellings() {
        for yes in ["true", "TRUE", "1", "có", "Có", "co", "yes"] { #expect(BooleanSpelling.value(of: yes) == true, "\(yes)") }
        for no in ["false", "0", "không", "KHÔNG", "khong", "no"] { #expect(BooleanSpelling.value(of: no) == false, "\(no)") }
        for other in ["x", "X", "đúng", "sai", "2", ""] { #expect(BooleanSpelling.value(of: other) == nil, "\(other)") }
    }
}

@Suite struct LostZerosTests {
    @Test func oneNoticeAColumnWithTheCountAndTheFirstRow() {
        let codes = (2...1615).map {
            LostZeros.Code(location: .init(path: "content/data/observations.csv", line: $0, column: 14), column: "area",
                           written: "1834", readAs: "01834", name: "Phường Nguyễn Thị Minh Khai")
        }
        let notices = LostZeros.notices(codes)
        #expect(notices.count == 1)
        #expect(notices.first?.code == "MB2317")
        #expect(notices.first?.formatted(in: .vi) == """
            content/data/observations.csv:2:14: warning[MB2317]: Cột 'area': 1.614 mã bị mất số 0 ở đầu (từ đây đến dòng 1.615); \
            các mã được đọc có thêm số 0, ví dụ '1834' thành '01834' (Phường Nguyễn Thị Minh Khai)
              gợi ý: Có lẽ tệp được lưu từ một bảng tính đã coi mã là số: hãy định dạng cột là văn bản (Text) trong bảng tính \
            để mã giữ được các số 0 ở đầu
            """)
        #expect(notices.first?.formatted(in: .en) == """
            content/data/observations.csv:2:14: warning[MB2317]: 'area': 1,614 codes lost their leading zeros (from this row to line 1,615); \
            they are read zero-padded, e.g. '1834' as '01834' (Phường Nguyễn Thị Minh Khai)
              hint: the file was probably saved from a spreadsheet that took the codes for numbers: format the column as text \
            in the spreadsheet so codes keep their zeros
            """)
    }
}
