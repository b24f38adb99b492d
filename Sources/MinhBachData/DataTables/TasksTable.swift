import MinhBachDiagnostics
/// Tasks documents assign to agencies (docs/DATA.md, `tasks`).
extension DataTables {
    static let tasks = TableDescription<PlanTask>(
        "tasks", topic: .governance, step: .rest, refersTo: ["agencies", "documents", "areas"], records: \.tasks,
        key: { $0.id }, describe: { .text(vi: "nhiệm vụ '\($0.id)'", en: "task '\($0.id)'") },
        entry: [
            EntryColumn.id(vi: "Mã nhiệm vụ, ví dụ kh44-01.", en: "The task's id."),
            EntryColumn("text", .text, note: "Nội dung nhiệm vụ như văn bản ghi.\nThe task as the document words it."),
            EntryColumn("lead", .text, note: "Cơ quan chủ trì: mã ở cột id của trang agencies.\nThe lead agency's id.", choices: .reference(table: "agencies", column: "id")),
            EntryColumn("status", .text, note: "Tình trạng: planned (chưa thực hiện), in_progress (đang thực hiện), done (hoàn thành).\nStatus: planned, in_progress or done.",
                        choices: EntryColumn.words(TaskStatus.self)),
            EntryColumn.document("source", vi: "Văn bản giao nhiệm vụ.", en: "The plan or directive that assigns it."),
            EntryColumn("partners", .text, note: "Cơ quan phối hợp: mã cơ quan, cách nhau bởi dấu ';'.\nPartner agencies: ids separated by ';'."),
            EntryColumn("deadline_text", .text, note: "Thời hạn như văn bản ghi: Quý II/2025, trong tháng 3 năm 2025, năm 2025, thường xuyên.\nThe deadline as written."),
            EntryColumn("deadline", .date, note: "Thời hạn dạng ngày dd/mm/yyyy (không bắt buộc; để trống thì tính từ deadline_text).\nThe deadline as a date (optional; empty: read from deadline_text)."),
            EntryColumn.area(vi: "Xã hoặc tỉnh liên quan (không bắt buộc).", en: "The commune or province it concerns (optional)."),
            EntryColumn.illustrative,
            EntryColumn.scheme(emptyVI: "theo ngày của văn bản giao", emptyEN: "from the date of its source document"),
        ],
        openData: [OpenDataTable("tasks", rows: { $0.tasks }, [
            OpenColumn("id") { .text($0.id) }, OpenColumn("text") { .text($0.text) }, OpenColumn("lead") { .text($0.lead) },
            OpenColumn("partners") { .list($0.partners) }, OpenColumn("deadline_text") { .text($0.deadlineText) },
            OpenColumn("deadline") { .text($0.deadline?.iso) }, OpenColumn("status") { .text($0.status.rawValue) },
            OpenColumn("source") { .text($0.source) }, OpenColumn("area") { .text($0.area?.code) }, .scheme { $0.area },
            OpenColumn("illustrative") { .bool($0.illustrative) },
        ])]
    )
}
