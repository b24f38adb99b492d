import MinhBachDiagnostics
/// What a figure should reach by a year (docs/DATA.md, `targets`).
extension DataTables {
    static let targets = TableDescription<Target>(
        "targets", topic: .programmes, step: .rest, refersTo: ["indicators", "areas", "documents"], records: \.targets,
        key: { FigureKey($0.indicator, $0.area, $0.year) },
        describe: { .text(vi: "mục tiêu của chỉ tiêu '\($0.indicator)', địa bàn \($0.area.code), năm \($0.year)", en: "target for indicator '\($0.indicator)', area \($0.area.code), year \($0.year)") },
        entry: [
            EntryColumn("indicator", .text, note: "Mã chỉ tiêu (cột id của trang indicators).\nThe indicator's id.", choices: .reference(table: "indicators", column: "id")),
            EntryColumn.area(vi: "Đơn vị đặt mục tiêu, theo bản đồ của năm gốc (hoặc năm mục tiêu).", en: "The unit, on the map of the baseline year (or target year)."),
            EntryColumn.year("year", vi: "Năm mục tiêu.", en: "The target year."),
            EntryColumn("value", .number, note: "Giá trị mục tiêu, theo đơn vị của chỉ tiêu.\nThe target, in the indicator's unit."),
            EntryColumn.document("document", vi: "Văn bản đặt mục tiêu.", en: "The document that set the target."),
            EntryColumn.year("baseline_year", vi: "Năm gốc (không bắt buộc; đi cùng cột baseline).", en: "The baseline year (optional; goes with baseline)."),
            EntryColumn("baseline", .number, note: "Giá trị năm gốc (không bắt buộc; đi cùng cột baseline_year).\nThe baseline value (optional; goes with baseline_year)."),
            EntryColumn("note", .text, note: "Ghi chú: mục tiêu được đọc từ văn bản như thế nào.\nHow the target was read from the document."),
            EntryColumn.scheme(emptyVI: "theo năm gốc, hoặc năm mục tiêu", emptyEN: "from the baseline year, or the target year"),
        ],
        openData: [OpenDataTable("targets", rows: { $0.targets }, [
            OpenColumn("indicator") { .text($0.indicator) }, OpenColumn("area") { .text($0.area.code) }, .scheme { $0.area },
            OpenColumn("year") { .integer($0.year) }, OpenColumn("value") { .number($0.value) },
            OpenColumn("baseline_year") { .integer($0.baselineYear) }, OpenColumn("baseline") { .number($0.baseline) },
            OpenColumn("document") { .text($0.document) }, OpenColumn("note") { .text($0.note) },
        ])],
        change: { old, new in FigureRow.change(old.targets.map(FigureRow.init), new.targets.map(FigureRow.init)) }
    )
}
