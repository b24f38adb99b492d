import Foundation
@testable import MinhBachData
import MinhBachDiagnostics
import MinhBachText
import Testing

/// The same records written as CSV, YAML and JSON load to the same values.
/// Each variant replaces one table of the valid `_base` folder.
@Suite struct FormatEquivalenceTests {
    /// `_base` with `table`'s file replaced by `name` holding `text`.
    static func load(replacing table: String, with name: String, _ text: String) throws -> (DataSet, [Diagnostic]) {
        try load(replacing: table, with: name, Data(text.utf8))
    }

    static func load(replacing table: String, with name: String, _ bytes: Data) throws -> (DataSet, [Diagnostic]) {
        let folder = DataFixtures.scratch()
        defer { DataFixtures.remove(folder) }
        try DataFixtures.copyContents(of: BadDataTests.base, into: folder)
        for ext in ["csv", "yaml", "json"] { try? FileManager.default.removeItem(at: folder.appendingPathComponent("\(table).\(ext)")) }
        try DataFixtures.write(bytes, to: folder.appendingPathComponent(name))
        return DataFixtures.load(folder)
    }

    static func date(_ text: String) -> CalendarDate { try! CalendarDate.parse(text).get() }

    // MARK: observations

    static let observationsCSV = """
        indicator,area,year,value,status,source,illustrative,method,scheme
        poverty_rate,06,2023,"20,5",official,nd-07-2021,có,,
        poverty_rate,01843,2024,12.25,preliminary,,0,reported,2025
        poor_households,19,2025,25000,preliminary,,,sum_of_legacy,

        """

    static let observationsYAML = """
        # Số liệu minh họa
        - indicator: poverty_rate
          area: 06
          year: 2023
          value: 20,5
          status: official
          source: nd-07-2021
          illustrative: có
        - indicator: poverty_rate
          area: "01843"
          year: 2024
          value: 12.25
          status: preliminary
          illustrative: false
          method: reported
          scheme: 2025
        - indicator: poor_households
          area: 19
          year: 2025
          value: 25000
          status: preliminary
          method: sum_of_legacy

        """

    static let observationsJSON = """
        [
          {"indicator": "poverty_rate", "area": "06", "year": 2023, "value": "20,5", "status": "official", "source": "nd-07-2021", "illustrative": "có"},
          {"indicator": "poverty_rate", "area": "01843", "year": 2024, "value": 12.25, "status": "preliminary", "source": null, "illustrative": 0, "method": "reported", "scheme": "2025"},
          {"indicator": "poor_households", "area": "19", "year": 2025, "value": 25000, "status": "preliminary", "method": "sum_of_legacy"}
        ]

        """

    @Test func observations() throws {
        let (csv, csvProblems) = try Self.load(replacing: "observations", with: "observations.csv", Self.observationsCSV)
        let (yaml, yamlProblems) = try Self.load(replacing: "observations", with: "observations.yaml", Self.observationsYAML)
        let (json, jsonProblems) = try Self.load(replacing: "observations", with: "observations.json", Self.observationsJSON)
        #expect(DataFixtures.text(csvProblems + yamlProblems + jsonProblems) == "\n")

        // Each record knows its line: the row, or where its '-' or '{' is.
        #expect(csv.observations.map(\.line) == [2, 3, 4])
        #expect(yaml.observations.map(\.line) == [2, 9, 17])
        #expect(json.observations.map(\.line) == [2, 3, 4])
        func withoutLines(_ data: DataSet) -> [Observation] { data.observations.map { var copy = $0; copy.line = 0; return copy } }
        #expect(withoutLines(csv) == withoutLines(yaml))
        #expect(withoutLines(csv) == withoutLines(json))

        let first = try #require(csv.observations.first)
        #expect(first.indicator == "poverty_rate")
        #expect(first.area == AreaKey(.legacy, "06"))
        #expect(first.year == 2023)
        #expect(first.value == 20.5)
        #expect(first.status == .official)
        #expect(first.source == "nd-07-2021")
        #expect(first.illustrative)
        #expect(first.method == .reported)
        #expect(csv.observations.map(\.area) == [AreaKey(.legacy, "06"), AreaKey(.v2025, "01843"), AreaKey(.v2025, "19")])
        #expect(csv.observations.map(\.value) == [20.5, 12.25, 25000])
        #expect(csv.observations.map(\.illustrative) == [true, false, false])
        #expect(csv.observations.map(\.method) == [.reported, .reported, .sumOfLegacy])
        #expect(csv.observations.map(\.source) == ["nd-07-2021", nil, nil])
    }

