/// The entries of `MB24xx` (named in `DataMessage.entry`): loading tables
/// from their files (YAML and JSON tables).
extension MessageEntry {
    static let yamlTableEmpty = MessageEntry(
        .error, title: .text(vi: "Bảng YAML rỗng", en: "An empty YAML table"),
        message: .text(vi: "Tệp rỗng", en: "the file is empty"),
        hint: .text(vi: "Hãy viết danh sách các bản ghi, mỗi bản ghi là một khối '- khoá: giá trị'",
                    en: "write a list of records, one '- key: value' block each"),
        explanation: .recordLists)
    static let jsonTableEmpty = MessageEntry(
        .error, title: .text(vi: "Bảng JSON rỗng", en: "An empty JSON table"),
        message: .text(vi: "Tệp rỗng", en: "the file is empty"),
        hint: .text(vi: "Hãy viết một mảng các bản ghi: {example}", en: "write an array of records: {example}"),
        example: [MessageArgument("example", "[{\"key\": \"value\", ...}, ...]")],
        explanation: .recordLists)
    static let listOfRecordsExpected = MessageEntry(
        .error, title: .text(vi: "Không phải danh sách bản ghi", en: "Not a list of records"),
        message: .text(vi: "Tệp phải là một danh sách các bản ghi", en: "expected a list of records"),
        hint: .text(vi: "Trong YAML mỗi bản ghi bắt đầu bằng '- '; trong JSON mỗi bản ghi là một đối tượng trong một mảng",
                    en: "each record starts with '- ' in YAML, or is an object in a JSON array"),
        explanation: .recordLists)
    static let recordNotKeyValues = MessageEntry(
        .error, title: .text(vi: "Bản ghi không gồm các cặp khoá: giá trị", en: "A record that is not key: value pairs"),
        message: .text(vi: "Mỗi bản ghi phải là một nhóm các cặp 'khoá: giá trị'", en: "a record must be a group of 'key: value' pairs"),
        hint: .text(vi: "Hãy viết mỗi giá trị thành một dòng 'tên cột: giá trị' dưới dấu '- ' của bản ghi",
                    en: "write each value as a 'column: value' line under the record's '- '"),
        explanation: .recordLists)
}

extension LocalizedText {
    static let recordLists = LocalizedText(
        vi: "Một bảng YAML hoặc JSON là danh sách các bản ghi; mỗi bản ghi ghi các cột của nó thành cặp khoá: giá trị, như một dòng của bảng CSV.",
        en: "A YAML or JSON table is a list of records; each record gives its columns as key: value pairs, like one line of a CSV table.")
}
