import Foundation
import MinhBachBuild
import Testing

/// What the pages of a large site carry: a site with more units than an
/// indicator page lists one by one (`IndicatorContext.unitsListedInFull`,
/// 500) and more targets than it charts (`targetsChartedAtMost`, 12). Made
/// at run time: 502 legacy communes in two provinces, one indicator, two
/// years, 13 targets.
@Suite struct LargeDataPagesTests {
    static let communesPerProvince = 251

    /// Commune `n` of province `p` (1 or 2): code `p0nnn`, figure `n % 40 + p`.
    static func makeSite(in folder: URL) throws {
        let data = folder.appendingPathComponent("content/data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        func write(_ name: String, _ text: String) throws {
            try text.write(to: folder.appendingPathComponent("content/\(name)"), atomically: true, encoding: .utf8)
        }
        try write("site.yaml", "title: Trang lớn\nbase_url: https://lon.example.gov.vn/\nlanguage: vi\nyear: 2025\nas_of: 2025-12-31\n")
        try write("_index.md", "---\ntitle: Trang lớn\n---\nTrang kiểm thử nhiều đơn vị.\n")
        try write("_index.en.md", "---\ntitle: Large site\n---\nA test site with many units.\n")
        var areas = ["scheme,code,name,level,type,parent"]
        var observations = ["indicator,area,year,value,status,illustrative"]
        var targets = ["indicator,area,year,value,baseline_year,baseline,document"]
        for province in 1...2 {
            areas.append("legacy,0\(province),Tỉnh Số \(province),province,tỉnh,")
            areas.append("legacy,00\(province),Huyện Số \(province),district,huyện,0\(province)")
            for number in 1...communesPerProvince {
                let code = commune(province, number)
                areas.append("legacy,\(code),Xã Số \(province)-\(number),commune,xã,00\(province)")
                for year in [2023, 2024] {
                    observations.append("poverty_rate,\(code),\(year),\(number % 40 + province),official,true")
                }
                if province == 1, number <= 13 { targets.append("poverty_rate,\(code),2025,1,2023,20,qd-1") }
            }
        }
        try write("data/areas.csv", areas.joined(separator: "\n") + "\n")
        try write("data/observations.csv", observations.joined(separator: "\n") + "\n")
        try write("data/targets.csv", targets.joined(separator: "\n") + "\n")
        try write("data/indicators.csv", "id,name_vi,name_en,unit,direction,precision,additive\npoverty_rate,Tỷ lệ hộ nghèo,Poverty rate,percent,down,1,false\n")
        try write("data/documents.yaml", "- id: qd-1\n  number: 1/QĐ-UBND\n  kind: Quyết định\n  date: 02/01/2024\n  issuer: Ủy ban nhân dân tỉnh\n  title: Giao chỉ tiêu giảm nghèo\n")
    }

    static func commune(_ province: Int, _ number: Int) -> String {
        "\(province)" + String(repeating: "0", count: 4 - String(number).count) + "\(number)"
    }

    private func build() throws -> (errors: [String], files: [String: Data], scratch: URL) {
        let scratch = Fixtures.scratch()
        try Self.makeSite(in: scratch.appendingPathComponent("site"))
        let output = scratch.appendingPathComponent("site-out")
        let report = Fixtures.build(scratch.appendingPathComponent("site"), output: output)
        return (report.diagnostics.errors.map(\.formatted), Fixtures.snapshot(output), scratch)
    }

    @Test func anIndicatorOfManyUnitsListsProvincesAndChartsNoTargets() throws {
        let (errors, files, scratch) = try build()
        defer { Fixtures.remove(scratch) }
        // The build checks every link: the province rows and their units link to real pages.
        #expect(errors == [])
        let page = String(decoding: files["chi-tieu/poverty-rate/index.html"] ?? Data(), as: UTF8.self)
        // One row per province, with its count of units, and the lowest and highest of them.
        #expect(page.contains("<a href=\"/truoc-2025/tinh/so-1/\">Tỉnh Số 1</a>"))
        #expect(page.contains("<a href=\"/truoc-2025/tinh/so-2/\">Tỉnh Số 2</a>"))
        #expect(page.contains(">\(Self.communesPerProvince)</td>"))
        #expect(page.contains("Mỗi tỉnh, thành phố một dòng"))
        // A unit that is neither the lowest nor the highest, nor has a target, is not listed.
        #expect(!page.contains("xa-so-1-20-\(Self.commune(1, 20))"))
        // 13 targets: their table stays, their charts are on the units' own pages.
        #expect(!page.contains("mb-chart-figure"))
        #expect(page.contains("có trên trang của địa bàn đó"))
        #expect(page.contains("xa-so-1-13-\(Self.commune(1, 13))"))
        // Every unit's figure stays in the page's download.
        let csv = String(decoding: files["chi-tieu/poverty-rate/du-lieu.csv"] ?? Data(), as: UTF8.self)
        #expect(csv.split(separator: "\r\n").count == 1 + 2 * 2 * Self.communesPerProvince)
    }

    @Test func aLegacyCommuneShowsItsYearsAsOneTable() throws {
        let (_, files, scratch) = try build()
        defer { Fixtures.remove(scratch) }
        for path in ["truoc-2025/xa/xa-so-1-1-\(Self.commune(1, 1))/index.html", "en/truoc-2025/xa/xa-so-1-1-\(Self.commune(1, 1))/index.html"] {
            let page = String(decoding: files[path] ?? Data(), as: UTF8.self)
            #expect(page.contains("<table class=\"mb-table mb-table--cards\">"), "\(path)")
            #expect(page.contains("data-label=\"2023\""), "\(path)")
            #expect(!page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"mb-chart"), "\(path)")
        }
    }
}
