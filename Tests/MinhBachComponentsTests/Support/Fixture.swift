import Foundation
import MinhBachComponents
import MinhBachData
import MinhBachDiagnostics
import MinhBachTemplates
import MinhBachText

/// A small data set written as the files a site keeps in `content/data`,
/// loaded with the real loader: two schemes, a district with three communes
/// (one with a hostile name), figures with a gap year, a target with a
/// baseline, tasks (one overdue), New Rural results and the 19 criteria.
enum Fixture {
    static let files: [String: String] = [
        "areas.csv": """
            scheme,code,name,level,type,parent,name_en
            legacy,06,Tỉnh Bắc Kạn,province,tỉnh,,Bac Kan Province
            legacy,058,Thành phố Bắc Kạn,district,thành phố,06,Bac Kan City
            legacy,01834,Phường Nguyễn Thị Minh Khai,commune,phường,058,Nguyen Thi Minh Khai Ward
            legacy,01837,Xã Dương Quang,commune,xã,058,Duong Quang Commune
            legacy,01840,<script>alert(1)</script> & Co,commune,xã,058,
            2025,19,Tỉnh Thái Nguyên,province,tỉnh,,
            2025,01843,Phường Bắc Kạn,commune,phường,19,
            """,
        "programs.yaml": """
            - id: giam-ngheo
              name_vi: Chương trình mục tiêu quốc gia giảm nghèo bền vững
              period_start: 2021
              period_end: 2025
            """,
        "documents.yaml": """
            - id: bc-2023
              number: 98/BC-UBND
              kind: Báo cáo
              date: 2024-01-15
              issuer: UBND tỉnh Bắc Kạn
              title: Kết quả giảm nghèo năm 2023
            - id: bc-2024
              number: 125/BC-UBND
              kind: Báo cáo
              date: 2025-01-10
              issuer: UBND tỉnh Bắc Kạn
              title: Kết quả giảm nghèo năm 2024
              url: https://example.gov.vn/125
            - id: nq-12
              number: 12/NQ-HĐND
              kind: Nghị quyết
              date: 2021-07-20
              issuer: HĐND tỉnh Bắc Kạn
              title: Mục tiêu giảm nghèo giai đoạn 2021–2025
            - id: kh-44
              number: 44/KH-UBND
              kind: Kế hoạch
              date: 2024-03-15
              issuer: UBND tỉnh Bắc Kạn
              title: Kế hoạch giảm nghèo năm 2024
            - id: qd-ntm
              number: 2345/QĐ-UBND
              kind: Quyết định
              date: 2024-11-20
              issuer: UBND tỉnh Bắc Kạn
              title: Công nhận xã đạt chuẩn nông thôn mới năm 2024
            """,
        "indicators.csv": """
            id,name_vi,name_en,unit,direction,precision,program,additive
            poverty_rate,Tỷ lệ hộ nghèo,Poverty rate,percent,down,1,giam-ngheo,false
            income,Thu nhập bình quân đầu người,Income per person,million_vnd,up,1,giam-ngheo,false
            households,Số hộ nghèo,Poor households,count,down,0,giam-ngheo,true
            """,
        "observations.csv": """
            indicator,area,year,value,status,source,illustrative
            poverty_rate,06,2021,21.3,official,bc-2023,
            poverty_rate,06,2022,19.6,official,bc-2023,
            poverty_rate,06,2023,17.9,official,bc-2023,
            poverty_rate,06,2024,16.1,preliminary,bc-2024,
            poverty_rate,058,2021,12.2,official,bc-2023,
            poverty_rate,058,2022,10.8,official,bc-2023,
            poverty_rate,058,2023,9.5,official,bc-2023,
            poverty_rate,058,2024,8.4,preliminary,bc-2024,
            poverty_rate,01834,2021,18.5,official,bc-2023,
            poverty_rate,01834,2022,16.2,official,bc-2023,
            poverty_rate,01834,2024,12.4,preliminary,bc-2024,
            poverty_rate,01837,2024,22.75,preliminary,bc-2024,
            poverty_rate,01840,2024,30,preliminary,bc-2024,
            income,01834,2022,40.9,official,bc-2023,
            income,01834,2023,45.25,official,bc-2023,
            income,01834,2024,48,preliminary,bc-2024,
            households,01834,2023,135,official,,true
            households,01834,2024,120,official,,true
            households,01837,2023,40,official,bc-2023,
            households,01837,2024,52,official,bc-2024,
            """,
        "targets.csv": """
            indicator,area,year,value,baseline_year,baseline,document,note
            poverty_rate,01834,2025,8.5,2020,20.5,nq-12,giảm bình quân 2%/năm
            """,
        "agencies.csv": """
            id,name_vi,name_en,level,area
            so-ldtbxh,Sở Lao động - Thương binh và Xã hội,Department of Labour,province,06
            so-noi-vu,Sở Nội vụ,Department of Home Affairs,province,06
            ubnd-tp,UBND thành phố Bắc Kạn,,district,058
            """,
        "tasks.csv": """
            id,text,lead,partners,deadline_text,deadline,status,source,area,illustrative
            kh44-01,Rà soát hộ nghèo cuối năm,so-ldtbxh,so-noi-vu;ubnd-tp,Quý II/2024,,in_progress,kh-44,058,
            kh44-02,Đào tạo nghề cho lao động nông thôn,so-ldtbxh,,Quý IV/2024,,in_progress,kh-44,01834,
            kh44-03,Tổng kết chương trình,so-noi-vu,,năm 2025,,planned,kh-44,,true
            kh44-04,Ban hành kế hoạch thực hiện,ubnd-tp,,tháng 3 năm 2024,,done,kh-44,058,
            kh44-05,Tuyên truyền về chính sách giảm nghèo,ubnd-tp,,thường xuyên,,in_progress,kh-44,01834,
            nq12-01,Hỗ trợ nhà ở cho hộ nghèo,so-ldtbxh,ubnd-tp,,30/09/2024,done,nq-12,01837,
            """,
        "ntm_criteria.csv": """
            number,name_vi,name_en,group,group_name_vi,group_name_en
            1,Quy hoạch,Planning,1,Quy hoạch,Planning
            2,Giao thông,Transport,2,Hạ tầng kinh tế - xã hội,Socio-economic infrastructure
            3,"Thủy lợi và phòng, chống thiên tai",Irrigation and disaster prevention,2,Hạ tầng kinh tế - xã hội,Socio-economic infrastructure
            4,Điện,Electricity,2,Hạ tầng kinh tế - xã hội,Socio-economic infrastructure
            5,Trường học,Schools,2,Hạ tầng kinh tế - xã hội,Socio-economic infrastructure
            6,Cơ sở vật chất văn hóa,Cultural facilities,2,Hạ tầng kinh tế - xã hội,Socio-economic infrastructure
            7,Cơ sở hạ tầng thương mại nông thôn,Rural commercial infrastructure,2,Hạ tầng kinh tế - xã hội,Socio-economic infrastructure
            8,Thông tin và Truyền thông,Information and communications,2,Hạ tầng kinh tế - xã hội,Socio-economic infrastructure
            9,Nhà ở dân cư,Housing,2,Hạ tầng kinh tế - xã hội,Socio-economic infrastructure
            10,Thu nhập,Income,3,Kinh tế và tổ chức sản xuất,Economy and organisation of production
            11,Nghèo đa chiều,Multidimensional poverty,3,Kinh tế và tổ chức sản xuất,Economy and organisation of production
            12,Lao động,Employment,3,Kinh tế và tổ chức sản xuất,Economy and organisation of production
            13,Tổ chức sản xuất và phát triển kinh tế nông thôn,Organisation of production,3,Kinh tế và tổ chức sản xuất,Economy and organisation of production
            14,Giáo dục và Đào tạo,Education and training,4,Văn hóa - Xã hội - Môi trường,"Culture, society and environment"
            15,Y tế,Health,4,Văn hóa - Xã hội - Môi trường,"Culture, society and environment"
            16,Văn hóa,Culture,4,Văn hóa - Xã hội - Môi trường,"Culture, society and environment"
            17,Môi trường và an toàn thực phẩm,Environment and food safety,4,Văn hóa - Xã hội - Môi trường,"Culture, society and environment"
            18,Hệ thống chính trị và tiếp cận pháp luật,Political system and access to law,5,"Hệ thống chính trị, quốc phòng và an ninh","Political system, defence and security"
            19,Quốc phòng và An ninh,Defence and security,5,"Hệ thống chính trị, quốc phòng và an ninh","Political system, defence and security"
            """,
        "ntm.csv": """
            area,year,criteria,level,decision,illustrative
            01837,2023,1;2;3;4;5;6;8;10;12;14;15;16,none,,
            01837,2024,1;2;3;4;5;6;7;8;9;10;12;14;15;16;18,none,,
            01834,2024,1;2;3;4;5;6;7;8;9;10;11;12;13;14;15;16;17;18;19,standard,qd-ntm,true
            """,
    ]

