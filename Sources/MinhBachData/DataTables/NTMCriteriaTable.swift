import MinhBachDiagnostics
/// The 19 national New Rural criteria (docs/DATA.md, `ntm_criteria`).
extension DataTables {
    static let ntmCriteria = TableDescription<NTMCriterion>(
        "ntm_criteria", topic: .ruralDevelopment, step: .keys, records: \.ntmCriteria,
        key: { $0.number }, describe: { .text(vi: "tiêu chí \($0.number)", en: "criterion \($0.number)") },
        settle: { data, _, _, context in NTMChecks.criteriaTable(data.ntmCriteria, file: context.file) },
        entry: [
            EntryColumn("number", .number, note: "Số thứ tự tiêu chí, 1–19.\nThe criterion's number, 1–19."),
            EntryColumn("name_vi", .text, note: "Tên tiêu chí, ví dụ Giao thông.\nThe criterion's name in Vietnamese."),
            EntryColumn.nameEN("criterion"),
            EntryColumn("group", .number, note: "Nhóm tiêu chí, 1–5 (I Quy hoạch … V Hệ thống chính trị, quốc phòng và an ninh).\nThe group, 1–5.",
                        choices: .values(["1", "2", "3", "4", "5"])),
            EntryColumn("group_name_vi", .text, note: "Tên nhóm tiêu chí.\nThe group's name in Vietnamese."),
            EntryColumn("group_name_en", .text, note: "Tên nhóm bằng tiếng Anh (không bắt buộc).\nThe group's English name (optional)."),
        ],
        openData: [OpenDataTable("ntm_criteria", rows: { $0.ntmCriteria }, [
            OpenColumn("number") { .integer($0.number) }, OpenColumn("name_vi") { .text($0.nameVI) }, OpenColumn("name_en") { .text($0.nameEN) },
            OpenColumn("group") { .integer($0.group) }, OpenColumn("group_name_vi") { .text($0.groupNameVI) },
            OpenColumn("group_name_en") { .text($0.groupNameEN) },
        ])]
    )
}
