/// The entries of `MB32xx` (named in `ComponentMessage.entry`): the ids and
/// areas a block names, looked up in the data, and the figures it finds.
extension MessageEntry {
    static let referenceMisspelt = MessageEntry(
        .error, title: .text(vi: "Mã viết sai", en: "A misspelt id"),
        message: .referenceNotFound, hint: .text(vi: "Có phải ý bạn là '{near}'?", en: "did you mean '{near}'?"),
        example: [MessageArgument("key", "indicator"), MessageArgument("kind", .text(vi: "chỉ tiêu", en: "indicator")),
                  MessageArgument("id", "poverty_rat"), MessageArgument("near", "poverty_rate")],
        explanation: .dataReferences)
    static let referenceNotFound = MessageEntry(
        .error, title: .text(vi: "Mã không có trong dữ liệu", en: "An id that is not in the data"),
        message: .referenceNotFound,
        hint: .text(vi: "Hãy kiểm tra mã trong bảng {table} của content/data", en: "check the id in the {table} table of content/data"),
        example: [MessageArgument("key", "indicator"), MessageArgument("kind", .text(vi: "chỉ tiêu", en: "indicator")),
                  MessageArgument("id", "ty_le_ngheo"), MessageArgument("table", "indicators")],
        explanation: .dataReferences)
    static let referenceListed = MessageEntry(
        .error, title: .text(vi: "Mã không có trong một bảng ngắn", en: "An id that is not in a short table"),
        message: .referenceNotFound,
        hint: .text(vi: "Bảng {table} chỉ có {ids}", en: "the {table} table has {ids}"),
        example: [MessageArgument("key", "lead"), MessageArgument("kind", .text(vi: "cơ quan", en: "agency")), MessageArgument("id", "so-gd"),
                  MessageArgument("table", "agencies"), MessageArgument("ids", .text(vi: "'so-ldtbxh' và 'so-noi-vu'", en: "'so-ldtbxh' and 'so-noi-vu'"))],
        explanation: .dataReferences)
    static let referenceTableEmpty = MessageEntry(
        .error, title: .text(vi: "Mã tìm trong một bảng rỗng", en: "An id looked up in an empty table"),
        message: .referenceNotFound,
        hint: .text(vi: "Bảng {table} trong content/data đang trống hoặc chưa có", en: "the {table} table is empty or missing in content/data"),
        example: [MessageArgument("key", "source"), MessageArgument("kind", .text(vi: "văn bản", en: "document")),
                  MessageArgument("id", "qd-241"), MessageArgument("table", "documents")],
        explanation: .dataReferences)
    static let areaNeeded = MessageEntry(
        .error, title: .text(vi: "Khối cần địa bàn trên trang không có địa bàn", en: "A block without an area on a page without one"),
        message: .text(vi: "Khối '{block}' cần có mục '{key}' khi đặt trên trang không gắn với địa bàn nào",
                       en: "the '{block}' block needs '{key}' on a page without an area"),
        hint: .text(vi: "Hãy thêm một dòng như '{example}', hoặc đặt khối trên trang của một địa bàn, nơi nó chỉ địa bàn của trang",
                    en: "add a line such as '{example}', or use the block on an area page, where it means the page's area"),
        example: [MessageArgument("block", "kpi"), MessageArgument("key", "area"), MessageArgument("example", "area: \"01834\"")],
        explanation: .areaReferences)
    static let childrenForOneArea = MessageEntry(
        .error, title: .text(vi: "'children' ở chỗ chỉ nhận một địa bàn", en: "'children' where one area goes"),
        message: .text(vi: "Mục '{key}': 'children' chỉ nhiều đơn vị, còn '{key}' chỉ nhận một", en: "'{key}': 'children' names several units; '{key}' takes one"),
        hint: .text(vi: "Hãy viết 'this', 'parent' hoặc một mã địa bàn", en: "write 'this', 'parent' or an area code"),
        example: [MessageArgument("key", "area")], explanation: .areaReferences)
    static let childrenInTable = MessageEntry(
        .error, title: .text(vi: "'children' ở chỗ bảng chỉ nhận một địa bàn", en: "'children' where a table takes one area"),
        message: .text(vi: "Mục '{key}': 'children' chỉ nhiều đơn vị, còn '{key}' chỉ nhận một", en: "'{key}': 'children' names several units; '{key}' takes one"),
        hint: .text(vi: "Hãy dùng 'indicator' và 'areas: children' để mỗi đơn vị có một hàng", en: "use 'indicator' and 'areas: children' for one row per unit"),
        example: [MessageArgument("key", "area")], explanation: .areaReferences)
    static let pageHasNoArea = MessageEntry(
        .error, title: .text(vi: "Chỉ địa bàn của trang trên trang không có địa bàn", en: "The page's area on a page without one"),
        message: .text(vi: "Mục '{key}': '{value}' chỉ địa bàn của trang, nhưng trang này không gắn với địa bàn nào",
                       en: "'{key}': '{value}' refers to the page's area, and this page has none"),
        hint: .text(vi: "Hãy viết mã địa bàn thay vào, ví dụ '{example}'", en: "write an area code instead, e.g. '{example}'"),
        example: [MessageArgument("key", "area"), MessageArgument("value", "this"), MessageArgument("example", "01834")],
        explanation: .areaReferences)
    static let noParentUnit = MessageEntry(
        .error, title: .text(vi: "Địa bàn không có đơn vị cấp trên", en: "An area without a parent unit"),
        message: .text(vi: "Mục '{key}': {area} không có đơn vị cấp trên", en: "'{key}': {area} has no parent unit"),
        example: [MessageArgument("key", "area"), MessageArgument("area", "Tỉnh Bắc Ninh")], explanation: .areaReferences)
    static let noUnitsBelow = MessageEntry(
        .error, title: .text(vi: "Địa bàn không có đơn vị trực thuộc", en: "An area without units below it"),
        message: .text(vi: "Mục '{key}': {area} không có đơn vị trực thuộc", en: "'{key}': {area} has no units below it"),
        example: [MessageArgument("key", "areas"), MessageArgument("area", "Xã Tam Đa")], explanation: .areaReferences)
    static let notAScheme = MessageEntry(
        .error, title: .text(vi: "Tên hệ mã viết sai", en: "An unknown code scheme"),
        message: .text(vi: "Mục '{key}': '{prefix}' không phải tên một hệ mã", en: "'{key}': '{prefix}' is not a scheme"),
        hint: .text(vi: "Hãy viết 'legacy:' hoặc '2025:' trước mã, hoặc chỉ viết mã", en: "write 'legacy:' or '2025:' before the code, or the code alone"),
        example: [MessageArgument("key", "area"), MessageArgument("prefix", "cu")],
        explanation: .text(
            vi: "Mã địa bàn được tìm trong hệ mã của trang (hoặc hệ mã có hiệu lực trong năm báo cáo), rồi trong hệ mã còn lại. 'legacy:01834' chỉ tìm trong hệ mã cũ, '2025:01843' chỉ tìm trong hệ mã sau sắp xếp năm 2025.",
            en: "An area code is looked up in the page's scheme (or the one in force in the reporting year), then in the other. 'legacy:01834' looks only in the old scheme, '2025:01843' only in the scheme after the 2025 reorganisation."))
    static let areaCodeLostZeros = MessageEntry(
        .warning, title: .text(vi: "Mã địa bàn mất số 0 ở đầu", en: "An area code that lost its leading zeros"),
        message: .text(vi: "Mục '{key}': mã '{code}' bị mất số 0 ở đầu; đã đọc thành '{padded}' ({area})",
                       en: "'{key}': code '{code}' lost its leading zeros; read as '{padded}' ({area})"),
        hint: .text(vi: "Hãy viết mã đủ các số 0, đặt trong dấu ngoặc kép: \"{padded}\"", en: "write the code with its zeros, in quotes: \"{padded}\""),
        example: [MessageArgument("key", "area"), MessageArgument("code", "1834"), MessageArgument("padded", "01834"), MessageArgument("area", "Xã Tam Đa")],
        explanation: .text(
            vi: "Mã địa bàn có số 0 ở đầu (01834). Viết không có dấu ngoặc kép, mã được đọc như một con số và mất các số 0 đó; khi chỉ một địa bàn khớp, mã được đọc lại đủ các số 0.",
            en: "Area codes start with zeros (01834). Written without quotes, a code is read as a number and loses them; when exactly one area matches, the code is read with its zeros again."))
    static let areaMisspelt = MessageEntry(
        .error, title: .text(vi: "Địa bàn viết sai", en: "A misspelt area"),
        message: .text(vi: "Mục '{key}': không có địa bàn '{written}'", en: "'{key}': no area '{written}'"),
        hint: .text(vi: "Có phải ý bạn là {near}?", en: "did you mean {near}?"),
        example: [MessageArgument("key", "area"), MessageArgument("written", "thsi"), MessageArgument("near", "'this'")],
        explanation: .areaReferences)
    static let areaNotFound = MessageEntry(
        .error, title: .text(vi: "Địa bàn không có trong dữ liệu", en: "An area that is not in the data"),
        message: .text(vi: "Mục '{key}': không có địa bàn '{written}'", en: "'{key}': no area '{written}'"),
        hint: .text(vi: "Hãy viết mã của một đơn vị trong bảng areas (5 chữ số cho xã, 3 cho huyện, 2 cho tỉnh), hoặc 'this', 'parent', 'children'",
                    en: "write the code of a unit in the areas table (5 digits for a commune, 3 for a district, 2 for a province), or 'this', 'parent', 'children'"),
        example: [MessageArgument("key", "areas"), MessageArgument("written", "Tam Đa")], explanation: .areaReferences)
    static let noFigures = MessageEntry(
        .warning, title: .text(vi: "Không có số liệu để vẽ", en: "No figures to show"),
        message: .text(vi: "Không có số liệu của {indicators} cho {areas}{period}", en: "no figures of {indicators} for {areas}{period}"),
        hint: .text(vi: "Hãy kiểm tra chỉ tiêu, địa bàn và các năm, hoặc bổ sung số liệu vào content/data/observations",
                    en: "check the indicator, the areas and the years, or add the figures to content/data/observations"),
        example: [MessageArgument("indicators", "'poverty_rate'"), MessageArgument("areas", "Xã Tam Đa (01834)"),
                  MessageArgument("period", .text(vi: " giai đoạn 2021–2025", en: " in 2021–2025"))],
        explanation: .noData)
    static let noFigure = MessageEntry(
        .warning, title: .text(vi: "Chỉ tiêu chưa có số liệu", en: "An indicator without figures"),
        message: .text(vi: "Không có số liệu của '{indicator}' cho {area}{year}", en: "no figure of '{indicator}' for {area}{year}"),
        hint: .text(vi: "Hãy bổ sung số liệu vào content/data/observations", en: "add the figures to content/data/observations"),
        example: [MessageArgument("indicator", "poverty_rate"), MessageArgument("area", "Xã Tam Đa (01834)"), MessageArgument("year", .text(vi: "", en: ""))],
        explanation: .noData)
    static let noFigureInYear = MessageEntry(
        .warning, title: .text(vi: "Chỉ tiêu chưa có số liệu của năm được hỏi", en: "No figure for the year asked"),
        message: .text(vi: "Không có số liệu của '{indicator}' cho {area}{year}", en: "no figure of '{indicator}' for {area}{year}"),
        hint: .text(vi: "Chỉ có số liệu các năm {years}", en: "figures exist for {years}"),
        example: [MessageArgument("indicator", "poverty_rate"), MessageArgument("area", "Xã Tam Đa (01834)"),
                  MessageArgument("year", .text(vi: " năm 2025", en: " in 2025")), MessageArgument("years", "2021, 2022, 2023")],
        explanation: .noData)
    static let noCriteriaResult = MessageEntry(
        .warning, title: .text(vi: "Chưa có kết quả nông thôn mới", en: "No New Rural result"),
        message: .text(vi: "Không có kết quả nông thôn mới của {area}{year}", en: "no New Rural result for {area}{year}"),
        hint: .text(vi: "Hãy bổ sung kết quả của xã vào content/data/ntm", en: "add the commune's result to content/data/ntm"),
        example: [MessageArgument("area", "Xã Tam Đa (01834)"), MessageArgument("year", .text(vi: "", en: ""))],
        explanation: .noData)
    static let noCriteriaResultInYear = MessageEntry(
        .warning, title: .text(vi: "Chưa có kết quả nông thôn mới của năm được hỏi", en: "No New Rural result for the year asked"),
        message: .text(vi: "Không có kết quả nông thôn mới của {area}{year}", en: "no New Rural result for {area}{year}"),
        hint: .text(vi: "Chỉ có kết quả các năm {years}", en: "results exist for {years}"),
        example: [MessageArgument("area", "Xã Tam Đa (01834)"), MessageArgument("year", .text(vi: " năm 2025", en: " in 2025")),
                  MessageArgument("years", "2022, 2023")],
        explanation: .noData)
    static let noDocuments = MessageEntry(
        .warning, title: .text(vi: "Bảng văn bản rỗng", en: "No documents at all"),
        message: .text(vi: "Bảng documents chưa có văn bản nào", en: "the documents table has no documents"),
        hint: .text(vi: "Hãy thêm các văn bản vào content/data/documents", en: "add the documents to content/data/documents"),
        explanation: .noData)
    static let noDocumentMatches = MessageEntry(
        .warning, title: .text(vi: "Không có văn bản khớp", en: "No document that matches"),
        message: .text(vi: "Không có văn bản nào khớp {asked}", en: "no document matches {asked}"),
        hint: .checkDocuments, example: [MessageArgument("asked", "'Nghị quyết', 2024")], explanation: .noData)
    static let noDocumentMatchesMisspelt = MessageEntry(
        .warning, title: .text(vi: "Loại văn bản viết sai", en: "A misspelt kind of document"),
        message: .text(vi: "Không có văn bản nào khớp {asked}", en: "no document matches {asked}"),
        hint: .text(vi: "Có phải ý bạn là '{near}'?", en: "did you mean '{near}'?"),
        example: [MessageArgument("asked", "'Nghi quyet'"), MessageArgument("near", "Nghị quyết")], explanation: .noData)
}

