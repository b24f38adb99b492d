import MinhBachCharts
import MinhBachText

/// Charts of the kind the site draws, with the data problems it meets.
enum Samples {
    static func series(_ name: String, _ values: [(String, Double?)]) -> ChartSeries {
        ChartSeries(name: name, points: values.map { ChartPoint(label: $0.0, value: $0.1) })
    }

    /// One commune's poverty rate with 2022 missing: two runs of line.
    static let povertyGap = (
        spec: ChartSpec(id: "ngheo-ninh-kieu", title: "Tỷ lệ hộ nghèo, phường Ninh Kiều, 2019–2025",
                        description: "Tỷ lệ hộ nghèo giảm từ 4,8% năm 2019 xuống 1,2% năm 2025; không có số liệu năm 2022.",
                        unit: .percent, precision: 1, kind: .line),
        series: [series("Phường Ninh Kiều", [("2019", 4.8), ("2020", 4.1), ("2021", 3.5), ("2022", nil),
                                             ("2023", 2.2), ("2024", 1.7), ("2025", 1.2)])]
    )

    /// Three areas over five years, a target, a gap and an isolated point.
    static let povertyAreas = (
        spec: ChartSpec(id: "ngheo-so-sanh", title: "Tỷ lệ hộ nghèo đa chiều theo địa bàn, 2021–2025",
                        description: "So sánh tỷ lệ hộ nghèo đa chiều của thành phố Cần Thơ, quận Ninh Kiều và huyện Phong Điền với mục tiêu 2025.",
                        unit: .percent, precision: 1, kind: .line,
                        target: .init(value: 2.5, label: "Mục tiêu 2025: 2,5%")),
        series: [
            series("TP. Cần Thơ", [("2021", 5.9), ("2022", 4.9), ("2023", 3.8), ("2024", 3.0), ("2025", 2.4)]),
            series("Quận Ninh Kiều", [("2021", 3.2), ("2022", 2.7), ("2023", 2.1), ("2024", 1.6), ("2025", 1.1)]),
            series("Huyện Phong Điền", [("2021", 8.4), ("2022", nil), ("2023", 6.1), ("2024", nil), ("2025", 4.2)]),
        ]
    )

    /// Communes' health-insurance coverage, one missing, with the target line.
    static let insuranceBar = (
        spec: ChartSpec(id: "bhyt-2024", title: "Tỷ lệ người dân tham gia bảo hiểm y tế năm 2024",
                        description: "Tỷ lệ tham gia bảo hiểm y tế của 6 phường, xã; 4 địa bàn đạt mục tiêu 95%, phường Cái Khế chưa có số liệu.",
                        unit: .percent, precision: 1, kind: .bar,
                        target: .init(value: 95, label: "Mục tiêu: 95%")),
        series: [series("Năm 2024", [("Phường An Hòa", 97.5), ("Phường Tân An", 96.1), ("Phường Xuân Khánh", 95.4),
                                     ("Xã Mỹ Khánh", 95.0), ("Xã Nhơn Ái", 91.8), ("Phường Cái Khế", nil)])]
    )

    /// Income per head in two years across districts; a long name wraps.
    static let incomeBars = (
        spec: ChartSpec(id: "thu-nhap", title: "Thu nhập bình quân đầu người khu vực nông thôn",
                        description: "Thu nhập bình quân đầu người năm 2023 và 2024 của ba huyện; huyện Thới Lai chưa có số liệu năm 2024.",
                        unit: .millionVND, precision: 1, kind: .bar),
        series: [
            series("Năm 2023", [("Huyện Phong Điền", 62.4), ("Huyện Cờ Đỏ", 55.1),
                                ("Huyện Thới Lai (gồm các xã sáp nhập từ ngày 01/7/2025)", 51.7)]),
            series("Năm 2024", [("Huyện Phong Điền", 68.0), ("Huyện Cờ Đỏ", 60.3),
                                ("Huyện Thới Lai (gồm các xã sáp nhập từ ngày 01/7/2025)", nil)]),
        ]
    )