    /// The CSV as Excel's "Text (Tab delimited)" writes it: no quotes needed
    /// around the decimal comma.
    static let observationsTSV = observationsCSV
        .replacingOccurrences(of: "\"20,5\"", with: "20,5")
        .replacingOccurrences(of: ",", with: "\t")
        .replacingOccurrences(of: "20\t5", with: "20,5")

    @Test func observationsTabSeparated() throws {
        let (csv, csvProblems) = try Self.load(replacing: "observations", with: "observations.csv", Self.observationsCSV)
        let (tsv, tsvProblems) = try Self.load(replacing: "observations", with: "observations.tsv", Self.observationsTSV)
        let (tabbedCSV, tabbedProblems) = try Self.load(replacing: "observations", with: "observations.csv", Self.observationsTSV)
        #expect(DataFixtures.text(csvProblems + tsvProblems + tabbedProblems) == "\n")
        #expect(tsv.observations.count == 3)
        #expect(tsv.observations == csv.observations)
        #expect(tabbedCSV.observations == csv.observations)
    }

    // MARK: documents, with a comma, a doubled quote and a line break in one field

    static let title = "Về việc công nhận xã An toàn khu tại thành phố Cần Thơ, gọi tắt là \"xã ATK\",\nđợt 1"

    static let documentsCSV = """
        id,number,kind,date,issuer,title,page,url
        nd-07-2021,07/2021/NĐ-CP,Nghị định,27/01/2021,Chính phủ,Quy định chuẩn nghèo đa chiều giai đoạn 2021 - 2025,,
        qd-241-2025,241/QĐ-TTg,Quyết định,2025-02-04,Thủ tướng Chính phủ,"Về việc công nhận xã An toàn khu tại thành phố Cần Thơ, gọi tắt là ""xã ATK"",
        đợt 1",/van-ban/qd-241-2025/,https://vanban.chinhphu.vn/

        """

    static let documentsYAML = """
        - id: nd-07-2021
          number: 07/2021/NĐ-CP
          kind: Nghị định
          date: 27/01/2021
          issuer: Chính phủ
          title: Quy định chuẩn nghèo đa chiều giai đoạn 2021 - 2025
        - id: qd-241-2025
          number: 241/QĐ-TTg
          kind: Quyết định
          date: 2025-02-04
          issuer: Thủ tướng Chính phủ
          title: |-
            Về việc công nhận xã An toàn khu tại thành phố Cần Thơ, gọi tắt là "xã ATK",
            đợt 1
          page: /van-ban/qd-241-2025/
          url: https://vanban.chinhphu.vn/

        """

    static let documentsJSON = """
        [
          {
            "id": "nd-07-2021", "number": "07/2021/NĐ-CP", "kind": "Nghị định", "date": "27/01/2021", "issuer": "Chính phủ",
            "title": "Quy định chuẩn nghèo đa chiều giai đoạn 2021 - 2025", "page": "", "url": null
          },
          {
            "id": "qd-241-2025", "number": "241/QĐ-TTg", "kind": "Quyết định", "date": "2025-02-04", "issuer": "Thủ tướng Chính phủ",
            "title": "Về việc công nhận xã An toàn khu tại thành phố Cần Thơ, gọi tắt là \\"xã ATK\\",\\nđợt 1",
            "page": "/van-ban/qd-241-2025/", "url": "https://vanban.chinhphu.vn/"
          }
        ]

        """

