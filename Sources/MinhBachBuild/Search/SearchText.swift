import Foundation
import MinhBachText

/// The words of a text as the search index holds them: folded by
/// `VietnameseFolding`, as `Slug.make` folds, so "Hoà", "Hòa" and "hoa"
/// are the same word and "Đắk Lắk" is `dak lak`.
enum SearchText {
    /// "Phường An Bình (Đắk Lắk)" → `["phuong", "an", "binh", "dak", "lak"]`.
    static func words(_ text: some StringProtocol) -> [String] {
        var list = WordList()
        var folder = WordFolder()
        var text = String(text)
        text.withUTF8 { folder.fold($0, into: &list) }
        folder.finish(into: &list)
        return list.words
    }

    /// The words joined by single spaces: `"an binh"`.
    static func fold(_ text: String) -> String { words(text).joined(separator: " ") }

    /// Words in order, as Strings (a title has a few).
    private struct WordList: FoldedWordSink {
        var words: [String] = []

        mutating func take(_ word: UnsafeBufferPointer<UInt8>, hash: UInt32) {
            words.append(String(decoding: word, as: UTF8.self))
        }
    }
}

/// The summary of a page for the result list: the start of its prose as
/// `PageTextWalk` collects it (or its description), cut at a word.
enum HTMLText {
    /// Summary text is collected up to this many bytes, then cut by `Summary`-like rules.
    static let summaryBytes = 600

    /// Summary text cut at a word, about `maxLength` characters.
    static let maxLength = 160
    static func shorten(_ text: String) -> String {
        // Most descriptions are short: no character is longer than one byte less.
        // Only the first `maxLength` Characters are walked (counting all of a
        // 600-byte summary's Characters and a Foundation CharacterSet made for
        // each page cost 200,000 instructions a page).
        guard text.utf8.count > maxLength,
              let end = text.index(text.startIndex, offsetBy: maxLength, limitedBy: text.endIndex), end < text.endIndex else {
            return text
        }
        let cut = text[..<end]
        var trimmed = (cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut).unicodeScalars[...]
        let trimmable: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\u{B7}" || $0 == "," || $0 == ";" || $0 == ":" }
        while let first = trimmed.first, trimmable(first) { trimmed.removeFirst() }
        while let last = trimmed.last, trimmable(last) { trimmed.removeLast() }
        return String(String.UnicodeScalarView(trimmed)) + "…"
    }
}
