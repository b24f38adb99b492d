/// The entries of `MB16xx` (named in `ContentMessage.entry`): YAML and JSON
/// text that cannot be read, whichever reader reads it (site.yaml, front
/// matter, data tables, a component's block). `{document}` names the text:
/// "YAML", "JSON" or "YAML in the 'bieu-do' block".
extension MessageEntry {
    static let yamlTabIndent = MessageEntry(
        .error, title: .text(vi: "Thụt lề bằng phím Tab", en: "A tab in the indentation"),
        message: .text(vi: "{document} không hợp lệ: dòng này được thụt lề bằng phím Tab; YAML chỉ thụt lề bằng dấu cách",
                       en: "invalid {document}: a tab indents this line; YAML indents with spaces only"),
        hint: .text(vi: "Hãy thay phím Tab ở đầu dòng bằng các dấu cách", en: "replace the tab at the start of the line with spaces"),
        example: [.yamlDocument],
        explanation: .text(vi: "YAML dùng thụt lề bằng dấu cách để biết khóa nào thuộc nhóm nào; ký tự Tab không được phép.",
                           en: "YAML uses indentation with spaces to tell which key belongs to which group; a tab is not allowed."))
    static let yamlNesting = MessageEntry(
        .error, title: .text(vi: "Lồng nhau quá sâu", en: "Nested too deeply"),
        message: .text(vi: "{document} không hợp lệ: danh sách hoặc nhóm lồng nhau sâu quá 1000 cấp",
                       en: "invalid {document}: lists or groups nested more than 1000 levels deep"),
        hint: .text(vi: "Hãy tìm dấu '[' hoặc '{' được mở mà không được đóng", en: "look for '[' or '{' that are opened and never closed"),
        example: [.yamlDocument],
        explanation: .text(vi: "Bộ đọc YAML dừng ở 1000 cấp lồng nhau; một tệp thật không bao giờ sâu như vậy, thường là do một dấu ngoặc không được đóng.",
                           en: "The YAML reader stops at 1000 levels of nesting; no real file is that deep, so it is usually a bracket never closed."))
    static let yamlSyntax = MessageEntry(
        .error, title: .text(vi: "YAML viết sai", en: "YAML written wrongly"),
        message: .text(vi: "{document} không hợp lệ: {problem}", en: "invalid {document}: {problem}"),
        hint: .text(vi: "Hãy {check} đặt trong dấu nháy những giá trị có ': ' hoặc '#', hay bắt đầu bằng '[', '{', '*', '&', '!', '|', '>', '@' hoặc '`'",
                    en: "{check} quote values that contain ': ' or '#', or start with '[', '{', '*', '&', '!', '|', '>', '@' or '`'"),
        example: [.yamlDocument,
                  MessageArgument("problem", .text(vi: "did not find expected key while parsing a block mapping (bắt đầu ở dòng 2, cột 1)",
                                                   en: "did not find expected key while parsing a block mapping (which starts at line 2, column 1)")),
                  MessageArgument("check", .text(vi: "kiểm tra thụt lề và", en: "check the indentation and"))],
        explanation: .text(vi: "Lời mô tả lỗi là của bộ đọc YAML (tiếng Anh). Lỗi thường gặp: thụt lề không đều, hoặc một giá trị có ': ' hay '#' mà không đặt trong dấu nháy.",
                           en: "The description is the YAML reader's own. Usual causes: uneven indentation, or a value with ': ' or '#' that is not in quotes."))
    static let yamlDuplicateKeys = MessageEntry(
        .error, title: .text(vi: "Khóa viết hai lần", en: "A key written twice"),
        message: .text(vi: "{document} không hợp lệ: {keys} được viết nhiều lần", en: "invalid {document}: {keys} written more than once"),
        hint: .text(vi: "Hãy giữ lại một dòng cho mỗi khóa", en: "keep only one line for each key"),
        example: [.yamlDocument, MessageArgument("keys", .text(vi: "khóa 'title'", en: "the key 'title' is"))],
        explanation: .text(vi: "Trong một nhóm, mỗi khóa chỉ được viết một lần; nếu không, không biết giá trị nào là đúng.",
                           en: "Within a group each key is written once; otherwise there is no telling which value is meant."))
    static let yamlNotRead = MessageEntry(
        .error, title: .text(vi: "Không đọc được YAML", en: "YAML that cannot be read"),
        message: .text(vi: "{document} không hợp lệ: {problem}", en: "invalid {document}: {problem}"),
        example: [.yamlDocument, MessageArgument("problem", "invalid leading UTF-8 octet")],
        explanation: .text(vi: "Bộ đọc YAML không đọc được văn bản; lời mô tả lỗi là của bộ đọc (tiếng Anh).",
                           en: "The YAML reader cannot read the text; the description is the reader's own."))
    static let yamlOverExpanded = MessageEntry(
        .error, title: .text(vi: "YAML mở rộng quá lớn", en: "YAML that expands too far"),
        message: .text(vi: "{document} chứa hơn {limit} giá trị khi mở rộng các tham chiếu (*name)",
                       en: "the {document} stands for more than {limit} values once its aliases (*name) are expanded"),
        hint: .text(vi: "Hãy viết ra từng giá trị thay vì lặp lại chúng bằng '&name' và '*name'",
                    en: "write the values out instead of repeating them with '&name' and '*name'"),
        example: [.yamlDocument, MessageArgument("limit", "100000")],
        explanation: .text(vi: "Một tham chiếu (*name) lặp lại giá trị của một neo (&name); vài dòng như vậy có thể thành hàng tỉ giá trị và làm việc dựng trang không bao giờ xong.",
                           en: "An alias (*name) repeats the value of an anchor (&name); a few such lines can stand for billions of values and keep a build from ever finishing."))
    static let jsonInvalid = MessageEntry(
        .error, title: .text(vi: "JSON viết sai", en: "JSON written wrongly"),
        message: .text(vi: "JSON không hợp lệ: {problem}", en: "invalid JSON: {problem}"),
        hint: .text(vi: "Hãy tìm dấu phẩy, ngoặc vuông hoặc ngoặc nhọn thừa hay thiếu ở đây hoặc ở cuối dòng trước, và kiểm tra mọi đoạn chữ đều nằm trong dấu ngoặc kép",
                    en: "check for a missing or extra comma, bracket or brace here or at the end of the line before, and that every text is in double quotes"),
        example: [MessageArgument("problem", "did not find expected ',' or ']'")],
        explanation: .text(vi: "Tệp JSON được đọc bằng bộ đọc YAML; lời mô tả lỗi là của bộ đọc (tiếng Anh). Lỗi thường gặp: thiếu hoặc thừa dấu phẩy, ngoặc, hay một đoạn chữ không đặt trong dấu ngoặc kép.",
                           en: "JSON files are read by the YAML reader, whose words describe the problem. Usual causes: a missing or extra comma or bracket, or a text not in double quotes."))
}

extension MessageArgument {
    static let yamlDocument = MessageArgument("document", .text(vi: "YAML", en: "YAML"))
}
