import Foundation
@testable import MinhBachData
import MinhBachDiagnostics
import Testing

/// The data messages the bad-data corpus does not reach: each has its code
/// and is worded in both languages.
@Suite struct DataMessageTests {
    static func only(_ problems: [Diagnostic], _ code: String) throws -> Diagnostic {
        try #require(problems.first { $0.code == code }, "\(problems.map(\.formatted))")
    }

    @Test func aProvinceWithAParent() throws {
        let (_, problems) = try DataFixtures.load(["areas.csv": "scheme,code,name,level,type,parent\nlegacy,06,Tỉnh Bắc Kạn,province,Tỉnh,01\n"])
        let problem = try Self.only(problems, "MB2331")
        #expect(problem.location.line == 2)
        #expect(problem.message(in: .vi) == "Tỉnh không có đơn vị cấp trên")
        #expect(problem.message(in: .en) == "a province has no parent")
        #expect(problem.hint(in: .vi) == "Hãy để trống cột 'parent' của các tỉnh")
    }

    @Test func aRatioWithoutItsNumerator() throws {
        let indicators = "id,name_vi,unit,direction,precision,derive,denominator\nty-le,Tỷ lệ,percent,down,1,ratio,ho\nho,Số hộ,count,up,0,sum,\n"
        let (_, problems) = try DataFixtures.load(["indicators.csv": indicators])
        let problem = try Self.only(problems, "MB2411")
        #expect(problem.message(in: .vi) == "Chỉ tiêu 'derive: ratio' cần chỉ tiêu được cộng dồn làm tử số")
        #expect(problem.message(in: .en) == "'derive: ratio' needs the indicator to add up above the line")
        #expect(problem.hint(in: .en) == "e.g. 'numerator: poor_households'")
    }

    @Test func aFileThatIsNoTable() {
        let tables = ["areas", "indicators"]
        let table = TableFiles.notATable("bao-cao-tong-hop.csv", stem: "bao-cao-tong-hop", ext: "csv",
                                         displayPath: "content/data/bao-cao-tong-hop.csv", tables: tables)
        #expect(table.code == "MB2421" && table.severity == .error)
        #expect(table.message(in: .vi) == "Tệp 'bao-cao-tong-hop.csv' không phải bảng dữ liệu nào: dữ liệu của nó sẽ không có trên trang")
        #expect(table.hint(in: .vi) == "Các bảng là areas, indicators, dạng .csv, .tsv, .xlsx, .yaml hoặc .json")
        #expect(table.hint(in: .en) == "tables are areas, indicators as .csv, .tsv, .xlsx, .yaml or .json")
        let note = TableFiles.notATable("area.txt", stem: "area", ext: "txt", displayPath: "content/data/area.txt", tables: tables)
        #expect(note.code == "MB2422" && note.severity == .warning)
        #expect(note.message(in: .en) == "'area.txt' is not a data table; it is ignored")
        #expect(note.hint(in: .vi) == "Có phải ý là 'areas.csv'?")
    }

    @Test func aSheetWithoutARequiredColumnNamesItsHeaderRow() throws {
        let problem = Diagnostic(.data(.sheetWithoutColumns), at: SourceLocation(path: "content/data/so-lieu.xlsx", sheet: "areas"),
                                 [MessageArgument("missing", "'type'"), MessageArgument("columns", "scheme,code,name,level,type")])
        #expect(problem.code == "MB2427")
        #expect(problem.hint(in: .vi) == "Dòng tiêu đề phải ghi tên các cột: scheme,code,name,level,type")
        #expect(problem.hint(in: .en) == "the header row must name the columns: scheme,code,name,level,type")
    }

    @Test func referencesNameTheirTableInTheChosenLanguage() {
        let failures = TableFailures(path: "content/data/indicators.csv", unreadable: true)
        let problem = ReferenceProblem.failed(failures, id: "ho-ngheo", table: .indicators, column: "indicator",
                                              at: SourceLocation(path: "content/data/observations.csv", line: 2))
        #expect(problem?.code == "MB2344")
        #expect(problem?.cause == "content/data/indicators.csv")
        #expect(problem?.message(in: .vi) == "Cột 'indicator': trỏ tới chỉ tiêu 'ho-ngheo', nhưng không đọc được bản ghi nào của indicators.csv (xem lỗi ở trên)")
        #expect(problem?.message(in: .en) == "'indicator': refers to indicator 'ho-ngheo', but no record of indicators.csv could be read (errors above)")
    }
}
