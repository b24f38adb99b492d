/// Programmes, indicators, their figures and targets.
extension EntryTables {
    static let programs = EntryTable("programs", Program.self, [
        EntryColumn.id(vi: "Mã chương trình, ví dụ ntm, giam-ngheo, dtts.", en: "The programme's id."),
        EntryColumn("name_vi", .text, note: "Tên chương trình.\nThe programme's name in Vietnamese."),
        EntryColumn.year("period_start", vi: "Năm bắt đầu giai đoạn.", en: "First year of the period."),
        EntryColumn.year("period_end", vi: "Năm kết thúc giai đoạn (không trước năm bắt đầu).", en: "Last year of the period."),
        EntryColumn.nameEN("programme"),
        EntryColumn("legal_basis", .text, note: """
            Các văn bản lập chương trình: mã văn bản (cột id của trang documents), cách nhau bởi dấu ';'.
            The documents that set the programme up: document ids separated by ';'.
            """),
    ])

    static let indicators = EntryTable("indicators", Indicator.self, [
        EntryColumn.id(vi: "Mã chỉ tiêu, ví dụ poverty_rate.", en: "The indicator's id."),
        EntryColumn("name_vi", .text, note: "Tên chỉ tiêu, ví dụ Tỷ lệ hộ nghèo.\nThe indicator's name in Vietnamese."),
        EntryColumn("unit", .text, note: """
            Đơn vị: percent (%, trong 0–100), count (số đếm), million_vnd (triệu đồng), criteria (số tiêu chí), number (số khác).
            Unit: percent (0–100), count, million_vnd, criteria or number.
            """, choices: EntryColumn.words(IndicatorUnit.self)),
        EntryColumn("direction", .text, note: "Chiều tốt hơn: up (tăng là tốt) hoặc down (giảm là tốt).\nWhich way is better: up or down.",
                    choices: EntryColumn.words(Direction.self)),
        EntryColumn("precision", .number, note: "Số chữ số thập phân hiển thị, 0–4.\nDecimals shown, 0–4.", choices: .values(["0", "1", "2", "3", "4"])),
        EntryColumn.nameEN("indicator"),
        EntryColumn("program", .text, note: "Chương trình của chỉ tiêu: mã ở cột id của trang programs (không bắt buộc).\nThe indicator's programme id (optional).",
                    choices: .reference(table: "programs", column: "id")),
        EntryColumn("additive", .text, note: """
            Cộng được số liệu các đơn vị? true với số đếm (số hộ), false với tỷ lệ. Để trống: false.
            Can the units' values be added up? true for counts, false for rates. Empty: false.
            """, choices: EntryColumn.booleanWords),
        EntryColumn("derive", .text, note: """
            Cách tính số liệu qua sắp xếp đơn vị 2025: sum (cộng), ratio (tỷ số numerator/denominator), none (không tính). Để trống: sum nếu additive, còn lại none.
            How a figure is derived across the 2025 reorganisation: sum, ratio or none. Empty: sum when additive, else none.
            """, choices: EntryColumn.words(DerivationKind.self)),
        EntryColumn("numerator", .text, note: "Với derive = ratio: chỉ tiêu tử số (mã chỉ tiêu, có derive = sum).\nWith derive ratio: the indicator summed as the numerator.",
                    choices: .reference(table: "indicators", column: "id")),
        EntryColumn("denominator", .text, note: "Với derive = ratio: chỉ tiêu mẫu số (mã chỉ tiêu, có derive = sum).\nWith derive ratio: the indicator summed as the denominator.",
                    choices: .reference(table: "indicators", column: "id")),
    ])

    static let observations = EntryTable("observations", Observation.self, [
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
    ])

    static let targets = EntryTable("targets", Target.self, [
        EntryColumn("indicator", .text, note: "Mã chỉ tiêu (cột id của trang indicators).\nThe indicator's id.", choices: .reference(table: "indicators", column: "id")),
        EntryColumn.area(vi: "Đơn vị đặt mục tiêu, theo bản đồ của năm gốc (hoặc năm mục tiêu).", en: "The unit, on the map of the baseline year (or target year)."),
        EntryColumn.year("year", vi: "Năm mục tiêu.", en: "The target year."),
        EntryColumn("value", .number, note: "Giá trị mục tiêu, theo đơn vị của chỉ tiêu.\nThe target, in the indicator's unit."),
        EntryColumn.document("document", vi: "Văn bản đặt mục tiêu.", en: "The document that set the target."),
        EntryColumn.year("baseline_year", vi: "Năm gốc (không bắt buộc; đi cùng cột baseline).", en: "The baseline year (optional; goes with baseline)."),
        EntryColumn("baseline", .number, note: "Giá trị năm gốc (không bắt buộc; đi cùng cột baseline_year).\nThe baseline value (optional; goes with baseline_year)."),
        EntryColumn("note", .text, note: "Ghi chú: mục tiêu được đọc từ văn bản như thế nào.\nHow the target was read from the document."),
        EntryColumn.scheme(emptyVI: "theo năm gốc, hoặc năm mục tiêu", emptyEN: "from the baseline year, or the target year"),
    ])
}
