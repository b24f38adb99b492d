import MinhBachDiagnostics
/// Legal documents figures and tasks cite (docs/DATA.md, `documents`).
extension DataTables {
    static let documents = TableDescription<Document>(
        "documents", topic: .governance, step: .keys, records: \.documents,
        key: { $0.id }, describe: { .text(vi: "văn bản '\($0.id)'", en: "document '\($0.id)'") },
        settle: { data, registry, result, _ in
            registry.register(data.documents, by: \.id, in: \.documents, as: .documents, failures: result)
            return []
        },
        entry: [
            EntryColumn.id(vi: "Mã văn bản, ví dụ qd-241-2025.", en: "The document's id."),
            EntryColumn("number", .text, note: "Số, ký hiệu như trên văn bản, ví dụ 241/QĐ-TTg.\nThe number as written on the document."),
            EntryColumn("kind", .text, note: "Loại văn bản: Quyết định, Chỉ thị, Kế hoạch, Nghị quyết, Nghị định, Thông tư, Luật…\nThe kind of document, in Vietnamese.",
                        choices: .values(["Quyết định", "Chỉ thị", "Kế hoạch", "Nghị quyết", "Nghị định", "Thông tư", "Luật", "Công văn", "Thông báo", "Báo cáo"])),
            EntryColumn("date", .date, note: "Ngày ban hành: dd/mm/yyyy (04/02/2025) hoặc yyyy-mm-dd (2025-02-04).\nDate of issue."),
            EntryColumn("issuer", .text, note: "Cơ quan ban hành, ví dụ Thủ tướng Chính phủ.\nThe issuing authority."),
            EntryColumn("title", .text, note: "Trích yếu nội dung.\nThe subject line (trích yếu)."),
            EntryColumn("page", .text, note: "Đường dẫn trang của văn bản trên trang này, bắt đầu bằng '/', ví dụ /van-ban/chi-thi-14-ct-ttg-2020/ (không bắt buộc).\nThe path of its page on this site (optional)."),
            EntryColumn("url", .text, note: "Địa chỉ bản chính thức ở trang khác, bắt đầu bằng https:// (không bắt buộc).\nAn official copy elsewhere, https://… (optional)."),
        ],
        openData: [OpenDataTable("documents", rows: { $0.documents }, [
            OpenColumn("id") { .text($0.id) }, OpenColumn("number") { .text($0.number) }, OpenColumn("kind") { .text($0.kind) },
            OpenColumn("date") { .text($0.date.iso) }, OpenColumn("issuer") { .text($0.issuer) }, OpenColumn("title") { .text($0.title) },
            OpenColumn("page") { .text($0.page) }, OpenColumn("url") { .text($0.url) },
        ])]
    )
}
