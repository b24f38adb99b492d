import MinhBachDiagnostics
/// The offices that lead and share tasks (docs/DATA.md, `agencies`).
extension DataTables {
    static let agencies = TableDescription<Agency>(
        "agencies", topic: .governance, step: .placesAndDocuments, refersTo: ["areas"], records: \.agencies,
        key: { $0.id }, describe: { .text(vi: "cơ quan '\($0.id)'", en: "agency '\($0.id)'") },
        settle: { data, registry, result, _ in
            registry.register(data.agencies, by: \.id, in: \.agencies, as: .agencies, failures: result)
            return []
        },
        entry: [
            EntryColumn.id(vi: "Mã cơ quan, ví dụ so-noi-vu-can-tho.", en: "The agency's id."),
            EntryColumn("name_vi", .text, note: "Tên cơ quan như trong văn bản giao nhiệm vụ.\nThe agency's name in Vietnamese."),
            EntryColumn("level", .text, note: "Cấp: central (trung ương), province (tỉnh), district (huyện), commune (xã).\nLevel: central, province, district or commune.",
                        choices: EntryColumn.words(AgencyLevel.self)),
            EntryColumn.nameEN("agency"),
            EntryColumn.area(vi: "Đơn vị hành chính nơi cơ quan đặt trụ sở (không bắt buộc).", en: "Where a local agency sits (optional)."),
            EntryColumn.scheme(emptyVI: "legacy", emptyEN: "legacy"),
        ],
        openData: [OpenDataTable("agencies", rows: { $0.agencies }, [
            OpenColumn("id") { .text($0.id) }, OpenColumn("name_vi") { .text($0.nameVI) }, OpenColumn("name_en") { .text($0.nameEN) },
            OpenColumn("level") { .text($0.level.rawValue) }, OpenColumn("area") { .text($0.area?.code) }, .scheme { $0.area },
        ])]
    )
}
