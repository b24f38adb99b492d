import MinhBachDiagnostics
/// The figures: indicator × area × year → value (docs/DATA.md, `observations`).
extension DataTables {
    static let observations = TableDescription<Observation>(
        "observations", topic: .programmes, step: .figures, refersTo: ["indicators", "areas", "documents"], records: \.observations,
        key: { $0.key }, describe: { .text(vi: "giá trị của chỉ tiêu '\($0.indicator)', địa bàn \($0.area.code), năm \($0.year)", en: "value for indicator '\($0.indicator)', area \($0.area.code), year \($0.year)") },
        entry: [
            EntryColumn("indicator", .text, note: "Mã chỉ tiêu (cột id của trang indicators).\nThe indicator's id.", choices: .reference(table: "indicators", column: "id")),
            EntryColumn.area(vi: "Đơn vị của số liệu, theo bản đồ của năm (đến 2024: legacy; từ 2025: 2025).", en: "The unit, on the map of the year."),
            EntryColumn.year("year", vi: "Năm của số liệu.", en: "The year of the figure."),
            EntryColumn("value", .number, note: """
                Giá trị, theo đơn vị của chỉ tiêu; dấu thập phân '.' hoặc ',', không dùng dấu phân cách hàng nghìn.
                The value in the indicator's unit; '.' or ',' as the decimal mark, no thousands separators.
                """),
            EntryColumn("status", .text, note: "Tình trạng: preliminary (sơ bộ) hoặc official (chính thức).\nStatus: preliminary or official.",
                        choices: EntryColumn.words(ObservationStatus.self)),
            EntryColumn.document("source", vi: "Văn bản nguồn của số liệu (không bắt buộc).", en: "The document the figure comes from (optional)."),
            EntryColumn.illustrative,
            EntryColumn("method", .text, note: """
                Cách có số liệu: reported (báo cáo; mặc định) hoặc sum_of_legacy (cộng các xã cũ, chỉ cho đơn vị 2025 không có xã cũ bị chia).
                reported (default) or sum_of_legacy (a 2025 unit's value added up from legacy units).
                """, choices: EntryColumn.words(WrittenMethod.self)),
            EntryColumn.scheme(emptyVI: "theo năm", emptyEN: "from the year"),
        ],
        openData: [OpenDataTable("observations", rows: { $0.observations }, [
            OpenColumn("indicator") { .text($0.indicator) }, OpenColumn("area") { .text($0.area.code) }, .scheme { $0.area },
            OpenColumn("year") { .integer($0.year) }, OpenColumn("value") { .number($0.value) }, OpenColumn("status") { .text($0.status.rawValue) },
            OpenColumn("source") { .text($0.source) }, OpenColumn("illustrative") { .bool($0.illustrative) },
            OpenColumn("method") { .text($0.method.rawValue) },
        ])],
        change: { old, new in FigureRow.change(old.observations.map(FigureRow.init), new.observations.map(FigureRow.init)) }
    )
}
