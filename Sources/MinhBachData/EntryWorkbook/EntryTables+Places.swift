/// Administrative units and the 2025 reorganisation.
extension EntryTables {
    static let areas = EntryTable("areas", Area.self, [
        EntryColumn("scheme", .code, note: """
            Bản đồ hành chính: legacy (trước 01/7/2025) hoặc 2025.
            Which administrative map the unit is on: legacy (before 1 July 2025) or 2025.
            """, choices: EntryColumn.words(Scheme.self)),
        EntryColumn("code", .code, note: """
            Mã đơn vị hành chính của cơ quan thống kê: 2 chữ số (tỉnh), 3 (huyện), 5 (xã). Giữ số 0 ở đầu. Không trùng trong một bản đồ.
            The statistics office's code: 2 digits (province), 3 (district), 5 (commune). Keep the leading zeros; unique within a scheme.
            """),
        EntryColumn("name", .text, note: "Tên đơn vị, ví dụ Phường An Bình, Huyện Ba Bể, Tỉnh Bắc Kạn.\nThe unit's name."),
        EntryColumn("level", .text, note: """
            Cấp: province (tỉnh), district (huyện; chỉ có trên bản đồ legacy), commune (xã, phường, thị trấn).
            Level: province, district (legacy map only) or commune.
            """, choices: EntryColumn.words(AreaLevel.self)),
        EntryColumn("type", .text, note: """
            Loại đơn vị: tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn, đặc khu.
            The kind of unit, in Vietnamese.
            """, choices: .values(["tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu"])),
        EntryColumn("parent", .code, note: """
            Mã đơn vị cấp trên, cùng bản đồ (bắt buộc với huyện và xã; tỉnh để trống). Giữ số 0 ở đầu.
            The code of the unit one level up, on the same map (districts and communes; empty for a province).
            """, choices: .reference(table: "areas", column: "code")),
        EntryColumn.nameEN("unit"),
    ])

    static let areaConversions = EntryTable("area_conversions", AreaConversion.self, [
        EntryColumn.area("old_code", vi: "Xã trước 01/7/2025 (bản đồ legacy).", en: "A legacy commune (before 1 July 2025)."),
        EntryColumn.area("new_code", vi: "Xã từ 01/7/2025 (bản đồ 2025) mà xã cũ nhập vào.", en: "The 2025 commune it went into."),
        EntryColumn("partly_merged", .text, note: """
            1 (hoặc true) khi chỉ một phần xã cũ nhập vào xã mới (xã cũ bị chia); 0 (hoặc false) khi nhập cả.
            1 when only part of the old unit went into the new one (it was split), 0 when all of it did.
            """, choices: .values(["1", "0"])),
        EntryColumn.document("document", vi: "Nghị quyết sắp xếp (không bắt buộc).", en: "The resolution that made the change (optional)."),
        EntryColumn("old_district_code", .code, note: "Mã huyện cũ của xã cũ (không bắt buộc, để tham khảo).\nThe old commune's legacy district code (optional, for reference).",
                    choices: .reference(table: "areas", column: "code")),
        EntryColumn("old_province_code", .code, note: "Mã tỉnh cũ của xã cũ (không bắt buộc, để tham khảo).\nThe old commune's legacy province code (optional, for reference).",
                    choices: .reference(table: "areas", column: "code")),
        EntryColumn("new_province_code", .code, note: "Mã tỉnh mới của xã mới (không bắt buộc, để tham khảo).\nThe new commune's 2025 province code (optional, for reference).",
                    choices: .reference(table: "areas", column: "code")),
    ])
}
