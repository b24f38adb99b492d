/// The words of a group's "and so many more" line in each language.
struct GroupWords {
    var line: (one: String, many: String)
    var row: (one: String, many: String)
    var on: String
    var `in`: String
    var thousandsSeparator: String
    var more: (String) -> String

    static func of(_ language: MessageLanguage) -> GroupWords {
        switch language {
        case .vi:
            return GroupWords(line: ("dòng", "các dòng"), row: ("hàng", "các hàng"), on: ", ở ", in: ", trong ",
                              thousandsSeparator: ".", more: { "… và \($0) chỗ khác như vậy" })
        case .en:
            return GroupWords(line: ("line", "lines"), row: ("row", "rows"), on: ", on ", in: ", in ",
                              thousandsSeparator: ",", more: { "… and \($0) more like this" })
        }
    }
}
