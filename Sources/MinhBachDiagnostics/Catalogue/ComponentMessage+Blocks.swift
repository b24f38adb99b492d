/// The entries of `MB3111`–`MB3120` (named in `ComponentMessage.entry`): a
/// block's name, its body, its keys and the words a key allows.
extension MessageEntry {
    static let bodyNotKeyValue = MessageEntry(
        .error, title: .text(vi: "Nội dung khối không phải các dòng 'khoá: giá trị'", en: "A block body that is not 'key: value' lines"),
        message: .text(vi: "Nội dung khối '{block}' phải gồm các dòng 'khoá: giá trị'", en: "the body of a '{block}' block must be 'key: value' lines"),
        hint: .text(vi: "Ví dụ: 'indicator: poverty_rate' trên một dòng và 'years: 2021-2025' ở dòng tiếp theo",
                    en: "for example 'indicator: poverty_rate' on one line and 'years: 2021-2025' on the next"),
        example: [MessageArgument("block", "chart")], explanation: .blockKeys)
    static let unknownKey = MessageEntry(
        .warning, title: .text(vi: "Khối có một mục không dùng đến", en: "A key the block does not take"),
        message: .text(vi: "Khối '{block}' không có mục '{key}'; dòng này bị bỏ qua", en: "unknown key '{key}' in the '{block}' block; it is ignored"),
        hint: .text(vi: "Khối '{block}' nhận các mục {keys}", en: "a '{block}' block takes {keys}"),
        example: [MessageArgument("block", "kpi"), MessageArgument("key", "colour"),
                  MessageArgument("keys", .text(vi: "'indicator', 'area' và 'year'", en: "'indicator', 'area' and 'year'"))],
        explanation: .unknownKey)
    static let unknownKeyMisspelt = MessageEntry(
        .warning, title: .text(vi: "Khối có một mục viết sai tên", en: "A misspelt key in a block"),
        message: .text(vi: "Khối '{block}' không có mục '{key}'; dòng này bị bỏ qua", en: "unknown key '{key}' in the '{block}' block; it is ignored"),
        hint: .text(vi: "Có phải ý bạn là '{near}'?", en: "did you mean '{near}'?"),
        example: [MessageArgument("block", "chart"), MessageArgument("key", "indicater"), MessageArgument("near", "indicator")],
        explanation: .unknownKey)
    static let notAnOption = MessageEntry(
        .error, title: .text(vi: "Giá trị không nằm trong các giá trị được phép", en: "A value that is not one of the allowed words"),
        message: .text(vi: "Mục '{key}' phải là {options}, nhưng đang là '{value}'", en: "'{key}' must be {options}, found '{value}'"),
        example: [MessageArgument("key", "type"), MessageArgument("options", .text(vi: "'line', 'column' hoặc 'bar'", en: "'line', 'column' or 'bar'")),
                  MessageArgument("value", "pie")],
        explanation: .options)
    static let notAnOptionMisspelt = MessageEntry(
        .error, title: .text(vi: "Giá trị viết sai", en: "A misspelt word for a key"),
        message: .text(vi: "Mục '{key}' phải là {options}, nhưng đang là '{value}'", en: "'{key}' must be {options}, found '{value}'"),
        hint: .text(vi: "Có phải ý bạn là '{near}'?", en: "did you mean '{near}'?"),
        example: [MessageArgument("key", "type"), MessageArgument("options", .text(vi: "'line', 'column' hoặc 'bar'", en: "'line', 'column' or 'bar'")),
                  MessageArgument("value", "colum"), MessageArgument("near", "column")],
        explanation: .options)
    static let unknownComponent = MessageEntry(
        .error, title: .text(vi: "Tên thành phần viết sai", en: "A misspelt component name"),
        message: .text(vi: "Không có thành phần '{name}'", en: "unknown component '{name}'"),
        hint: .text(vi: "Có phải ý bạn là '{near}'?", en: "did you mean '{near}'?"),
        example: [MessageArgument("name", "chrt"), MessageArgument("near", "chart")],
        explanation: .text(
            vi: "Khối viết sau ``` mang tên một thành phần (chart, table, kpi, tasks, criteria, documents…) được thay bằng thành phần đó. Tên gần giống tên một thành phần được coi là viết sai; tên khác (python, yaml…) là một khối mã và được giữ nguyên.",
            en: "A block whose ``` names a component (chart, table, kpi, tasks, criteria, documents…) is replaced by that component. A name close to a component's is taken as misspelt; any other name (python, yaml…) is a code block and is kept as it is."))
    static let indicatorAndIndicators = MessageEntry(
        .error, title: .text(vi: "Bảng có cả 'indicator' và 'indicators'", en: "A table with both 'indicator' and 'indicators'"),
        message: .text(vi: "Chỉ viết 'indicator' (mỗi địa bàn một hàng) hoặc 'indicators' (mỗi chỉ tiêu một hàng), không viết cả hai",
                       en: "give either 'indicator' (one row per area) or 'indicators' (one row per indicator), not both"),
        explanation: .tableRows)
    static let tableNeedsIndicator = MessageEntry(
        .error, title: .text(vi: "Bảng không có chỉ tiêu", en: "A table without an indicator"),
        message: .text(vi: "Khối 'table' cần có 'indicator' hoặc 'indicators'", en: "the 'table' block needs 'indicator' or 'indicators'"),
        hint: .text(vi: "Hãy thêm 'indicator: {example}' (mỗi địa bàn một hàng) hoặc 'indicators: [{example}]' (mỗi chỉ tiêu một hàng)",
                    en: "add 'indicator: {example}' (one row per area) or 'indicators: [{example}]' (one row per indicator)"),
        example: [MessageArgument("example", "poverty_rate")], explanation: .tableRows)
    static let areasWithIndicators = MessageEntry(
        .error, title: .text(vi: "Bảng theo chỉ tiêu có 'areas'", en: "A table of indicators given 'areas'"),
        message: .text(vi: "Mục 'areas' đi với 'indicator'; với 'indicators', bảng chỉ thể hiện một địa bàn 'area'",
                       en: "'areas' goes with 'indicator'; with 'indicators' the table shows one 'area'"),
        hint: .text(vi: "Hãy viết 'area: ...' với một địa bàn", en: "write 'area: ...' with one unit"),
        explanation: .tableRows)
    static let areaWithIndicator = MessageEntry(
        .error, title: .text(vi: "Bảng theo địa bàn có 'area'", en: "A table of areas given 'area'"),
        message: .text(vi: "Mục 'area' đi với 'indicators'; với 'indicator', hãy viết 'areas'", en: "'area' goes with 'indicators'; with 'indicator' write 'areas'"),
        hint: .text(vi: "Hãy viết 'areas: [...]' (mỗi địa bàn một hàng)", en: "write 'areas: [...]' (one row per unit)"),
        explanation: .tableRows)
}

extension LocalizedText {
    static let unknownKey = LocalizedText(
        vi: "Mỗi thành phần chỉ nhận một số mục nhất định (docs/PAGES.md, phần 'Components', liệt kê chúng). Mục khác có thể là một mục viết sai tên: nó bị bỏ qua, và khối được hiển thị như thể không có dòng đó.",
        en: "Each component takes a set of keys (docs/PAGES.md, 'Components', lists them). Any other key may be a misspelt one: it is ignored, and the block is shown as if the line were not there.")
    static let options = LocalizedText(
        vi: "Một số mục chỉ nhận vài từ cố định (kiểu biểu đồ, trạng thái công việc…); khối có giá trị khác không được hiển thị.",
        en: "Some keys take one of a few fixed words (a chart's type, a task's status…); a block with another value is not shown.")
    static let tableRows = LocalizedText(
        vi: "Khối ```table có hai cách: 'indicator' với 'areas' cho mỗi địa bàn một hàng, hoặc 'indicators' với 'area' cho mỗi chỉ tiêu một hàng của một địa bàn; mỗi năm là một cột.",
        en: "A ```table block comes in two shapes: 'indicator' with 'areas' for one row per area, or 'indicators' with 'area' for one row per indicator of one area; each year is a column.")
}