    @Test func documents() throws {
        let (csv, csvProblems) = try Self.load(replacing: "documents", with: "documents.csv", Self.documentsCSV)
        let (yaml, yamlProblems) = try Self.load(replacing: "documents", with: "documents.yml", Self.documentsYAML)
        let (json, jsonProblems) = try Self.load(replacing: "documents", with: "documents.json", Self.documentsJSON)
        #expect(DataFixtures.text(csvProblems + yamlProblems + jsonProblems) == "\n")
        #expect(csv.documents == yaml.documents)
        #expect(csv.documents == json.documents)
        #expect(csv.documents.map(\.title) == ["Quy định chuẩn nghèo đa chiều giai đoạn 2021 - 2025", Self.title])
        #expect(csv.documents.map(\.date) == [Self.date("2021-01-27"), Self.date("2025-02-04")])
        #expect(csv.documents.map(\.page) == [nil, "/van-ban/qd-241-2025/"])
        #expect(csv.documents.map(\.url) == [nil, "https://vanban.chinhphu.vn/"])
        // Everything that refers to the documents is read the same way too.
        #expect(csv.tasks == yaml.tasks && csv.tasks == json.tasks && csv.tasks.count == 1)
        #expect(csv.atk == json.atk && csv.atk.count == 1)
    }

    // MARK: tasks, whose partners are a list

    static let tasksCSV = """
        id,text,lead,partners,deadline_text,deadline,status,source,area,illustrative
        rs-01,"Rà soát hộ nghèo, hộ cận nghèo",ubnd-tp-bac-kan,ubnd-tinh-bac-kan; ubnd-tp-bac-kan,Quý IV/2024,,in_progress,nd-07-2021,01834,true
        rs-02,Báo cáo kết quả,ubnd-tinh-bac-kan,,thường xuyên,,planned,qd-241-2025,,
        rs-03,Tổng kết,ubnd-tinh-bac-kan,ubnd-tp-bac-kan,năm 2025,15/12/2025,done,qd-241-2025,01837,0

        """

    static let tasksYAML = """
        - id: rs-01
          text: Rà soát hộ nghèo, hộ cận nghèo
          lead: ubnd-tp-bac-kan
          partners: [ubnd-tinh-bac-kan, ubnd-tp-bac-kan]
          deadline_text: Quý IV/2024
          status: in_progress
          source: nd-07-2021
          area: "01834"
          illustrative: true
        - id: rs-02
          text: Báo cáo kết quả
          lead: ubnd-tinh-bac-kan
          deadline_text: thường xuyên
          status: planned
          source: qd-241-2025
        - id: rs-03
          text: Tổng kết
          lead: ubnd-tinh-bac-kan
          partners: ubnd-tp-bac-kan
          deadline_text: năm 2025
          deadline: 2025-12-15
          status: done
          source: qd-241-2025
          area: "01837"
          illustrative: no

        """

    static let tasksJSON = """
        [
          {"id": "rs-01", "text": "Rà soát hộ nghèo, hộ cận nghèo", "lead": "ubnd-tp-bac-kan",
           "partners": ["ubnd-tinh-bac-kan", "ubnd-tp-bac-kan"], "deadline_text": "Quý IV/2024", "status": "in_progress",
           "source": "nd-07-2021", "area": "01834", "illustrative": true},
          {"id": "rs-02", "text": "Báo cáo kết quả", "lead": "ubnd-tinh-bac-kan", "partners": [], "deadline_text": "thường xuyên",
           "status": "planned", "source": "qd-241-2025"},
          {"id": "rs-03", "text": "Tổng kết", "lead": "ubnd-tinh-bac-kan", "partners": "ubnd-tp-bac-kan", "deadline_text": "năm 2025",
           "deadline": "15/12/2025", "status": "done", "source": "qd-241-2025", "area": "01837", "illustrative": false}
        ]

        """

