import MinhBachDiagnostics
/// The income below which a household is poor, per period (docs/DATA.md, `poverty_standards`).
extension DataTables {
    static let povertyStandards = TableDescription<PovertyStandard>(
        "poverty_standards", topic: .povertyStandards, step: .rest, refersTo: ["documents"], records: \.povertyStandards,
        key: { $0.id }, describe: { .text(vi: "chuẩn nghèo '\($0.id)'", en: "poverty standard '\($0.id)'") },
        settle: { data, _, _, _ in PovertyChecks.overlaps(data.povertyStandards) },
        entry: [
            EntryColumn.id(vi: "Mã chuẩn nghèo, ví dụ 2022-2025.", en: "The standard's id."),
            EntryColumn.year("period_start", vi: "Năm bắt đầu áp dụng.", en: "First year it applies to."),
            EntryColumn.year("period_end", vi: "Năm cuối áp dụng (các giai đoạn không chồng nhau).", en: "Last year it applies to (periods may not overlap)."),
            EntryColumn.document("document", vi: "Nghị định quy định chuẩn nghèo.", en: "The decree that set it."),
            EntryColumn("rural_income", .number, note: "Thu nhập bình quân đầu người/tháng, nghìn đồng, khu vực nông thôn.\nMonthly income per person, thousand VND, rural."),
            EntryColumn("urban_income", .number, note: "Thu nhập bình quân đầu người/tháng, nghìn đồng, khu vực thành thị.\nMonthly income per person, thousand VND, urban."),
            EntryColumn("note", .text, note: "Ghi chú.\nA note."),
        ],
        openData: [OpenDataTable("poverty_standards", rows: { $0.povertyStandards }, [
            OpenColumn("id") { .text($0.id) }, OpenColumn("period_start") { .integer($0.periodStart) },
            OpenColumn("period_end") { .integer($0.periodEnd) }, OpenColumn("document") { .text($0.document) },
            OpenColumn("rural_income") { .number($0.ruralIncome) }, OpenColumn("urban_income") { .number($0.urbanIncome) },
            OpenColumn("note") { .text($0.note) },
        ])]
    )
}
