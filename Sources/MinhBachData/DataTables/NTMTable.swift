import MinhBachDiagnostics
/// The New Rural criteria a commune met in a year (docs/DATA.md, `ntm`).
extension DataTables {
    static let ntm = TableDescription<NTMResult>(
        "ntm", topic: .ruralDevelopment, step: .rest, refersTo: ["areas", "documents"], records: \.ntmResults,
        key: { [$0.area.code, $0.area.scheme.rawValue, String($0.year)] },
        describe: { .text(vi: "kết quả nông thôn mới của địa bàn \($0.area.code), năm \($0.year)", en: "New Rural result for area \($0.area.code), year \($0.year)") },
        entry: [
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
        ],
        openData: [OpenDataTable("ntm", rows: { $0.ntmResults }, [
            OpenColumn("area") { .text($0.area.code) }, .scheme { $0.area }, OpenColumn("year") { .integer($0.year) },
            OpenColumn("criteria") { .list($0.criteria.map(String.init)) }, OpenColumn("level") { .text($0.level.rawValue) },
            OpenColumn("decision") { .text($0.decision) }, OpenColumn("illustrative") { .bool($0.illustrative) },
        ])],
        change: { old, new in
            let changed = Set(old.ntmResults).symmetricDifference(Set(new.ntmResults))
            return changed.isEmpty ? .none : .figures(areas: Set(changed.map(\.area)), indicators: [])
        }
    )
}
