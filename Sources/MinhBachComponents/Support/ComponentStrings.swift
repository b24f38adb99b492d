import Foundation
import MinhBachText

/// The words components write on a page, in Vietnamese and English, in one
/// place. A site overrides any of them in `templates/i18n/<lang>.yaml` with
/// the key `components.<name>` (`components.no_data: "Chưa có dữ liệu"`).
/// `{year}`, `{value}`, `{percent}`, `{count}`, `{area}`, `{n}`, `{date}` are filled in.
struct ComponentStrings {
    let language: Language
    let overrides: [String: String]

    static let table: [String: (vi: String, en: String)] = [
        // Shared
        "no_data": ("Chưa có số liệu", "No data yet"),
        "source": ("Nguồn", "Source"),
        "sources": ("Nguồn", "Sources"),
        "target_set_by": ("Mục tiêu theo", "Target set by"),
        "illustrative": ("Dữ liệu minh họa", "Illustrative data"),
        "area": ("Địa bàn", "Area"),
        "indicator": ("Chỉ tiêu", "Indicator"),
        "target": ("Mục tiêu", "Target"),
        "target_year": ("Mục tiêu {year}", "Target {year}"),
        "missing_value": ("không có số liệu", "no data"),
        "table_caption_area": ("Các chỉ tiêu của {area}", "Indicators of {area}"),
        "unit_note": ("đơn vị: {unit}", "unit: {unit}"),
        // chart
        "show_data_table": ("Xem bảng số liệu", "Show data table"),
        "chart_units_of": ("các đơn vị thuộc {area}", "units of {area}"),
        "chart_line": ("Biểu đồ đường", "Line chart"),
        "chart_bar": ("Biểu đồ cột", "Bar chart"),
        "chart_column": ("Biểu đồ cột đứng", "Column chart"),
        "documents_caption": ("Văn bản", "Documents"),
        "no_documents": ("Chưa có văn bản", "No documents yet"),
        "period": ("{from}–{to}", "{from}–{to}"),
        "desc_series": ("{area}: {first} năm {from}, {last} năm {to}", "{area}: {first} in {from}, {last} in {to}"),
        "desc_single": ("{area}: {value} năm {year}", "{area}: {value} in {year}"),
        "desc_gaps": ("không có số liệu năm {years}", "no data for {years}"),
        "desc_highest": ("Cao nhất: {area} ({value})", "Highest: {area} ({value})"),
        "desc_lowest": ("thấp nhất: {area} ({value})", "lowest: {area} ({value})"),
        "target_label": ("Mục tiêu {year}: {value}", "Target {year}: {value}"),
        "reorganisation_break": ("Sắp xếp ĐVHC {date}", "Reorganisation {date}"),
        "unit_million_vnd": ("triệu đồng", "million VND"),
        "unit_criteria": ("tiêu chí", "criteria"),
        // kpi
        "compared_with": ("so với năm {year}", "compared with {year}"),
        "change_good": ("tích cực", "an improvement"),
        "change_bad": ("chưa tích cực", "a deterioration"),
        "target_for": ("Mục tiêu năm {year}: {value}", "Target for {year}: {value}"),
        "progress_pace": ("tốc độ {percent} so với yêu cầu", "{percent} of the required pace"),
        "in_year": ("năm {year}", "{year}"),
        // tasks
        "tasks_caption": ("Danh sách nhiệm vụ", "Tasks"),
        "task": ("Nhiệm vụ", "Task"),
        "lead": ("Chủ trì", "Lead"),
        "partners": ("Phối hợp", "Partners"),
        "deadline": ("Thời hạn", "Deadline"),
        "status": ("Tình trạng", "Status"),
        "status_planned": ("Chưa triển khai", "Planned"),
        "status_in_progress": ("Đang thực hiện", "In progress"),
        "status_done": ("Đã hoàn thành", "Done"),
        "status_overdue": ("Quá hạn", "Overdue"),
        "ongoing": ("Thường xuyên", "Ongoing"),
        "no_tasks": ("Không có nhiệm vụ phù hợp", "No matching tasks"),
        "task_count": ("{count} nhiệm vụ", "{count} tasks"),
        // criteria
        "criteria_caption": ("Tiêu chí nông thôn mới: {area}, năm {year}", "New Rural criteria: {area}, {year}"),
        "criterion": ("Tiêu chí", "Criterion"),
        "criterion_n": ("Tiêu chí {n}", "Criterion {n}"),
        "result": ("Kết quả", "Result"),
        "met": ("đạt", "met"),
        "not_met": ("chưa đạt", "not met"),
        "criteria_count": ("{count} tiêu chí", "{count} criteria"),
        "level": ("Mức đạt", "Level"),
        "level_none": ("Chưa đạt chuẩn", "Not yet recognised"),
        "level_standard": ("Đạt chuẩn", "Standard"),
        "level_advanced": ("Nâng cao", "Advanced"),
        "level_model": ("Kiểu mẫu", "Model"),
        "recognised_by": ("Quyết định công nhận", "Recognised by"),
        "group_1": ("Quy hoạch", "Planning"),
        "group_2": ("Hạ tầng kinh tế - xã hội", "Socio-economic infrastructure"),
        "group_3": ("Kinh tế và tổ chức sản xuất", "Economy and organisation of production"),
        "group_4": ("Văn hóa - Xã hội - Môi trường", "Culture, society and environment"),
        "group_5": ("Hệ thống chính trị, quốc phòng và an ninh", "Political system, defence and security"),
        // figures across the 1 July 2025 reorganisation (FigureNotes)
        "derived_mark": ("suy ra", "derived"),
        "derived_footnote": ("* Số liệu suy ra qua sắp xếp đơn vị hành chính ngày {date}: cộng từ các đơn vị trên cùng địa bàn.",
                             "* Derived across the reorganisation of {date}: added up from the units on the same ground."),
        "derived_note": ("Số liệu suy ra qua sắp xếp đơn vị hành chính ngày {date}, cộng từ {count} đơn vị: {units}.",
                         "Derived across the reorganisation of {date}, added up from {count} units: {units}."),
        "gap": ("Không suy ra được số liệu năm {year} của {area}: {reason}.", "No {year} figure can be derived for {area}: {reason}."),
        "gap_no_rule": ("chỉ tiêu này không tính gộp được qua sắp xếp đơn vị hành chính",
                        "this indicator cannot be added up across the reorganisation"),
        "gap_no_communes": ("dữ liệu không có xã, phường nào thuộc đơn vị này", "the data list no communes in this unit"),
        "gap_not_converted": ("{count} xã, phường không có trong bảng chuyển đổi ({units})",
                              "{count} communes are not in the conversion table ({units})"),
        "gap_straddles": ("{via} gồm cả địa bàn của {outside}, ngoài đơn vị này", "{via} also covers {outside}, outside this unit"),
        "gap_split": ("{units} chỉ nhập một phần vào đơn vị mới (bị chia tách) và chưa có số liệu riêng của địa bàn cũ",
                      "{units} went only partly into a new unit (it was split), and no figure is given for its former ground"),
        "gap_missing": ("chưa có số liệu “{indicator}” năm {year} của {units}", "“{indicator}” for {year} is missing for {units}"),
        "gap_zero": ("tổng “{indicator}” bằng 0", "“{indicator}” adds up to zero"),
        "units_more": ("{units} và {count} đơn vị khác", "{units} and {count} more"),
        "no_figure_in_year": ("Chưa có số liệu năm {year}.", "No figure for {year} yet."),
        "no_figure_at_all": ("Chưa có số liệu năm nào.", "No figure for any year yet."),
        // errors shown in the page
        "error_title": ("Lỗi trong khối '{name}'", "Error in the '{name}' block"),
    ]