    @Test func tasks() throws {
        let (csv, csvProblems) = try Self.load(replacing: "tasks", with: "tasks.csv", Self.tasksCSV)
        let (yaml, yamlProblems) = try Self.load(replacing: "tasks", with: "tasks.yaml", Self.tasksYAML)
        let (json, jsonProblems) = try Self.load(replacing: "tasks", with: "tasks.json", Self.tasksJSON)
        #expect(DataFixtures.text(csvProblems + yamlProblems + jsonProblems) == "\n")
        #expect(csv.tasks == yaml.tasks)
        #expect(csv.tasks == json.tasks)
        #expect(csv.tasks.map(\.partners) == [["ubnd-tinh-bac-kan", "ubnd-tp-bac-kan"], [], ["ubnd-tp-bac-kan"]])
        #expect(csv.tasks.map(\.deadline) == [Self.date("2024-12-31"), nil, Self.date("2025-12-15")])
        #expect(csv.tasks.map(\.ongoing) == [false, true, false])
        #expect(csv.tasks.map(\.status) == [.inProgress, .planned, .done])
        #expect(csv.tasks.map(\.area) == [AreaKey(.legacy, "01834"), nil, AreaKey(.legacy, "01837")])
        #expect(csv.tasks.map(\.illustrative) == [true, false, false])
        #expect(csv.tasks[0].isOverdue(on: Self.date("2025-12-31")))
        #expect(!csv.tasks[2].isOverdue(on: Self.date("2025-12-31")))
    }

    // MARK: areas and poverty standards

    static let areasYAML = """
        - {scheme: legacy, code: "06", name: Tỉnh Bắc Kạn, level: province, type: tỉnh, name_en: Bac Kan Province}
        - {scheme: legacy, code: "058", name: Thành phố Bắc Kạn, level: district, type: thành phố, parent: "06"}
        - scheme: legacy
          code: "01834"
          name: Phường Nguyễn Thị Minh Khai
          level: commune
          type: phường
          parent: "058"
        - {scheme: legacy, code: "01837", name: Phường Sông Cầu, level: commune, type: phường, parent: "058"}
        - {scheme: legacy, code: "01840", name: Phường Đức Xuân, level: commune, type: phường, parent: "058"}
        - {scheme: 2025, code: "19", name: Tỉnh Thái Nguyên, level: province, type: tỉnh, name_en: Thai Nguyen Province}
        - {scheme: 2025, code: "01843", name: Phường Bắc Kạn, level: commune, type: phường, parent: "19", name_en: Bac Kan Ward}
        - {scheme: 2025, code: "01846", name: Phường Đức Xuân, level: commune, type: phường, parent: "19"}

        """

    static let areasJSON = """
        [
          {"scheme": "legacy", "code": "06", "name": "Tỉnh Bắc Kạn", "level": "province", "type": "tỉnh", "parent": null, "name_en": "Bac Kan Province"},
          {"scheme": "legacy", "code": "058", "name": "Thành phố Bắc Kạn", "level": "district", "type": "thành phố", "parent": "06"},
          {"scheme": "legacy", "code": "01834", "name": "Phường Nguyễn Thị Minh Khai", "level": "commune", "type": "phường", "parent": "058"},
          {"scheme": "legacy", "code": "01837", "name": "Phường Sông Cầu", "level": "commune", "type": "phường", "parent": "058"},
          {"scheme": "legacy", "code": "01840", "name": "Phường Đức Xuân", "level": "commune", "type": "phường", "parent": "058"},
          {"scheme": "2025", "code": "19", "name": "Tỉnh Thái Nguyên", "level": "province", "type": "tỉnh", "name_en": "Thai Nguyen Province"},
          {"scheme": "2025", "code": "01843", "name": "Phường Bắc Kạn", "level": "commune", "type": "phường", "parent": "19", "name_en": "Bac Kan Ward"},
          {"scheme": "2025", "code": "01846", "name": "Phường Đức Xuân", "level": "commune", "type": "phường", "parent": "19"}
        ]

        """

