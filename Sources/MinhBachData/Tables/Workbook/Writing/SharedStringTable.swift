/// The workbook's texts, each stored once in `xl/sharedStrings.xml` and
/// named by its number in the cells, as Excel stores them: a unit code,
/// an indicator id or a status repeated on 600,000 rows is written once,
/// which makes the file smaller and faster to write and to open.
struct SharedStringTable {
    private var numbers: [String: Int] = [:]
    private(set) var texts: [String] = []
    /// Cells that name a text, counting repeats (the `count` Excel writes).
    private(set) var references = 0

    mutating func number(of text: String) -> Int {
        references += 1
        if let number = numbers[text] { return number }
        let number = texts.count
        numbers[text] = number
        texts.append(text)
        return number
    }

    static let part = "xl/sharedStrings.xml"
    static let contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"

    var xml: String {
        var text = PackageParts.declaration
            + #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(references)" uniqueCount="\#(texts.count)">"#
        text.reserveCapacity(texts.reduce(200) { $0 + $1.utf8.count + 40 })
        for item in texts {
            // Excel keeps spaces at either end only when told to.
            let keep = item.first?.isWhitespace == true || item.last?.isWhitespace == true
            text += keep ? #"<si><t xml:space="preserve">"# : "<si><t>"
            text += XLSXText.escaped(item)
            text += "</t></si>"
        }
        return text + "</sst>"
    }
}
