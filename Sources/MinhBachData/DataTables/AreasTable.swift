import MinhBachDiagnostics
/// Administrative units, on the legacy and the 2025 map (docs/DATA.md, `areas`).
extension DataTables {
    static let areas = TableDescription<Area>(
        "areas", topic: .places, step: .keys, records: \.areas,
        key: { $0.key }, describe: { .text(vi: "địa bàn \($0.code) theo danh mục \($0.scheme.rawValue)", en: "area \($0.code) of the \($0.scheme.rawValue) scheme") },
        settle: { data, registry, result, _ in
            registry.register(data.areas, by: \.key, in: \.areas, as: .areas, failures: result)
            return AreaChecks.parents(&data.areas, &registry)
        },
        entry: [
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
        ],
        openData: [OpenDataTable("areas", rows: { $0.areas }, [
            OpenColumn("scheme") { .text($0.scheme.rawValue) }, OpenColumn("code") { .text($0.code) }, OpenColumn("name") { .text($0.name) },
            OpenColumn("level") { .text($0.level.rawValue) }, OpenColumn("type") { .text($0.type) }, OpenColumn("parent") { .text($0.parent) },
            OpenColumn("name_en") { .text($0.nameEN) },
        ])]
    )
}
