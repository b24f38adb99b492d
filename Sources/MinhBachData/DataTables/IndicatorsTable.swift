import MinhBachDiagnostics
/// What is measured, in which unit and which direction is better (docs/DATA.md, `indicators`).
extension DataTables {
    static let indicators = TableDescription<Indicator>(
        "indicators", topic: .programmes, step: .programmes, refersTo: ["programs"], records: \.indicators,
        key: { $0.id }, describe: { .text(vi: "chỉ tiêu '\($0.id)'", en: "indicator '\($0.id)'") },
        settle: { data, registry, result, context in
            for index in data.indicators.indices { data.indicators[index].ordinal = index }
            let problems = DerivationChecks.parts(data.indicators, path: context.file?.displayPath ?? "\(context.displayFolder)/indicators")
            registry.register(data.indicators, by: \.id, in: \.indicators, as: .indicators, failures: result)
            return problems
        },
        entry: [
            EntryColumn.id(vi: "Mã chỉ tiêu, ví dụ poverty_rate.", en: "The indicator's id."),
            EntryColumn("name_vi", .text, note: "Tên chỉ tiêu, ví dụ Tỷ lệ hộ nghèo.\nThe indicator's name in Vietnamese."),
            EntryColumn("unit", .text, note: """
                Đơn vị: percent (%, trong 0–100), count (số đếm), million_vnd (triệu đồng), criteria (số tiêu chí), number (số khác).
                Unit: percent (0–100), count, million_vnd, criteria or number.
                """, choices: EntryColumn.words(IndicatorUnit.self)),
            EntryColumn("direction", .text, note: "Chiều tốt hơn: up (tăng là tốt) hoặc down (giảm là tốt).\nWhich way is better: up or down.",
                        choices: EntryColumn.words(Direction.self)),
            EntryColumn("precision", .number, note: "Số chữ số thập phân hiển thị, 0–4.\nDecimals shown, 0–4.", choices: .values(["0", "1", "2", "3", "4"])),
            EntryColumn.nameEN("indicator"),
            EntryColumn("program", .text, note: "Chương trình của chỉ tiêu: mã ở cột id của trang programs (không bắt buộc).\nThe indicator's programme id (optional).",
                        choices: .reference(table: "programs", column: "id")),
            EntryColumn("additive", .text, note: """
                Cộng được số liệu các đơn vị? true với số đếm (số hộ), false với tỷ lệ. Để trống: false.
                Can the units' values be added up? true for counts, false for rates. Empty: false.
                """, choices: EntryColumn.booleanWords),
            EntryColumn("derive", .text, note: """
                Cách tính số liệu qua sắp xếp đơn vị 2025: sum (cộng), ratio (tỷ số numerator/denominator), none (không tính). Để trống: sum nếu additive, còn lại none.
                How a figure is derived across the 2025 reorganisation: sum, ratio or none. Empty: sum when additive, else none.
                """, choices: EntryColumn.words(DerivationKind.self)),
            EntryColumn("numerator", .text, note: "Với derive = ratio: chỉ tiêu tử số (mã chỉ tiêu, có derive = sum).\nWith derive ratio: the indicator summed as the numerator.",
                        choices: .reference(table: "indicators", column: "id")),
            EntryColumn("denominator", .text, note: "Với derive = ratio: chỉ tiêu mẫu số (mã chỉ tiêu, có derive = sum).\nWith derive ratio: the indicator summed as the denominator.",
                        choices: .reference(table: "indicators", column: "id")),
        ],
        openData: [OpenDataTable("indicators", rows: { $0.indicators }, [
            OpenColumn("id") { .text($0.id) }, OpenColumn("name_vi") { .text($0.nameVI) }, OpenColumn("name_en") { .text($0.nameEN) },
            OpenColumn("unit") { .text($0.unit.rawValue) }, OpenColumn("direction") { .text($0.direction.rawValue) },
            OpenColumn("precision") { .integer($0.precision) }, OpenColumn("program") { .text($0.program) }, OpenColumn("additive") { .bool($0.additive) },
            OpenColumn("derive") { .text($0.derive.kind.rawValue) },
            OpenColumn("numerator") { if case .ratio(let numerator, _) = $0.derive { .text(numerator) } else { .empty } },
            OpenColumn("denominator") { if case .ratio(_, let denominator) = $0.derive { .text(denominator) } else { .empty } },
        ])]
    )
}
