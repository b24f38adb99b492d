/// Columns several tables share, described once.
extension EntryColumn {
    static let booleanWords = Choices.values(["true", "false"])

    /// The `scheme` column that states which administrative map an `area` code is on.
    static func scheme(emptyVI: String, emptyEN: String) -> EntryColumn {
        EntryColumn("scheme", .code, note: """
            Bản đồ hành chính của mã ở cột area: legacy (trước 01/7/2025) hoặc 2025. Để trống: \(emptyVI).
            The administrative map the area code is on: legacy (before 1 July 2025) or 2025. Empty: \(emptyEN).
            """, choices: words(Scheme.self))
    }

    static let illustrative = EntryColumn("illustrative", .text, note: """
        Dữ liệu minh họa (không phải số liệu thật)? true hoặc false (cũng viết được 1/0, có/không). Để trống: false.
        Invented data for an example? true or false (also 1/0, có/không). Empty: false.
        """, choices: booleanWords)

    /// A column holding the code of a unit of the `areas` sheet.
    static func area(_ name: String = "area", vi: String, en: String) -> EntryColumn {
        EntryColumn(name, .code, note: """
            \(vi) Mã đơn vị hành chính: 2 chữ số (tỉnh), 3 (huyện), 5 (xã), như cột code của trang areas. Giữ số 0 ở đầu.
            \(en) The unit's code as in the areas sheet: 2 digits (province), 3 (district), 5 (commune); keep the leading zeros.
            """, choices: .reference(table: "areas", column: "code"))
    }

    /// A column holding the id of a document of the `documents` sheet.
    static func document(_ name: String, vi: String, en: String) -> EntryColumn {
        EntryColumn(name, .text, note: """
            \(vi) Mã văn bản, như cột id của trang documents (ví dụ qd-241-2025).
            \(en) The document's id, as in the documents sheet.
            """, choices: .reference(table: "documents", column: "id"))
    }

    /// An id column: the key other tables refer to a record by.
    static func id(vi: String, en: String) -> EntryColumn {
        EntryColumn("id", .text, note: """
            \(vi) Chỉ gồm chữ thường không dấu, chữ số, '-' và '_'; không trùng nhau.
            \(en) Lower-case letters without accents, digits, '-' and '_'; unique.
            """)
    }

    static func year(_ name: String, vi: String, en: String) -> EntryColumn {
        EntryColumn(name, .number, note: "\(vi) Năm, 4 chữ số (1945–2100).\n\(en) A year, 4 digits (1945–2100).")
    }

    static func nameEN(_ what: String) -> EntryColumn {
        EntryColumn("name_en", .text, note: "Tên tiếng Anh (không bắt buộc); để trống thì trang tiếng Anh dùng tên tiếng Việt.\nThe English name of the \(what) (optional); empty: English pages show the Vietnamese name.")
    }
}
