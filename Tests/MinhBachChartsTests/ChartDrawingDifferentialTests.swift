@testable import MinhBachCharts
import MinhBachText
import Testing

/// The hand-written pieces that draw charts faster, against what they
/// replaced: coordinates written into bytes, ids made safe on bytes, one
/// reading of the input (`ChartFacts`) for both widths and the table.
@Suite("Chart drawing against the first implementation")
struct ChartDrawingDifferentialTests {
    /// `Markup.number` as it was: backwards into a temporary buffer, then a `String`.
    static func referenceNumber(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((value * 10).rounded(.toNearestOrAwayFromZero))
        var magnitude = tenths.magnitude
        let fraction = UInt8(magnitude % 10)
        magnitude /= 10
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var start = 24
            if fraction != 0 {
                buffer[23] = 0x30 + fraction
                buffer[22] = UInt8(ascii: ".")
                start = 22
            }
            repeat {
                start -= 1
                buffer[start] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if tenths < 0 {
                start -= 1
                buffer[start] = UInt8(ascii: "-")
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        }
    }

    /// The id as `ChartData` made it: Unicode scalars mapped into a new `String`.
    static func referenceID(_ id: String) -> String {
        let safe = String(String.UnicodeScalarView(id.unicodeScalars.map { scalar in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_": scalar
            default: "-"
            }
        }))
        return safe.isEmpty ? "chart" : safe
    }

    @Test("coordinates written into bytes read as they did")
    func numbers() {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [0, -0.0, 0.04, -0.04, 0.05, -0.05, 0.95, -0.95, 9.95, 12.5, -3.14, 640, 1e12, -1e12,
                                .nan, .infinity, -.infinity, .ulpOfOne, 99.99, 100.05]
        for _ in 0..<20_000 {
            let scale = [1.0, 10, 1000, 1e6][Int.random(in: 0..<4, using: &generator)]
            values.append(Double.random(in: -scale...scale, using: &generator))
        }
        for tenths in -2_000...2_000 { values.append(Double(tenths) / 10 + [0, 0.05, -0.05, 0.049999][abs(tenths) % 4]) }
        var bytes: [UInt8] = [0x41]
        for value in values {
            #expect(Markup.number(value) == Self.referenceNumber(value), "\(value)")
            bytes.removeSubrange(1...)
            Markup.number(value, into: &bytes)
            #expect(String(decoding: bytes.dropFirst(), as: UTF8.self) == Self.referenceNumber(value), "\(value)")
        }
    }

    @Test("ids made safe on bytes as they were on scalars",
          arguments: ["", "mb-chart-12", "mb-chart-12-narrow", "a b", "Tỷ lệ", "x\u{301}", "🇻🇳", "\r\n", "a\"<>&'b", "_-_", "đ",
                      "e\u{1F3FB}", "中文 id", "a\u{0}b"])
    func ids(_ id: String) {
        #expect(ChartID.safe(id) == Self.referenceID(id))
    }

    @Test("one reading of the input finds what every drawing looked up")
    func facts() {
        var generator = SystemRandomNumberGenerator()
        let labels = ["2019", "2020", "2021", "2022", "Phường A", "Xã B"]
        for _ in 0..<300 {
            let series = (0..<Int.random(in: 0...4, using: &generator)).map { index in
                ChartSeries(name: "S\(index)", points: (0..<Int.random(in: 0...7, using: &generator)).map { _ in
                    let value: Double? = [nil, .nan, .infinity, Double.random(in: -50...150, using: &generator),
                                          Double(Int.random(in: 0...9, using: &generator))][Int.random(in: 0..<5, using: &generator)]
                    return ChartPoint(label: labels.randomElement(using: &generator)!, value: value, derived: Bool.random(using: &generator))
                })
            }
            let spec = ChartSpec(id: "x", title: "t", description: "d", unit: [.percent, .count, .number].randomElement(using: &generator)!,
                                 precision: Int.random(in: 0...2, using: &generator), kind: .line,
                                 target: Bool.random(using: &generator) ? .init(value: 70, label: "T") : nil)
            let facts = ChartFacts(spec: spec, series: series)

            var seen = Set<String>(), categories: [String] = []
            for point in series.flatMap(\.points) where seen.insert(point.label).inserted { categories.append(point.label) }
            #expect(facts.categories == categories)
            let values = series.flatMap { $0.points.compactMap(\.value) }.filter(\.isFinite)
            #expect(facts.values == values)
            #expect(facts.valueLabels == values.map(facts.valueLabel))
            #expect(facts.hasDerived == series.contains { $0.points.contains { $0.derived && $0.value?.isFinite == true } })
            #expect(facts.axis == ValueAxis(values: values + [spec.target?.value].compactMap { $0 }, unit: spec.unit))
            let ticks = facts.axis.ticks.map { facts.axis.label($0, unit: spec.unit, language: spec.language) }
            #expect(facts.tickLabels == ticks)
            #expect(facts.widestTickLabel == (ticks.map { ChartStyle.textWidth($0) }.max() ?? 0))
            #expect(facts.widestCategory == (categories.map { ChartStyle.textWidth($0) }.max() ?? 0))
            for (row, item) in series.enumerated() {
                for (position, category) in categories.enumerated() {
                    let point = item.points.first { $0.label == category }
                    let value = point?.value.flatMap { $0.isFinite ? $0 : nil }
                    #expect(facts.cells[row][position].value == value)
                    #expect(facts.cells[row][position].derived == (point?.derived ?? false))
                    #expect(facts.cellLabels[row][position] == value.map(facts.valueLabel))
                }
            }
        }
    }

