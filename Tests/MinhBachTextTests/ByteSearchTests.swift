import Testing
import Foundation
import MinhBachText

@Suite("ByteSearch: a byte and a run of bytes within a range")
struct ByteSearchTests {
    @Test("a byte and a run of bytes are found from the start given, before the end given, or not at all")
    func finds() {
        let bytes = Array("<p>a</p><div class=\"table-wrap\"><table></table></div>".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(ByteSearch.first(UInt8(ascii: "<"), in: buffer, from: 0) == 0)
            #expect(ByteSearch.first(UInt8(ascii: "<"), in: buffer, from: 1) == 4)
            #expect(ByteSearch.first(UInt8(ascii: "<"), in: buffer, from: 5, to: 8) == nil)
            #expect(ByteSearch.first(UInt8(ascii: "<"), in: buffer, from: buffer.count) == nil)
            #expect(ByteSearch.first(Array("<table>".utf8), in: buffer, from: 0) == 32)
            #expect(ByteSearch.first(Array("<table>".utf8), in: buffer, from: 33) == nil)
            #expect(ByteSearch.first(Array("<table>".utf8), in: buffer, from: 0, to: 38) == nil)
            #expect(ByteSearch.first(Array("<table>".utf8), in: buffer, from: 0, to: 39) == 32)
            #expect(ByteSearch.first([], in: buffer, from: 0) == nil)
        }
        [UInt8]().withUnsafeBufferPointer { empty in
            #expect(ByteSearch.first(UInt8(ascii: "<"), in: empty, from: 0) == nil)
            #expect(ByteSearch.first(Array("<".utf8), in: empty, from: 0) == nil)
        }
    }
}

@Suite("ByteSearch.replacing: every occurrence, as Foundation's replacingOccurrences")
struct ByteSearchReplacingTests {
    @Test("replaces each occurrence, none, at both ends, and with longer or empty text", arguments: [
        ("<a href=\"/x/\">Hà Nội</a><img src=\"/a.png\">", "href=\"/", "href=\"/ntp/"),
        ("href=\"/href=\"/", "href=\"/", "h"),
        ("không có gì", "href=\"/", "x"),
        ("aaaa", "aa", ""),
        ("", "a", "b"),
    ])
    func replaces(_ text: String, _ needle: String, _ replacement: String) {
        #expect(ByteSearch.replacing(needle, with: replacement, in: text) == text.replacingOccurrences(of: needle, with: replacement))
    }
}
