import MinhBachText
import Testing

@Suite("MarkupEscaping")
struct MarkupEscapingTests {
    @Test("the five markup characters become references; other text is unchanged")
    func escapes() {
        #expect(MarkupEscaping.escape(#"<a href="x">Tom & 'Huế'</a>"#)
                == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Huế&#39;&lt;/a&gt;")
        #expect(MarkupEscaping.escape("Tỷ lệ hộ nghèo 1,5%") == "Tỷ lệ hộ nghèo 1,5%")
        #expect(MarkupEscaping.escape("") == "")
    }

    @Test("XML drops the characters XML 1.0 forbids and keeps tab, line ends and other letters")
    func xml() {
        #expect(MarkupEscaping.escape("a\u{0}b\u{8}c\u{B}\u{1F}d\t\n\r", xml: true) == "abcd\t\n\r")
        #expect(MarkupEscaping.escape("x\u{FFFE}y\u{FFFF}z\u{FFFD}ﾀ", xml: true) == "xyz\u{FFFD}ﾀ")
        // HTML keeps them (as swift-mustache's escaping did), wherever they stand.
        #expect(MarkupEscaping.escape("\u{1}a\u{B}\u{1F}<", xml: false) == "\u{1}a\u{B}\u{1F}&lt;")
        #expect(MarkupEscaping.escape("<\u{0}\u{8}\u{C}", xml: true) == "&lt;")
    }

    /// Scalar by scalar, as the rules say.
    private func reference(_ text: String, xml: Bool) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case _ where xml && ((scalar.value < 0x20 && ![0x09, 0x0A, 0x0D].contains(scalar.value)) || scalar.value == 0xFFFE || scalar.value == 0xFFFF):
                break
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    @Test("escaping into bytes or into a string follows the rules scalar by scalar")
    func intoBytes() {
        let pieces = ["a", "Đ", "<", ">", "&", "\"", "'", "\u{0}", "\u{8}", "\t", "\n", "\r", "\u{1F}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}",
                      "\u{EFFF}", "ï", "😀", " "]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for xml in [false, true] {
                var bytes: [UInt8] = Array("prefix".utf8)
                MarkupEscaping.escape(text, xml: xml, into: &bytes)
                #expect(bytes == Array(("prefix" + reference(text, xml: xml)).utf8), "\(text.unicodeScalars.map { $0.value }) \(xml)")
                #expect(MarkupEscaping.escape(text, xml: xml) == reference(text, xml: xml))
            }
        }
    }
}