    @Test func areas() throws {
        let (csv, csvProblems) = DataFixtures.load(BadDataTests.base)
        let (yaml, yamlProblems) = try Self.load(replacing: "areas", with: "areas.yaml", Self.areasYAML)
        let (json, jsonProblems) = try Self.load(replacing: "areas", with: "areas.json", Self.areasJSON)
        #expect(DataFixtures.text(csvProblems + yamlProblems + jsonProblems) == "\n")
        #expect(csv.areas.count == 8)
        #expect(csv.areas == yaml.areas)
        #expect(csv.areas == json.areas)
        #expect(Set(csv.areas) == Set(json.areas))
        #expect(csv.areas.map(\.parent) == [nil, "06", "058", "058", "058", nil, "19", "19"])
        #expect(csv.areas.map(\.nameEN) == ["Bac Kan Province", nil, nil, nil, nil, "Thai Nguyen Province", "Bac Kan Ward", nil])
        #expect(csv.areas[1].level == .district && csv.areas[1].type == "thành phố")
        // What refers to areas reads the same.
        #expect(csv.observations == yaml.observations && csv.observations == json.observations)
        #expect(csv.areaConversions == json.areaConversions && csv.areaConversions.count == 4)
    }

    static let povertyCSV = """
        id,period_start,period_end,document,rural_income,urban_income,note
        2022-2025,2022,2025,nd-07-2021,1500,2000,Chuẩn nghèo đa chiều giai đoạn 2022 - 2025

        """

    static let povertyYAML = """
        - id: 2022-2025
          period_start: 2022
          period_end: 2025
          document: nd-07-2021
          rural_income: 1500
          urban_income: 2000
          note: Chuẩn nghèo đa chiều giai đoạn 2022 - 2025

        """

    @Test func povertyStandards() throws {
        let (json, jsonProblems) = DataFixtures.load(BadDataTests.base)
        let (csv, csvProblems) = try Self.load(replacing: "poverty_standards", with: "poverty_standards.csv", Self.povertyCSV)
        let (yaml, yamlProblems) = try Self.load(replacing: "poverty_standards", with: "poverty_standards.yaml", Self.povertyYAML)
        #expect(DataFixtures.text(csvProblems + yamlProblems + jsonProblems) == "\n")
        #expect(csv.povertyStandards == json.povertyStandards)
        #expect(yaml.povertyStandards == json.povertyStandards)
        #expect(json.povertyStandards.map(\.ruralIncome) == [1500])
        #expect(json.povertyStandards.map(\.id) == ["2022-2025"])
    }

    // MARK: spreadsheet exports that load fine

    @Test func semicolonSeparatedCSVWithDecimalCommas() throws {
        let text = """
            indicator;area;year;value;status;source;illustrative;method
            poverty_rate;06;2023;20,5;official;nd-07-2021;true;
            poverty_rate;06;2024;18,5;preliminary;;true;
            poor_households;01834;2024;120;official;;true;reported
            poverty_rate;19;2025;9,75;preliminary;;true;
            poor_households;19;2025;25000;preliminary;;true;sum_of_legacy

            """
        let (semicolons, problems) = try Self.load(replacing: "observations", with: "observations.csv", text)
        let (commas, _) = DataFixtures.load(BadDataTests.base)
        #expect(DataFixtures.text(problems) == "\n")
        #expect(semicolons.observations == commas.observations)
        #expect(semicolons.observations.map(\.value) == [20.5, 18.5, 120, 9.75, 25000])
    }

    @Test func byteOrderMarkAndCRLF() throws {
        // Excel's "CSV UTF-8": a BOM, CRLF line ends, and a CRLF inside a quoted field.
        let text = "id,text,lead,partners,deadline_text,deadline,status,source,area,illustrative\r\n"
            + "rs-01,\"Rà soát hộ nghèo,\r\nhộ cận nghèo\",ubnd-tp-bac-kan,ubnd-tinh-bac-kan,Quý IV/2024,,in_progress,nd-07-2021,01834,true\r\n"
            + "rs-02,Báo cáo,ubnd-tp-bac-kan,,,31/12/2024,planned,nd-07-2021,,\r\n"
        let (data, problems) = try Self.load(replacing: "tasks", with: "tasks.csv", Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8))
        #expect(DataFixtures.text(problems) == "\n")
        #expect(data.tasks.map(\.id) == ["rs-01", "rs-02"])
        #expect(data.tasks.map(\.text) == ["Rà soát hộ nghèo,\r\nhộ cận nghèo", "Báo cáo"])
        #expect(data.tasks.map(\.illustrative) == [true, false])
        #expect(data.tasks.map(\.deadline) == [Self.date("2024-12-31"), Self.date("2024-12-31")])

