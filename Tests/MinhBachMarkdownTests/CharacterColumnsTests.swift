import Testing
@testable import MinhBachMarkdown

/// The byte walk that counts characters must agree with `String.count`
/// wherever it answers, and give way to it wherever a scalar could join
/// its neighbour into one character.
@Suite("CharacterColumns: counting characters on the bytes")
struct CharacterColumnsTests {
    static let texts = [
        "", "abc [x](y)", "Tiêu đề của báo cáo năm 2025: Đắk Lắk, Hoà Bình",
        "tab\tand ~ punctuation ¡¿ « » ½ × ÷ ƒ ǅ ȳ", "Nghị định 30/2020/NĐ-CP ngày 05/3/2020",
        "Hoa\u{300} combining", "e\u{301}", "emoji 🇻🇳 and 👩‍👩‍👧", "cr\r\nlf", "soft\u{AD}hyphen",
        "IPA ɐ ɑ", "Greek αβγ", "Han 越南", "Latin extended additional ḀỹỸ ỳ", "\u{1EFF}\u{1F00}",
    ]

    @Test("the byte count equals String.count whenever it answers, and answers for Vietnamese text", arguments: texts)
    func agreesWithString(_ text: String) {
        var copy = text
        let counted = copy.withUTF8 { CharacterColumns.simpleCharacterCount($0) }
        if let counted { #expect(counted == text.count) }
        if text.unicodeScalars.allSatisfy({ (0x20...0x7E).contains($0.value) || (0xA0...0x24F).contains($0.value)
            || (0x1E00...0x1EFF).contains($0.value) || $0 == "\t" }) {
            #expect(counted != nil)
        } else {
            #expect(counted == nil)
        }
    }

    @Test("a column after combining marks or an emoji on the line is still counted in characters")
    func fallsBack() {
        let markdown = "dòng một\nHoa\u{300} 🇻🇳 [x](y)\nĐắk Lắk [z](w)"
        let columns = CharacterColumns(markdown)
        #expect(columns.column(line: 2, byteColumn: Array("Hoa\u{300} 🇻🇳 ".utf8).count + 1) == 7)
        #expect(columns.column(line: 3, byteColumn: Array("Đắk Lắk ".utf8).count + 1) == 9)
        #expect(columns.column(line: 4, byteColumn: 3) == 3)
    }
}
