import MinhBachDiagnostics
/// Communes recognised as revolutionary safe zones (docs/DATA.md, `atk`).
extension DataTables {
    static let atk = TableDescription<ATKRecognition>(
        "atk", topic: .governance, step: .rest, refersTo: ["areas", "documents"], records: \.atk,
        key: { $0.area }, describe: { .text(vi: "công nhận ATK của địa bàn \($0.area.code)", en: "ATK recognition of area \($0.area.code)") },
        entry: [
            EntryColumn.area(vi: "Xã được công nhận là xã An toàn khu, theo bản đồ của ngày quyết định.", en: "The commune recognised as a safe zone, on the map of the decision's date."),
            EntryColumn.document("decision", vi: "Quyết định công nhận.", en: "The recognition decision."),
            EntryColumn("date", .date, note: "Ngày quyết định: dd/mm/yyyy hoặc yyyy-mm-dd.\nThe decision's date."),
            EntryColumn.scheme(emptyVI: "theo ngày quyết định", emptyEN: "from the date"),
        ],
        openData: [OpenDataTable("atk", rows: { $0.atk }, [
            OpenColumn("area") { .text($0.area.code) }, .scheme { $0.area }, OpenColumn("decision") { .text($0.decision) },
            OpenColumn("date") { .text($0.date.iso) },
        ])]
    )
}