        // The header's first column is 'id', not a BOM followed by 'id'.
        let areas = try String(contentsOf: BadDataTests.base.appendingPathComponent("areas.csv"), encoding: .utf8)
        let crlf = Data([0xEF, 0xBB, 0xBF]) + Data(areas.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let (withBOM, bomProblems) = try Self.load(replacing: "areas", with: "areas.csv", crlf)
        #expect(DataFixtures.text(bomProblems) == "\n")
        #expect(withBOM.areas == DataFixtures.load(BadDataTests.base).0.areas)
        #expect(withBOM.areas.map(\.nameEN).first == "Bac Kan Province")
    }

    @Test func decomposedVietnameseIsNormalisedLikeYAML() throws {
        // A CSV typed on a keyboard that sends NFD reads like the NFC one.
        let csv = try String(contentsOf: BadDataTests.base.appendingPathComponent("areas.csv"), encoding: .utf8)
        let (nfd, problems) = try Self.load(replacing: "areas", with: "areas.csv", csv.decomposedStringWithCanonicalMapping)
        #expect(DataFixtures.text(problems) == "\n")
        #expect(nfd.areas.map(\.name) == DataFixtures.load(BadDataTests.base).0.areas.map(\.name))
    }

    // MARK: line numbers after a field with a line break

    @Test func locationsAfterAMultiLineField() throws {
        let csv = "id,number,kind,date,issuer,title,page\n"                                          // 1
            + "nd-07-2021,07/2021/NĐ-CP,Nghị định,27/01/2021,Chính phủ,\"Quy định chuẩn nghèo\n"  // 2
            + "đa chiều, giai đoạn \"\"2021 - 2025\"\"\",van-ban/nd-07/\n"                          // 3
            + "qd-241-2025,241/QĐ-TTg,Quyết định,31/02/2025,Thủ tướng Chính phủ,Về việc công nhận,\n" // 4
            + "\n"                                                                                  // 5
            + "ct-05,\"05/CT\n\nUBND\",Chỉ thị,xx,UBND tỉnh,\"a\nb\",\n"                             // 6-8; 9
        let (_, problems) = try DataFixtures.load(["documents.csv": csv])
        #expect(problems.map { $0.formatted(in: .en) }.joined(separator: "\n") == """
            content/data/documents.csv:3:38: error[MB2325]: 'page' must be a path on this site starting with one '/', found 'van-ban/nd-07/'
              hint: write the path of the page on this site, e.g. '/van-ban/chi-thi-14-ct-ttg-2020/'; an address on another site goes in 'url'
            content/data/documents.csv:4:35: error[MB2337]: 'date': date '31/02/2025' does not exist
              hint: check the day and month (dd/mm/yyyy)
            content/data/documents.csv:8:15: error[MB2339]: 'date': expected a date, found 'xx'
              hint: write dates as dd/mm/yyyy (04/02/2025) or yyyy-mm-dd (2025-02-04)
            """)
    }

    @Test func duplicateAfterAMultiLineFieldNamesTheRightLines() throws {
        let csv = "id,number,kind,date,issuer,title\n"
            + "a,1,Kế hoạch,01/01/2025,UBND,\"một\nhai\nba\"\n"   // lines 2-4
            + "a,2,Kế hoạch,01/01/2025,UBND,bốn\n"                // line 5
        let (data, problems) = try DataFixtures.load(["documents.csv": csv])
        #expect(data.documents.map(\.title) == ["một\nhai\nba"])
        #expect(DataFixtures.text(problems) == """
            content/data/documents.csv:5: error[MB2315]: Có thêm một văn bản 'a'; bản ghi đầu tiên ở dòng 2
              gợi ý: Hãy chỉ giữ một dòng cho bản ghi này, hoặc sửa lại khoá
            content/data/documents.csv:5: error[MB2315]: a second document 'a'; the first is on line 2
              hint: keep one row for it, or correct the key

            """)
    }
}
