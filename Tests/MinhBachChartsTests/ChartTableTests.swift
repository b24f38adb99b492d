import MinhBachCharts
import MinhBachText
import Testing

@Suite("Chart data tables")
struct ChartTableTests {
    @Test("a table of one series with a gap and a target, exactly")
    func exact() {
        let spec = ChartSpec(id: "t", title: "Tỷ lệ hộ nghèo", description: "", unit: .percent, precision: 1, kind: .line,
                             target: .init(value: 1.5, label: "Mục tiêu 2025"))
        let html = ChartTable.html(spec, series: [Samples.series("Phường An Hòa", [("2023", 2.25), ("2024", nil), ("2025", 1.0)])])
        #expect(html == """
            <table class="mb-chart-table">
              <caption>Tỷ lệ hộ nghèo</caption>
              <thead>
                <tr>
                  <th scope="col">Năm</th>
                  <th scope="col">Phường An Hòa</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">2023</th>
                  <td class="mb-num">2,3%</td>
                </tr>
                <tr>
                  <th scope="row">2024</th>
                  <td class="mb-missing"><span aria-hidden="true">—</span><span class="mb-visually-hidden" style="\(hidden)">không có số liệu</span></td>
                </tr>
                <tr>
                  <th scope="row">2025</th>
                  <td class="mb-num">1,0%</td>
                </tr>
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">Mục tiêu 2025</th>
                  <td class="mb-num">1,5%</td>
                </tr>
              </tfoot>
            </table>

            """)
    }

    private let hidden = "position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0"

    @Test("a bar chart's table heads its rows with areas, and the unit goes in the caption")
    func areas() {
        let html = ChartTable.html(Samples.incomeBars.spec, series: Samples.incomeBars.series)
        #expect(html.contains("<caption>Thu nhập bình quân đầu người khu vực nông thôn (đơn vị: triệu đồng)</caption>"))
        #expect(html.contains("<th scope=\"col\">Địa bàn</th>"))
        #expect(html.contains("<th scope=\"col\">Năm 2024</th>"))
        #expect(html.contains("<th scope=\"row\">Huyện Cờ Đỏ</th>\n      <td class=\"mb-num\">55,1</td>\n      <td class=\"mb-num\">60,3</td>"))
    }

    @Test("English tables use English words and numbers")
    func english() {
        let spec = ChartSpec(id: "e", title: "Income", description: "", unit: .count, precision: 0, language: .en,
                             kind: .bar, categoryTitle: "District")
        let html = ChartTable.html(spec, series: [Samples.series("2024", [("Phong Dien", 1_500_000), ("Co Do", nil)])])
        #expect(html.contains("<th scope=\"col\">District</th>"))
        #expect(html.contains(">1,500,000</td>"))
        #expect(html.contains(">no data</span>"))
    }

    @Test("a target row spans all series")
    func targetSpan() {
        let html = ChartTable.html(Samples.povertyAreas.spec, series: Samples.povertyAreas.series)
        #expect(html.contains("<td colspan=\"3\" class=\"mb-num\">2,5%</td>"))
    }
}
