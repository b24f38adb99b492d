/// Documents, agencies, tasks, ATK communes and poverty standards.
extension EntryTables {
    static let documents = EntryTable("documents", Document.self, [
        EntryColumn.id(vi: "Mã văn bản, ví dụ qd-241-2025.", en: "The document's id."),
        EntryColumn("number", .text, note: "Số, ký hiệu như trên văn bản, ví dụ 241/QĐ-TTg.\nThe number as written on the document."),
        EntryColumn("kind", .text, note: "Loại văn bản: Quyết định, Chỉ thị, Kế hoạch, Nghị quyết, Nghị định, Thông tư, Luật…\nThe kind of document, in Vietnamese.",
                    choices: .values(["Quyết định", "Chỉ thị", "Kế hoạch", "Nghị quyết", "Nghị định", "Thông tư", "Luật", "Công văn", "Thông báo", "Báo cáo"])),
        EntryColumn("date", .date, note: "Ngày ban hành: dd/mm/yyyy (04/02/2025) hoặc yyyy-mm-dd (2025-02-04).\nDate of issue."),
        EntryColumn("issuer", .text, note: "Cơ quan ban hành, ví dụ Thủ tướng Chính phủ.\nThe issuing authority."),
        EntryColumn("title", .text, note: "Trích yếu nội dung.\nThe subject line (trích yếu)."),
        EntryColumn("page", .text, note: "Đường dẫn trang của văn bản trên trang này, bắt đầu bằng '/', ví dụ /van-ban/chi-thi-14-ct-ttg-2020/ (không bắt buộc).\nThe path of its page on this site (optional)."),
        EntryColumn("url", .text, note: "Địa chỉ bản chính thức ở trang khác, bắt đầu bằng https:// (không bắt buộc).\nAn official copy elsewhere, https://… (optional)."),
    ])

    static let agencies = EntryTable("agencies", Agency.self, [
        EntryColumn.id(vi: "Mã cơ quan, ví dụ so-noi-vu-can-tho.", en: "The agency's id."),
        EntryColumn("name_vi", .text, note: "Tên cơ quan như trong văn bản giao nhiệm vụ.\nThe agency's name in Vietnamese."),
        EntryColumn("level", .text, note: "Cấp: central (trung ương), province (tỉnh), district (huyện), commune (xã).\nLevel: central, province, district or commune.",
                    choices: EntryColumn.words(AgencyLevel.self)),
        EntryColumn.nameEN("agency"),
        EntryColumn.area(vi: "Đơn vị hành chính nơi cơ quan đặt trụ sở (không bắt buộc).", en: "Where a local agency sits (optional)."),
        EntryColumn.scheme(emptyVI: "legacy", emptyEN: "legacy"),
    ])

    static let tasks = EntryTable("tasks", PlanTask.self, [
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
    ])

    static let atk = EntryTable("atk", ATKRecognition.self, [
        EntryColumn.area(vi: "Xã được công nhận là xã An toàn khu, theo bản đồ của ngày quyết định.", en: "The commune recognised as a safe zone, on the map of the decision's date."),
        EntryColumn.document("decision", vi: "Quyết định công nhận.", en: "The recognition decision."),
        EntryColumn("date", .date, note: "Ngày quyết định: dd/mm/yyyy hoặc yyyy-mm-dd.\nThe decision's date."),
        EntryColumn.scheme(emptyVI: "theo ngày quyết định", emptyEN: "from the date"),
    ])

    static let povertyStandards = EntryTable("poverty_standards", PovertyStandard.self, [
        EntryColumn.id(vi: "Mã chuẩn nghèo, ví dụ 2022-2025.", en: "The standard's id."),
        EntryColumn.year("period_start", vi: "Năm bắt đầu áp dụng.", en: "First year it applies to."),
        EntryColumn.year("period_end", vi: "Năm cuối áp dụng (các giai đoạn không chồng nhau).", en: "Last year it applies to (periods may not overlap)."),
        EntryColumn.document("document", vi: "Nghị định quy định chuẩn nghèo.", en: "The decree that set it."),
        EntryColumn("rural_income", .number, note: "Thu nhập bình quân đầu người/tháng, nghìn đồng, khu vực nông thôn.\nMonthly income per person, thousand VND, rural."),
        EntryColumn("urban_income", .number, note: "Thu nhập bình quân đầu người/tháng, nghìn đồng, khu vực thành thị.\nMonthly income per person, thousand VND, urban."),
        EntryColumn("note", .text, note: "Ghi chú.\nA note."),
    ])
}
