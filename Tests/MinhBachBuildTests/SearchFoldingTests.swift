import Foundation
@testable import MinhBachBuild
import MinhBachText
import Testing

/// The search entry of a page made on bytes (`PageTextWalk`, `WordFolder`,
/// `PageWords`) gives what the first, String-based version gave
/// (`ReferenceSearchDocument`): the same words, scores and summary on
/// varied Vietnamese text and HTML.
@Suite struct SearchFoldingTests {
    /// A fixed sequence, so that a failure can be run again.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state ^ (state >> 29)
        }
    }

    /// Words and pieces of words: precomposed and decomposed (NFD) spellings,
    /// upper case, Đ, combining marks alone, numbers short and long, emoji,
    /// other scripts, letter-like symbols, punctuation.
    static let textPieces: [String] = {
        let words = ["Phường", "An", "Bình", "Hoà", "Hòa", "hoa", "ĐẮK", "Lắk", "đường", "Nghĩa", "Hưng", "Quảng", "Ngãi",
                     "Ủy", "ban", "nhân", "dân", "tỉnh", "Bắc", "Kạn", "TỶ", "lệ", "hộ", "nghèo", "Trực", "thuộc", "Ơn", "ưu"]
        let decomposed = words.map(\.decomposedStringWithCanonicalMapping)
        let others = ["2024", "31150", "18", "97", "241", "7", "0", "1234567", "18,97%", "3.5", "QĐ-TTg", "241/QĐ",
                      "e\u{0301}", "\u{0301}", "\u{0323}\u{0302}", "A\u{0300}", "D\u{0303}", "\u{212A}elvin", "ﬁ", "Æ", "ß",
                      "😀", "👨‍👩‍👧", "中文", "한국", "Ωmega", "x_y", "a-b", "(", ")", ",", ";", ":", "·", "–", "…", "\u{00A0}",
                      "\u{FEFF}", "Ǆ", "İ", "ı", "ﬀ", "Ａ", "𝐀", "\t", "\r\n"]
        return words + decomposed + others
    }()

    static func text(_ generator: inout Generator, pieces: Int) -> String {
        (0..<pieces).map { _ in
            let piece = textPieces.randomElement(using: &generator)!
            return Int.random(in: 0..<4, using: &generator) == 0 ? piece : piece + " "
        }.joined()
    }

    /// Markup around the text: blocks, inline elements, skipped elements,
    /// comments, self-closing and upper-case tags, entities good and bad.
    static let markup: [String] = [
        "<p>", "</p>", "<li>", "</li>", "<ul>", "</ul>", "<td>", "</td>", "<th>", "</th>", "<tr>", "</tr>", "<table>", "</table>",
        "<h2 id=\"a\">", "</h2>", "<strong>", "</strong>", "<a href=\"/x/?a=1&amp;b=2\">", "</a>", "<em>", "</em>", "<br>", "<br/>",
        "<img src=\"a.png\" alt=\"x > y\"/>", "<P>", "</P>", "<LI>", "</Li>", "<sup>", "</sup>", "<code>", "</code>",
        "<figure>", "<figcaption>", "</figcaption>", "</figure>", "<blockquote>", "</blockquote>", "<details>", "</details>",
        "<svg viewBox=\"0 0 1 1\"><text>SVGTEXT</text></svg>", "<SVG><g/></Svg>", "<svg/>", "<script>var a = '<p>';</script>",
        "<style>p{}</style>", "<!-- a comment <p> -->", "<!---->", "<svg>\u{1C}/svg>x</svg>", "<!-- a\r\r> b -->",
        "<script>", "</script>", "<!DOCTYPE html>", "<x-custom>", "</x-custom>",
        "<h3>", "</h3>", "<dd>", "</dd>", "<span class='a\"b'>", "</span>", "<>", "</>", "< p>",
        "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&nbsp;", "&#32;", "&#39;", "&#8211;", "&#x1EA1;", "&#X110;", "&#273;",
        "&#xD800;", "&#x110000;", "&#+65;", "&#-0;", "&#;", "&#x;", "&#0;", "&#00000000065;", "&#x0000001EA1;", "&#xZZ;",
        "&bogus;", "&amp", "& ", "&AMP;", "&#x\u{0301}41;", "&#\u{0301};", "&lt", "&nbsp;&nbsp;",
    ]

    static func html(_ generator: inout Generator, pieces: Int) -> String {
        (0..<pieces).map { _ in
            Bool.random(using: &generator) ? markup.randomElement(using: &generator)! : text(&generator, pieces: 3)
        }.joined()
    }

    @Test func wordsFoldAsTheFirstScannerFolded() {
        var generator = Generator(state: 1)
        for pieces in [0, 1, 3, 10, 40] {
            for _ in 0..<300 {
                let text = Self.text(&generator, pieces: pieces)
                #expect(SearchText.words(text) == ReferenceSearchDocument.words(text), "\(text.debugDescription)")
            }
        }
    }

    /// Every scalar of the table and a sample above it, alone and between letters.
    @Test func everyCharacterFoldsAsTheFirstScannerFolded() {
        let values = Array(0x1..<0x3000) + [0x3042, 0xAC00, 0xF900, 0xFB01, 0xFF21, 0x1D400, 0x1F600, 0x10FFFF]
        for value in values {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            for text in [String(Character(scalar)), "x" + String(Character(scalar)) + "y", "1" + String(Character(scalar)) + "Đ"] {
                #expect(SearchText.words(text) == ReferenceSearchDocument.words(text), "U+\(String(value, radix: 16, uppercase: true))")
            }
        }
    }

    @Test func pageTextIsTheFirstWalksText() {
        var generator = Generator(state: 2)
        for pieces in [0, 1, 5, 30, 120] {
            for _ in 0..<200 {
                let html = Self.html(&generator, pieces: pieces)
                let new = WalkedText(html: html), old = ReferenceHTMLText(html: html)
                #expect(new.text == old.text, "\(html.debugDescription)")
                #expect(new.summary == old.summary, "\(html.debugDescription)")
            }
        }
    }

    @Test func documentsHaveTheFirstVersionsTermsAndSummary() {
        var generator = Generator(state: 3)
        for pieces in [0, 1, 5, 30, 200] {
            for _ in 0..<150 {
                let title = Self.text(&generator, pieces: Int.random(in: 0..<8, using: &generator))
                let path = "xa/" + Slug.make(Self.text(&generator, pieces: 3)) + "-\(Int.random(in: 0..<100_000, using: &generator))/"
                let html = Self.html(&generator, pieces: pieces)
                let description: String? = switch Int.random(in: 0..<3, using: &generator) {
                case 0: nil
                case 1: ""
                default: Self.text(&generator, pieces: 6)
                }
                let new = SearchDocument(title: title, path: path, bodyHTML: html, description: description)
                let old = ReferenceSearchDocument(title: title, path: path, bodyHTML: html, description: description)
                let note = "\(title.debugDescription) \(path) \(html.debugDescription) \(String(describing: description))"
                #expect(new.summary == old.summary, "\(note)")
                #expect(new.titleWords == old.titleWords, "\(note)")
                #expect(new.addressWords == old.addressWords, "\(note)")
                #expect(Self.sorted(new.terms) == Self.sorted(old.terms), "\(note)")
            }
        }
    }

    /// A long page: the page's table grows, long words go across pieces.
    @Test func aLongPageCountsAsTheFirstVersionCounted() {
        var generator = Generator(state: 4)
        let words = (0..<3000).map { n in "từ\(n)x " }.joined()
        let long = String(repeating: "Nghiêng", count: 50)
        let html = "<p>" + words + "<strong>" + long + "</strong>" + long + "</p>" + Self.html(&generator, pieces: 2000)
        let new = SearchDocument(title: "Trang dài", path: "trang-dai/", bodyHTML: html, description: long)
        let old = ReferenceSearchDocument(title: "Trang dài", path: "trang-dai/", bodyHTML: html, description: long)
        #expect(new.terms.count > 3000)
        #expect(Self.sorted(new.terms) == Self.sorted(old.terms))
        #expect(new.summary == old.summary)
    }

    static func sorted(_ terms: [(term: String, score: UInt8)]) -> [String] {
        terms.map { "\($0.term)=\($0.score)" }.sorted()
    }
}
