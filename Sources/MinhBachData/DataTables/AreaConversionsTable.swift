import MinhBachDiagnostics
/// Which legacy unit went into which 2025 unit (docs/DATA.md, `area_conversions`).
extension DataTables {
    static let areaConversions = TableDescription<AreaConversion>(
        "area_conversions", topic: .places, step: .placesAndDocuments, refersTo: ["areas", "documents"], records: \.areaConversions,
        key: { [$0.oldCode, $0.newCode] }, describe: { .text(vi: "chuyển đổi \($0.oldCode) → \($0.newCode)", en: "conversion \($0.oldCode) → \($0.newCode)") },
        settle: { data, registry, _, _ in
            registry.splitSources = AreaChecks.splitSources(data.areaConversions)
            return []
        },
        entry: [
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
        ],
        openData: [OpenDataTable("area_conversions", rows: { $0.areaConversions }, [
            OpenColumn("old_code") { .text($0.oldCode) }, OpenColumn("new_code") { .text($0.newCode) },
            OpenColumn("partly_merged") { .bool($0.partlyMerged) }, OpenColumn("document") { .text($0.document) },
        ])]
    )
}
