@testable import MinhBachCharts
import MinhBachText
import Testing

@Suite("Value axis ticks")
struct ValueAxisTests {
    @Test("round ticks from zero", arguments: [
        ([12.0, 47.0], ValueUnit.percent, [0.0, 10, 20, 30, 40, 50]),
        ([1.2, 4.8], .percent, [0, 1, 2, 3, 4, 5]),
        ([2.4, 8.4], .percent, [0, 2, 4, 6, 8, 10]),
        ([62, 97.5], .percent, [0, 20, 40, 60, 80, 100]),   // past 60%: the whole scale
        ([55, 58], .percent, [0, 10, 20, 30, 40, 50, 60]),
        ([0, 3], .count, [0, 1, 2, 3]),
        ([0.2, 0.4], .count, [0, 1]),                          // no half communes
        ([14, 19], .criteria, [0, 5, 10, 15, 20]),
        ([51.7, 68], .millionVND, [0, 20, 40, 60, 80]),
        ([1_234], .millionVND, [0, 200, 400, 600, 800, 1_000, 1_200, 1_400]),
        ([0.2, 0.9], .number, [0, 0.2, 0.4, 0.6, 0.8, 1]),
        ([-3, 5], .number, [-4, -2, 0, 2, 4, 6]),
        ([1_500_000], .count, [0, 500_000, 1_000_000, 1_500_000]),
        ([], .percent, [0, 2, 4, 6, 8, 10]),
        ([0, 0], .count, [0, 1]),
        ([120], .percent, [0, 20, 40, 60, 80, 100, 120]),
    ])
    func ticks(_ values: [Double], _ unit: ValueUnit, _ expected: [Double]) {
        #expect(ValueAxis(values: values, unit: unit).ticks == expected)
    }

    @Test("tick labels are written the Vietnamese way")
    func labels() {
        let percent = ValueAxis(values: [12, 47], unit: .percent)
        #expect(percent.ticks.map { percent.label($0, unit: .percent, language: .vi) } == ["0%", "10%", "20%", "30%", "40%", "50%"])
        let small = ValueAxis(values: [0.9], unit: .number)
        #expect(small.decimals == 1)
        #expect(small.ticks.map { small.label($0, unit: .number, language: .vi) } == ["0,0", "0,2", "0,4", "0,6", "0,8", "1,0"])
        let large = ValueAxis(values: [1_500_000], unit: .count)
        #expect(large.label(1_500_000, unit: .count, language: .vi) == "1.500.000")
        #expect(large.label(1_500_000, unit: .count, language: .en) == "1,500,000")
    }

    @Test("the 12–47% line chart shows ticks 0 to 50%")
    func inChart() {
        let spec = ChartSpec(id: "t", title: "T", description: "", unit: .percent, precision: 0, kind: .line)
        let svg = ChartRenderer.svg(spec, series: [Samples.series("A", [("2021", 12), ("2022", 47)])])
        for label in ["0%", "10%", "20%", "30%", "40%", "50%"] { #expect(svg.contains(">\(label)</text>")) }
        #expect(!svg.contains(">60%</text>"))
    }
}
