/// The entries of `MB2405`–`MB2499` (named in `DataMessage.entry`): checks
/// over whole tables (parents of areas, poverty standards, the criteria
/// table, derived indicators) and which files are read as tables.
extension MessageEntry {
    static let parentMissing = MessageEntry(
        .error, title: .text(vi: "Không tìm thấy đơn vị cấp trên", en: "A parent unit not in the list"),
        message: .text(vi: "Cột 'parent': không có đơn vị {code} trong {scheme}", en: "'parent': no area {code} in {scheme}"),
        hint: .text(vi: "Hãy liệt kê cả đơn vị cấp trên trong bảng areas, hoặc sửa lại mã", en: "list the parent unit in areas too, or correct the code"),
        example: [MessageArgument("code", "760"), MessageArgument("scheme", .text(vi: "danh mục cũ (trước ngày 1/7/2025)", en: "the legacy (before 1 July 2025) scheme"))],
        explanation: .text(vi: "Mỗi huyện, xã thuộc một đơn vị cấp trên trực tiếp, và đơn vị đó cũng phải có trong bảng areas để trang của đơn vị liên kết được với nhau.",
                           en: "Every district and commune belongs to the unit one level up, and that unit must be in areas too, so that the units' pages link to each other."))
    static let parentWrongLevel = MessageEntry(
        .error, title: .text(vi: "Đơn vị cấp trên không đúng cấp", en: "A parent unit of the wrong level"),
        message: .text(vi: "Cột 'parent': {code} là {name}, đơn vị cấp {level}; trong {scheme}, đơn vị cấp trên của cấp {child} là cấp {expected}",
                       en: "'parent': {code} is {name}, a {level}; the parent of a {child} in {scheme} is a {expected}"),
        hint: .text(vi: "Hãy ghi mã của đơn vị cấp {expected} chứa đơn vị này", en: "write the code of the {expected} this unit belongs to"),
        example: [MessageArgument("code", "79"), MessageArgument("name", "Thành phố Hồ Chí Minh"), MessageArgument("level", .text(vi: "tỉnh", en: "province")),
                  MessageArgument("child", .text(vi: "xã", en: "commune")),
                  MessageArgument("scheme", .text(vi: "danh mục cũ (trước ngày 1/7/2025)", en: "the legacy (before 1 July 2025) scheme")),
                  MessageArgument("expected", .text(vi: "huyện", en: "district"))],
        explanation: .text(vi: "Trong danh mục cũ, xã thuộc huyện và huyện thuộc tỉnh; trong danh mục 2025, xã thuộc thẳng tỉnh.",
                           en: "In the legacy scheme communes belong to districts and districts to provinces; in the 2025 scheme communes belong directly to provinces."))
    static let povertyStandardsOverlap = MessageEntry(
        .error, title: .text(vi: "Hai chuẩn nghèo cùng áp dụng một năm", en: "Poverty standards that overlap"),
        message: .text(vi: "Chuẩn nghèo '{id}' ({start}–{end}) trùng thời gian với '{other}' ({otherStart}–{otherEnd})",
                       en: "poverty standard '{id}' ({start}–{end}) overlaps '{other}' ({otherStart}–{otherEnd})"),
        hint: .text(vi: "Mỗi năm chỉ áp dụng một chuẩn nghèo: hãy sửa lại giai đoạn", en: "only one poverty standard applies in a year: correct the periods"),
        example: [MessageArgument("id", "2022-2025"), MessageArgument("start", "2021"), MessageArgument("end", "2025"),
                  MessageArgument("other", "2016-2020"), MessageArgument("otherStart", "2016"), MessageArgument("otherEnd", "2021")],
        explanation: .text(vi: "Tỷ lệ hộ nghèo của một năm được tính theo chuẩn nghèo của năm đó, nên các giai đoạn không được chồng lên nhau.",
                           en: "A year's poverty rate is measured by that year's standard, so the periods may not overlap."))
    static let criteriaTableIncomplete = MessageEntry(
        .warning, title: .text(vi: "Bảng tiêu chí thiếu tiêu chí", en: "A criteria table without every criterion"),
        message: .text(vi: "Thiếu các tiêu chí {missing}", en: "criteria {missing} are missing"),
        hint: .text(vi: "Bộ tiêu chí quốc gia có 19 tiêu chí (Quyết định 318/QĐ-TTg)", en: "the national set has 19 criteria (Quyết định 318/QĐ-TTg)"),
        example: [MessageArgument("missing", "18, 19")],
        explanation: .text(vi: "Bảng tiêu chí đặt tên cho các tiêu chí trên trang; tiêu chí thiếu tên thì chỉ hiện số.",
                           en: "The criteria table names the criteria on the site; a criterion without a name shows as its number."))
    static let derivePartsWithoutRatio = MessageEntry(
        .error, title: .text(vi: "Tử số, mẫu số cho chỉ tiêu không phải tỷ lệ", en: "A numerator or denominator without a ratio"),
        message: .text(vi: "Cột 'numerator' và 'denominator' chỉ dùng với 'derive: ratio'", en: "'numerator' and 'denominator' are for 'derive: ratio'"),
        hint: .text(vi: "Hãy ghi 'derive: ratio', hoặc để trống cả 'numerator' và 'denominator'", en: "write 'derive: ratio', or leave 'numerator' and 'denominator' empty"),
        explanation: .derivation)
    static let derivePercentageSum = MessageEntry(
        .error, title: .text(vi: "Cộng dồn một tỷ lệ phần trăm", en: "A percentage added up"),
        message: .text(vi: "Không thể cộng dồn tỷ lệ phần trăm của các đơn vị", en: "a percentage cannot be added up across units"),
        hint: .text(vi: "Hãy ghi 'derive: ratio' kèm chỉ tiêu làm tử số 'numerator' và mẫu số 'denominator' (ví dụ số hộ nghèo và tổng số hộ)",
                    en: "write 'derive: ratio' with the indicators of its 'numerator' and 'denominator' (e.g. poor households and all households)"),
        explanation: .derivation)
    static let deriveRatioWithoutNumerator = MessageEntry(
        .error, title: .text(vi: "Tỷ lệ thiếu tử số", en: "A ratio without its numerator"),
        message: .text(vi: "Chỉ tiêu 'derive: ratio' cần chỉ tiêu được cộng dồn làm tử số", en: "'derive: ratio' needs the indicator to add up above the line"),
        hint: .text(vi: "Ví dụ 'numerator: poor_households' (số hộ nghèo)", en: "e.g. 'numerator: poor_households'"),
        explanation: .derivation)
    static let deriveRatioWithoutDenominator = MessageEntry(
        .error, title: .text(vi: "Tỷ lệ thiếu mẫu số", en: "A ratio without its denominator"),
        message: .text(vi: "Chỉ tiêu 'derive: ratio' cần chỉ tiêu được cộng dồn làm mẫu số", en: "'derive: ratio' needs the indicator to add up below the line"),
        hint: .text(vi: "Ví dụ 'denominator: households' (tổng số hộ)", en: "e.g. 'denominator: households'"),
        explanation: .derivation)
    static let ratioPartMissingNear = MessageEntry(
        .error, title: .text(vi: "Tử số hoặc mẫu số không có, gần giống một chỉ tiêu khác", en: "A part of a ratio not found, close to another indicator"),
        message: .text(vi: "Cột '{column}': không tìm thấy chỉ tiêu '{part}'", en: "'{column}': no indicator '{part}'"),
        hint: .text(vi: "Có phải ý là '{suggestion}'? Nếu không, hãy thêm chỉ tiêu vào bảng indicators với 'derive: sum' và số liệu của nó vào observations",
                    en: "did you mean '{suggestion}'? add it to indicators with 'derive: sum' and its figures to observations"),
        example: [MessageArgument("column", "numerator"), MessageArgument("part", "ho_ngheo"), MessageArgument("suggestion", "ho-ngheo")],
        explanation: .derivation)
    static let ratioPartMissing = MessageEntry(
        .error, title: .text(vi: "Tử số hoặc mẫu số không có", en: "A part of a ratio not found"),
        message: .text(vi: "Cột '{column}': không tìm thấy chỉ tiêu '{part}'", en: "'{column}': no indicator '{part}'"),
        hint: .text(vi: "Hãy thêm chỉ tiêu vào bảng indicators với 'derive: sum' và số liệu của nó vào observations",
                    en: "add it to indicators with 'derive: sum' and its figures to observations"),
        example: [MessageArgument("column", "denominator"), MessageArgument("part", "tong-so-ho")],
        explanation: .derivation)
    static let ratioPartNotSummed = MessageEntry(
        .error, title: .text(vi: "Tử số hoặc mẫu số không cộng dồn được", en: "A part of a ratio that cannot be added up"),
        message: .text(vi: "Cột '{column}': chỉ tiêu '{part}' không cộng dồn được giữa các đơn vị", en: "'{column}': indicator '{part}' cannot be added up across units"),
        hint: .text(vi: "Tử số và mẫu số của một tỷ lệ là số đếm: hãy ghi 'derive: sum' cho '{part}'", en: "the parts of a ratio are counts: give '{part}' 'derive: sum'"),
        example: [MessageArgument("column", "numerator"), MessageArgument("part", "ty-le-ho-ngheo")],
        explanation: .derivation)
}

extension LocalizedText {
    static let derivation = LocalizedText(
        vi: "MinhBạch tự tính số liệu của đơn vị cấp trên: cộng dồn ('derive: sum') các số đếm, và chia tử số cho mẫu số ('derive: ratio') cho các tỷ lệ, vì tỷ lệ của các đơn vị không cộng được với nhau.",
        en: "MinhBạch computes the figures of higher units: counts are added up ('derive: sum'), and ratios divide a numerator by a denominator ('derive: ratio'), since ratios of units cannot be added.")
}