    init(language: Language, overrides: [String: String]) {
        self.language = language
        self.overrides = overrides
    }

    /// The same filling as `callAsFunction`, on the bytes, when every brace
    /// has on each side nothing or a scalar that never joins a brace into a
    /// larger Character (ASCII, Latin letters, precomposed Vietnamese,
    /// punctuation such as “ ” and –): each brace is then a Character of
    /// its own, as the search by Characters finds it. Nil otherwise (a
    /// brace beside a combining mark, say). Searching by Characters made a
    /// call about 11,000 instructions (131 M on the example site).
    static func fillingOnBytes(_ text: String, _ values: [String: String]) -> String? {
        let bytes = Array(text.utf8)
        let (open, close) = (UInt8(ascii: "{"), UInt8(ascii: "}"))
        for (index, byte) in bytes.enumerated() where byte == open || byte == close {
            guard Self.standsAlone(bytes, before: index), Self.standsAlone(bytes, after: index) else { return nil }
        }
        // Names looked up as Strings, as the search by Characters looks them up.
        return Placeholders.fill(bytes) { values[String(decoding: $0, as: UTF8.self)] }
    }

    /// Scalars that neither extend the Character before them nor are
    /// prepended to the one after (no Extend, SpacingMark, ZWJ or Prepend
    /// scalar is in these ranges; U+200C and U+200D are left out).
    private static func neverJoins(_ value: UInt32) -> Bool {
        value < 0x300 || (0x1E00...0x1EFF).contains(value) || (0x2010...0x205E).contains(value)
    }

    /// The scalar before `index` (a brace), if any, never joins it.
    private static func standsAlone(_ bytes: [UInt8], before index: Int) -> Bool {
        guard index > 0 else { return true }
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return neverJoins(scalar(bytes, at: start))
    }

    /// The scalar after `index` (a brace), if any, never joins it.
    private static func standsAlone(_ bytes: [UInt8], after index: Int) -> Bool {
        index + 1 == bytes.count || neverJoins(scalar(bytes, at: index + 1))
    }

    /// The scalar whose UTF-8 starts at `index` (valid UTF-8: the bytes of a String).
    private static func scalar(_ bytes: [UInt8], at index: Int) -> UInt32 {
        let lead = bytes[index]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = length == 1 ? UInt32(lead) : UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return value
    }

    /// The text for `key`, with `{name}` placeholders filled in.
    func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        let text = overrides["components." + key] ?? Self.table[key].map { language == .vi ? $0.vi : $0.en } ?? key
        guard !values.isEmpty, text.utf8.contains(UInt8(ascii: "{")) else { return text }
        return Self.fillingOnBytes(text, values) ?? Self.fillingByCharacters(text, values)
    }

    /// `{name}` placeholders filled in one pass, so that a value containing
    /// `{name}` is never filled in itself.
    static func fillingByCharacters(_ text: String, _ values: [String: String]) -> String {
        var filled = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            filled += rest[..<open]
            if let close = rest[open...].firstIndex(of: "}"), let value = values[String(rest[rest.index(after: open)..<close])] {
                filled += value
                rest = rest[rest.index(after: close)...]
            } else {
                filled += "{"
                rest = rest[rest.index(after: open)...]
            }
        }
        return filled + rest
    }
}
