/// Messages about the components written in pages (`MB3xxx`): `MB31xx` the
/// keys and values of a block, `MB32xx` the ids, areas and figures a block
/// looks up in the data, `MB33xx` charts.
public enum ComponentMessage: Int, MessageCatalogue {
    // The keys and values of a block.
    case keyMissing = 101
    case keyTakesOneValue = 102
    case keyHasNoValue = 103
    case keyNotAList = 104
    case listItemNotAValue = 105
    case listEmpty = 106
    case notTrueOrFalse = 107
    case notAYear = 108
    case notARangeOfYears = 109
    case yearsBackwards = 110
    case bodyNotKeyValue = 111
    case unknownKey = 112
    case unknownKeyMisspelt = 113
    case notAnOption = 114
    case notAnOptionMisspelt = 115
    case unknownComponent = 116
    case indicatorAndIndicators = 117
    case tableNeedsIndicator = 118
    case areasWithIndicators = 119
    case areaWithIndicator = 120
    // What a block looks up in the data.
    case referenceMisspelt = 201
    case referenceNotFound = 202
    case referenceListed = 203
    case referenceTableEmpty = 204
    case areaNeeded = 205
    case childrenForOneArea = 206
    case childrenInTable = 207
    case pageHasNoArea = 208
    case noParentUnit = 209
    case noUnitsBelow = 210
    case notAScheme = 211
    case areaCodeLostZeros = 212
    case areaMisspelt = 213
    case areaNotFound = 214
    case noFigures = 215
    case noFigure = 216
    case noFigureInYear = 217
    case noCriteriaResult = 218
    case noCriteriaResultInYear = 219
    case noDocuments = 220
    case noDocumentMatches = 221
    case noDocumentMatchesMisspelt = 222
    // Charts.
    case chartTakesYears = 301
    case yearAndYears = 302

    public static let area = MessageArea.components
    public var number: Int { rawValue }

