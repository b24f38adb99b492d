import MinhBachDiagnostics
/// The National Target Programmes (docs/DATA.md, `programs`).
extension DataTables {
    static let programs = TableDescription<Program>(
        "programs", topic: .programmes, step: .placesAndDocuments, refersTo: ["documents"], records: \.programs,
        key: { $0.id }, describe: { .text(vi: "chương trình '\($0.id)'", en: "programme '\($0.id)'") },
        settle: { data, registry, result, _ in
            registry.register(data.programs, by: \.id, in: \.programs, as: .programs, failures: result)
            return []
        },
        entry: [
            EntryColumn.id(vi: "Mã chương trình, ví dụ ntm, giam-ngheo, dtts.", en: "The programme's id."),
            EntryColumn("name_vi", .text, note: "Tên chương trình.\nThe programme's name in Vietnamese."),
            EntryColumn.year("period_start", vi: "Năm bắt đầu giai đoạn.", en: "First year of the period."),
            EntryColumn.year("period_end", vi: "Năm kết thúc giai đoạn (không trước năm bắt đầu).", en: "Last year of the period."),
            EntryColumn.nameEN("programme"),
            EntryColumn("legal_basis", .text, note: """
                Các văn bản lập chương trình: mã văn bản (cột id của trang documents), cách nhau bởi dấu ';'.
                The documents that set the programme up: document ids separated by ';'.
                """),
        ],
        openData: [OpenDataTable("programs", rows: { $0.programs }, [
            OpenColumn("id") { .text($0.id) }, OpenColumn("name_vi") { .text($0.nameVI) }, OpenColumn("name_en") { .text($0.nameEN) },
            OpenColumn("period_start") { .integer($0.periodStart) }, OpenColumn("period_end") { .integer($0.periodEnd) },
            OpenColumn("legal_basis") { .list($0.legalBasis) },
        ])]
    )
}