    /// Poverty rate of one commune as columns: a missing year, a derived
    /// figure and the target line.
    static let povertyColumns = (
        spec: ChartSpec(id: "ngheo-cot", title: "Tỷ lệ hộ nghèo, xã Mỹ Khánh, 2020–2025",
                        description: "Tỷ lệ hộ nghèo giảm từ 6,4% năm 2020 xuống 2,1% năm 2025; không có số liệu năm 2022.",
                        unit: .percent, precision: 1, kind: .column,
                        target: .init(value: 3, label: "Mục tiêu 2025: 3%")),
        series: [ChartSeries(name: "Xã Mỹ Khánh", points: [
            ChartPoint(label: "2020", value: 6.4), ChartPoint(label: "2021", value: 5.2), ChartPoint(label: "2022", value: nil),
            ChartPoint(label: "2023", value: 3.9), ChartPoint(label: "2024", value: 2.8),
            ChartPoint(label: "2025", value: 2.1, derived: true),
        ])]
    )

    /// Households escaping poverty in two communes over five years.
    static let householdColumns = (
        spec: ChartSpec(id: "thoat-ngheo", title: "Số hộ thoát nghèo theo năm",
                        description: "Số hộ thoát nghèo của xã Nhơn Ái và xã Mỹ Khánh từ 2021 đến 2025.",
                        unit: .count, precision: 0, kind: .column),
        series: [
            series("Xã Nhơn Ái", [("2021", 112), ("2022", 98), ("2023", 131), ("2024", 87), ("2025", 64)]),
            series("Xã Mỹ Khánh", [("2021", 75), ("2022", 80), ("2023", nil), ("2024", 1234), ("2025", 58)]),
        ]
    )

    /// The English page of the poverty chart.
    static let povertyEnglish = (
        spec: ChartSpec(id: "poverty-en", title: "Multidimensional poverty rate, 2021–2025",
                        description: "The poverty rate fell from 5.9% in 2021 to 2.4% in 2025.",
                        unit: .percent, precision: 1, language: .en, kind: .line,
                        target: .init(value: 2.5, label: "2025 target: 2.5%")),
        series: [series("Can Tho City", [("2021", 5.9), ("2022", 4.9), ("2023", 3.8), ("2024", 3.0), ("2025", 2.4)])]
    )
}

/// A province across the 1 July 2025 reorganisation: its 2025 figure is
/// derived (summed from the communes on its former territory), and the
/// break lies between 2024 and 2025.
extension Samples {
    static func derivedPoints(_ values: [(String, Double?, Bool)]) -> [ChartPoint] {
        values.map { ChartPoint(label: $0.0, value: $0.1, derived: $0.2) }
    }

    static let reorganisation = (
        spec: ChartSpec(id: "ngheo-bac-kan", title: "Tỷ lệ hộ nghèo – Tỉnh Bắc Kạn (2021–2025)",
                        description: "Tỷ lệ hộ nghèo giảm từ 18,5% năm 2021 xuống 9,1% năm 2025 (số liệu suy ra).",
                        unit: .percent, precision: 1, kind: .line,
                        target: .init(value: 10, label: "Mục tiêu 2025: 10,0%"),
                        breakMark: .init(before: "2025", label: "Sắp xếp ĐVHC 01/7/2025")),
        series: [ChartSeries(name: "Tỉnh Bắc Kạn", points: derivedPoints([
            ("2021", 18.5, false), ("2022", 15.9, false), ("2023", 13.4, false), ("2024", 11.2, false), ("2025", 9.1, true),
        ]))]
    )

    /// The same figures as columns, the chart of most printed reports.
    static var reorganisationColumns: (spec: ChartSpec, series: [ChartSeries]) {
        var spec = reorganisation.spec
        spec.kind = .column
        return (spec, reorganisation.series)
    }

    /// Two areas in English: the derived point sits in the second series.
    static let reorganisationEnglish = (
        spec: ChartSpec(id: "poverty-bac-kan-en", title: "Poverty rate – Bac Kan Province, Thai Nguyen Province (2021–2025)",
                        description: "Bac Kan's 2025 figure is derived from the communes on its former territory.",
                        unit: .percent, precision: 1, language: .en, kind: .line,
                        breakMark: .init(before: "2025", label: "Reorganisation 1 Jul 2025")),
        series: [
            ChartSeries(name: "Thai Nguyen Province", points: derivedPoints([
                ("2021", 9.6, false), ("2022", 8.1, false), ("2023", 6.9, false), ("2024", 5.8, false), ("2025", 7.2, false),
            ])),
            ChartSeries(name: "Bac Kan Province", points: derivedPoints([
                ("2021", 18.5, false), ("2022", 15.9, false), ("2023", nil, false), ("2024", 11.2, false), ("2025", 9.1, true),
            ])),
        ]
    )
}
