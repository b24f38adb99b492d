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
}