    /// The fixture loaded; every file must load cleanly.
    static let index: DataIndex = load(files)

    static func load(_ files: [String: String]) -> DataIndex { DataIndex(dataSet(files)) }

    /// The data set of the files, before it is indexed.
    static func dataSet(_ files: [String: String]) -> DataSet {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minhbach-components-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try! Data(text.utf8).write(to: url)
        }
        let (data, problems) = DataLoader(folder: folder, displayFolder: "content/data").load()
        precondition(!problems.hasErrors, "fixture does not load:\n" + problems.map(\.formatted).joined(separator: "\n"))
        return data
    }

    static let commune = AreaKey(.legacy, "01834")
    static let asOf = CalendarDate(year: 2024, month: 12, day: 31)!

    /// The built-in theme's interface strings (templates/i18n) for a
    /// language, as a build hands them to components.
    static func themeStrings(_ language: Language) -> [String: String] { theme[language.rawValue] ?? [:] }

    private static let theme: [String: [String: String]] = {
        let (theme, problems) = ThemeLoader(files: .builtIn).load()
        precondition(!problems.hasErrors, "the built-in theme does not load")
        return theme?.strings ?? [:]
    }()

    static func environment(this: AreaKey? = commune, language: Language = .vi, index: DataIndex = Fixture.index,
                            year: Int = 2024, strings: [String: String] = [:]) -> ComponentEnvironment {
        ComponentEnvironment(index: index, language: language, year: year, asOf: asOf, thisArea: this, links: TestLinks(),
                             strings: strings)
    }

    /// A renderer for `content/xa/a.md` whose Markdown starts on line 5.
    static func renderer(this: AreaKey? = commune, language: Language = .vi, index: DataIndex = Fixture.index,
                         year: Int = 2024, strings: [String: String] = [:]) -> ComponentRenderer {
        ComponentRenderer(environment: environment(this: this, language: language, index: index, year: year, strings: strings),
                          sourcePath: "content/xa/a.md", lineOffset: 5)
    }

    /// Renders one block at Markdown line 3 (file line 7; its body from line 8).
    static func render(_ info: String, _ body: String, this: AreaKey? = commune, language: Language = .vi,
                       index: DataIndex = Fixture.index, year: Int = 2024,
                       strings: [String: String] = [:]) -> (html: String?, diagnostics: [Diagnostic], illustrative: Bool) {
        let renderer = renderer(this: this, language: language, index: index, year: year, strings: strings)
        let html = renderer.html(forBlock: info, body: body, line: 3)
        return (html, renderer.diagnostics, renderer.showsIllustrativeData)
    }
}

/// Pages for every record but one document (`nq-12`), so a link that
/// falls back to the document's own `url`, and text without a link, show.
struct TestLinks: PageLinks {
    private func prefix(_ language: Language) -> String { language == .en ? "/en" : "" }
    func url(area: AreaKey, language: Language) -> String? { "\(prefix(language))/xa/\(area.code)/" }
    func url(indicator: String, language: Language) -> String? { "\(prefix(language))/chi-tieu/\(indicator)/" }
    func url(document: String, language: Language) -> String? {
        ["bc-2024", "nq-12"].contains(document) ? nil : "\(prefix(language))/van-ban/\(document)/"
    }
    func url(agency: String, language: Language) -> String? { "\(prefix(language))/co-quan/\(agency)/" }
}