extension LocalizedText {
    static let referenceNotFound = LocalizedText(vi: "Mục '{key}': không tìm thấy {kind} '{id}'", en: "'{key}': no {kind} '{id}'")
    static let checkDocuments = LocalizedText(
        vi: "Hãy kiểm tra cột 'kind' và 'date' của content/data/documents", en: "check the 'kind' and 'date' columns of content/data/documents")
    static let dataReferences = LocalizedText(
        vi: "Chỉ tiêu, văn bản và cơ quan được gọi bằng mã của chúng trong các bảng indicators, documents và agencies của content/data. Khối gọi một mã không có trong bảng thì không được hiển thị.",
        en: "Indicators, documents and agencies are named by their id in the indicators, documents and agencies tables of content/data. A block naming an id that is not there is not shown.")
    static let areaReferences = LocalizedText(
        vi: "Một địa bàn được viết bằng mã của nó trong bảng areas, hoặc bằng 'this' (địa bàn của trang), 'parent' (đơn vị cấp trên) hay 'children' (các đơn vị trực thuộc). Trên trang không gắn với địa bàn nào, phải viết mã.",
        en: "An area is written as its code in the areas table, or as 'this' (the page's area), 'parent' (the unit above it) or 'children' (the units below it). On a page without an area, write a code.")
    static let noData = LocalizedText(
        vi: "Khi dữ liệu chưa có gì cho điều khối hỏi, trang vẫn được dựng và khối hiện dòng 'Chưa có số liệu' (khối văn bản: 'Chưa có văn bản'). Đây là cảnh báo, để văn phòng bổ sung dữ liệu hoặc sửa khối.",
        en: "When the data has nothing yet for what a block asks, the page is still built and the block shows 'Chưa có số liệu' (no data yet; a documents block, 'Chưa có văn bản'). It is a warning, so that the office can add the data or correct the block.")
}