    public var entry: MessageEntry {
        switch self {
        case .keyMissing:
            return MessageEntry(
                .error, title: .text(vi: "Khối thiếu một mục bắt buộc", en: "A block without a key it needs"),
                message: .text(vi: "Khối '{block}' cần có mục '{key}'", en: "the '{block}' block needs '{key}'"),
                hint: .text(vi: "Hãy thêm một dòng như '{example}'", en: "add a line such as '{example}'"),
                example: [MessageArgument("block", "chart"), MessageArgument("key", "indicator"), MessageArgument("example", "indicator: poverty_rate")],
                explanation: .blockKeys)
        case .keyTakesOneValue:
            return MessageEntry(
                .error, title: .text(vi: "Một danh sách ở chỗ chỉ nhận một giá trị", en: "A list where one value goes"),
                message: .text(vi: "Mục '{key}' chỉ nhận một giá trị, không nhận danh sách", en: "'{key}' takes one value, not a list"),
                hint: .text(vi: "Hãy viết '{key}: giá trị'", en: "write '{key}: value'"),
                example: [MessageArgument("key", "indicator")], explanation: .blockKeys)
        case .keyHasNoValue:
            return MessageEntry(
                .error, title: .text(vi: "Mục không có giá trị", en: "A key without a value"),
                message: .text(vi: "Mục '{key}' chưa có giá trị", en: "'{key}' has no value"),
                hint: .text(vi: "Hãy viết giá trị sau '{key}:', hoặc xoá dòng này", en: "write a value after '{key}:', or remove the line"),
                example: [MessageArgument("key", "indicator")], explanation: .blockKeys)
        case .keyNotAList:
            return MessageEntry(
                .error, title: .text(vi: "Các dòng 'khoá: giá trị' ở chỗ cần một danh sách", en: "'key: value' lines where a list goes"),
                message: .text(vi: "Mục '{key}' nhận một giá trị hoặc một danh sách như [a, b], không nhận các dòng 'khoá: giá trị'",
                               en: "'{key}' takes a value or a list such as [a, b], not 'key: value' lines"),
                example: [MessageArgument("key", "areas")], explanation: .blockKeys)
        case .listItemNotAValue:
            return MessageEntry(
                .error, title: .text(vi: "Một mục của danh sách không phải một giá trị", en: "A list item that is not one value"),
                message: .text(vi: "Mỗi mục của '{key}' phải là một giá trị", en: "each item of '{key}' must be a single value"),
                example: [MessageArgument("key", "areas")], explanation: .blockKeys)
        case .listEmpty:
            return MessageEntry(
                .error, title: .text(vi: "Danh sách rỗng", en: "An empty list"),
                message: .text(vi: "Danh sách '{key}' đang trống", en: "'{key}' is an empty list"),
                hint: .text(vi: "Hãy ghi ít nhất một giá trị, hoặc xoá dòng này", en: "list at least one value, or remove the line"),
                example: [MessageArgument("key", "areas")], explanation: .blockKeys)
        case .notTrueOrFalse:
            return MessageEntry(
                .error, title: .text(vi: "Giá trị không phải có/không", en: "A value that is not true or false"),
                message: .text(vi: "Mục '{key}' phải là true hoặc false (có hoặc không), nhưng đang là '{value}'",
                               en: "'{key}' must be true or false, found '{value}'"),
                example: [MessageArgument("key", "total"), MessageArgument("value", "maybe")], explanation: .blockKeys)
        case .notAYear:
            return MessageEntry(
                .error, title: .text(vi: "Năm viết sai", en: "A year written wrongly"),
                message: .text(vi: "Mục '{key}': '{value}' không phải là một năm", en: "'{key}': '{value}' is not a year"),
                hint: .text(vi: "Hãy viết năm đủ bốn chữ số, ví dụ '{key}: {year}'", en: "write the year in four digits, e.g. '{key}: {year}'"),
                example: [MessageArgument("key", "year"), MessageArgument("value", "24"), MessageArgument("year", "2024")],
                explanation: .blockKeys)
        case .notARangeOfYears:
            return MessageEntry(
                .error, title: .text(vi: "Khoảng năm viết sai", en: "A range of years written wrongly"),
                message: .text(vi: "Mục '{key}': '{value}' không phải là một khoảng năm", en: "'{key}': '{value}' is not a range of years"),
                hint: .text(vi: "Hãy viết năm đầu và năm cuối nối bằng dấu '-', ví dụ '{key}: 2021-2025'",
                            en: "write the first and last year joined by '-', e.g. '{key}: 2021-2025'"),
                example: [MessageArgument("key", "years"), MessageArgument("value", "2021 đến 2025")], explanation: .blockKeys)
        case .yearsBackwards:
            return MessageEntry(
                .error, title: .text(vi: "Khoảng năm viết ngược", en: "A range of years written backwards"),
                message: .text(vi: "Mục '{key}': '{value}' bị viết ngược; năm đầu phải đứng trước",
                               en: "'{key}': '{value}' runs backwards; the first year must come first"),
                hint: .text(vi: "Hãy viết '{key}: {range}'", en: "write '{key}: {range}'"),
                example: [MessageArgument("key", "years"), MessageArgument("value", "2025-2021"), MessageArgument("range", "2021-2025")],
                explanation: .blockKeys)
        case .bodyNotKeyValue: return .bodyNotKeyValue
        case .unknownKey: return .unknownKey
        case .unknownKeyMisspelt: return .unknownKeyMisspelt
        case .notAnOption: return .notAnOption
        case .notAnOptionMisspelt: return .notAnOptionMisspelt
        case .unknownComponent: return .unknownComponent
        case .indicatorAndIndicators: return .indicatorAndIndicators
        case .tableNeedsIndicator: return .tableNeedsIndicator
        case .areasWithIndicators: return .areasWithIndicators
        case .areaWithIndicator: return .areaWithIndicator
        case .referenceMisspelt: return .referenceMisspelt
        case .referenceNotFound: return .referenceNotFound
        case .referenceListed: return .referenceListed
        case .referenceTableEmpty: return .referenceTableEmpty
        case .areaNeeded: return .areaNeeded
        case .childrenForOneArea: return .childrenForOneArea
        case .childrenInTable: return .childrenInTable
        case .pageHasNoArea: return .pageHasNoArea
        case .noParentUnit: return .noParentUnit
        case .noUnitsBelow: return .noUnitsBelow
        case .notAScheme: return .notAScheme
        case .areaCodeLostZeros: return .areaCodeLostZeros
        case .areaMisspelt: return .areaMisspelt
        case .areaNotFound: return .areaNotFound
        case .noFigures: return .noFigures
        case .noFigure: return .noFigure
        case .noFigureInYear: return .noFigureInYear
        case .noCriteriaResult: return .noCriteriaResult
        case .noCriteriaResultInYear: return .noCriteriaResultInYear
        case .noDocuments: return .noDocuments
        case .noDocumentMatches: return .noDocumentMatches
        case .noDocumentMatchesMisspelt: return .noDocumentMatchesMisspelt
        case .chartTakesYears:
            return MessageEntry(
                .error, title: .text(vi: "Biểu đồ theo năm chỉ được cho một năm", en: "A chart of years given one year"),
                message: .text(vi: "Biểu đồ '{type}' thể hiện một khoảng năm, còn 'year' chỉ là một năm",
                               en: "a '{type}' chart shows a range of years, and 'year' gives one"),
                hint: .text(vi: "Hãy viết 'years: 2021-2025' thay cho 'year', hoặc 'type: bar'",
                            en: "write 'years: 2021-2025' instead of 'year', or 'type: bar'"),
                example: [MessageArgument("type", "line")],
                explanation: .text(
                    vi: "Biểu đồ đường ('line') và biểu đồ cột ('column') vẽ số liệu qua các năm; biểu đồ thanh ('bar') so sánh các địa bàn trong một năm.",
                    en: "Line and column charts draw the figures across years; a bar chart compares areas in one year."))
        case .yearAndYears:
            return MessageEntry(
                .error, title: .text(vi: "Khối có cả 'year' và 'years'", en: "A block with both 'year' and 'years'"),
                message: .text(vi: "Chỉ viết 'year' (một năm, mỗi địa bàn một thanh) hoặc 'years' (một khoảng năm), không viết cả hai",
                               en: "give either 'year' (one year, a bar per area) or 'years' (a range of years), not both"),
                explanation: .blockKeys)
        }
    }
}

extension LocalizedText {
    static let blockKeys = LocalizedText(
        vi: "Một khối thành phần (```chart, ```kpi, ```table…) trong trang gồm các dòng 'khoá: giá trị'. Khối có lỗi không được hiển thị; trang vẫn được dựng và chỗ của khối ghi rõ lỗi.",
        en: "A component block (```chart, ```kpi, ```table…) in a page is made of 'key: value' lines. A block with an error is not shown; the page is still built and the block's place names the problem.")
}