    @Test("both widths from one preparation are the two drawings of the spec",
          arguments: ["ngheo", "", "Tỷ lệ 1"], [ChartSpec.Kind.line, .bar, .column])
    func preparedChart(_ id: String, _ kind: ChartSpec.Kind) {
        var spec = Samples.povertyAreas.spec
        spec.id = id
        spec.kind = kind
        let series = Samples.povertyAreas.series
        var narrow = spec
        narrow.id += "-narrow"
        let prepared = PreparedChart(spec, series: series)
        let both = prepared.svgs([
            .init(width: ChartRenderer.wideWidth, before: "<div>\n", after: "</div>\n"),
            .init(width: ChartRenderer.narrowWidth, idSuffix: "-narrow", before: "<p>\n", after: "</p>\n"),
        ])
        #expect(both == "<div>\n" + ChartRenderer.svg(spec, series: series) + "</div>\n"
                + "<p>\n" + ChartRenderer.svg(narrow, series: series, width: ChartRenderer.narrowWidth) + "</p>\n")
        #expect(prepared.svg(width: ChartRenderer.narrowWidth, idSuffix: "-narrow")
                == ChartRenderer.svg(narrow, series: series, width: ChartRenderer.narrowWidth))
        #expect(prepared.table == ChartTable.html(spec, series: series))
    }
}

/// `UTF8Runs.string` against `String(decoding:as:)`, which it replaces for
/// the markup of charts and tables.
@Suite("Strings from runs of UTF-8")
struct UTF8RunsTests {
    static let pieces = ["<text x=\"12\" y=\"3.5\">", "</text>\n", "  ", "Phường Ninh Kiều", "Tỷ lệ hộ nghèo", "2025", "—", "đ",
                         "🇻🇳", "e\u{301}", "\u{FFFD}", "x", "\r\n", String(repeating: "a", count: 70), String(repeating: "ế", count: 40)]

    @Test("the same strings from random markup, valid or not")
    func random() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...120, using: &generator) {
                bytes += Array(Self.pieces.randomElement(using: &generator)!.utf8)
            }
            // Some rounds break the UTF-8: a lone continuation or lead byte, a cut character.
            if round % 3 == 0, !bytes.isEmpty {
                for _ in 0..<Int.random(in: 1...3, using: &generator) {
                    bytes.insert([0x80, 0xC3, 0xE1, 0xF0, 0xFF].randomElement(using: &generator)!,
                                 at: Int.random(in: 0...bytes.count, using: &generator))
                }
            }
            #expect(UTF8Runs.string(bytes) == String(decoding: bytes, as: UTF8.self))
            #expect(Array(UTF8Runs.string(bytes).utf8) == Array(String(decoding: bytes, as: UTF8.self).utf8))
        }
    }

    @Test("every length and position of one non-ASCII character", arguments: ["ệ", "🇻🇳", "\u{80}"])
    func positions(_ character: String) {
        for length in 0..<200 {
            for position in stride(from: 0, through: length, by: 7) {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                bytes.insert(contentsOf: character.utf8, at: position)
                #expect(UTF8Runs.string(bytes) == String(decoding: bytes, as: UTF8.self))
            }
        }
    }
}
