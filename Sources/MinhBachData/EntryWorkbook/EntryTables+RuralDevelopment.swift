/// New Rural Development: the national criteria and the communes' results.
extension EntryTables {
    static let ntmCriteria = EntryTable("ntm_criteria", NTMCriterion.self, [
        EntryColumn("number", .number, note: "Số thứ tự tiêu chí, 1–19.\nThe criterion's number, 1–19."),
        EntryColumn("name_vi", .text, note: "Tên tiêu chí, ví dụ Giao thông.\nThe criterion's name in Vietnamese."),
        EntryColumn.nameEN("criterion"),
        EntryColumn("group", .number, note: "Nhóm tiêu chí, 1–5 (I Quy hoạch … V Hệ thống chính trị, quốc phòng và an ninh).\nThe group, 1–5.",
                    choices: .values(["1", "2", "3", "4", "5"])),
        EntryColumn("group_name_vi", .text, note: "Tên nhóm tiêu chí.\nThe group's name in Vietnamese."),
        EntryColumn("group_name_en", .text, note: "Tên nhóm bằng tiếng Anh (không bắt buộc).\nThe group's English name (optional)."),
    ])

    static let ntm = EntryTable("ntm", NTMResult.self, [
        EntryColumn.area(vi: "Xã, theo bản đồ của năm.", en: "The commune, on the map of the year."),
        EntryColumn.year("year", vi: "Năm đánh giá.", en: "The year."),
        EntryColumn("criteria", .text, note: "Các tiêu chí đã đạt (số 1–19), cách nhau bởi dấu ';', ví dụ 1;2;3;5.\nThe criteria met, numbers separated by ';'."),
        EntryColumn("level", .text, note: """
            Mức đạt: none (chưa đạt), standard (đạt chuẩn), advanced (nâng cao), model (kiểu mẫu); từ standard trở lên cần đủ 19 tiêu chí.
            Level: none, standard, advanced or model; standard or above needs all 19 criteria.
            """, choices: EntryColumn.words(NTMLevel.self)),
        EntryColumn.document("decision", vi: "Quyết định công nhận (không bắt buộc).", en: "The recognition decision (optional)."),
        EntryColumn.illustrative,
        EntryColumn.scheme(emptyVI: "theo năm", emptyEN: "from the year"),
    ])
}
