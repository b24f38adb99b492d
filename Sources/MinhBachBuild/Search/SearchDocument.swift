/// One page as the search index sees it.
struct SearchDocument: Sendable {
    var title: String
    /// Below the base path, ending with `/`: `xa/phuong-an-binh-31150/`.
    var path: String
    var summary: String
    /// The title's words, folded, in order (for phrases of two words).
    var titleWords: [String]
    /// Words of the last part of the address that are not in the title:
    /// the unit code of `xa/phuong-an-binh-31150/`, the id of `van-ban/qd-241-2025/`.
    var addressWords: [String]
    /// Each word of the page and each pair of adjacent title words, once,
    /// with the page's score for it: what the index stores of the page.
    var terms: [(term: String, score: UInt8)]

    /// The body's words are folded and counted as its HTML is walked, on
    /// bytes, in a table of the page's own (`PageWords`): a String is made
    /// once for each distinct word, not once for each occurrence.
    init(title: String, path: String, bodyHTML: String, description: String?) {
        self.title = title
        self.path = path
        let titleWords = SearchText.words(title)
        self.titleWords = titleWords
        // A title has a handful of words: arrays, not sets.
        var addressWords: [String] = []
        for word in SearchText.words(Self.lastPart(of: path)) where !titleWords.contains(word) && !addressWords.contains(word) {
            addressWords.append(word)
        }
        self.addressWords = addressWords

        let description = description ?? ""
        var html = bodyHTML
        var walk = html.withUTF8 { bytes in
            var walk = PageTextWalk(sink: PageWordCounter(expectedWords: bytes.count / 32), summary: description.isEmpty)
            walk.walk(bytes)
            return walk
        }
        if description.isEmpty {
            self.summary = HTMLText.shorten(String(decoding: walk.summary, as: UTF8.self))
        } else {
            self.summary = HTMLText.shorten(description)
            var description = description
            walk.sink.separate()
            description.withUTF8 { walk.sink.append($0) }
        }
        var words = walk.sink.finished()
        for word in addressWords { words.mark(word, .address) }
        for word in titleWords { words.mark(word, .title) }

        var terms: [(term: String, score: UInt8)] = []
        terms.reserveCapacity(words.entries.count + titleWords.count)
        for entry in words.entries {
            let place = switch entry.place {
            case .title: SearchIndex.titleScore
            case .address: SearchIndex.addressScore
            case .body: 0
            }
            terms.append((words.word(entry), UInt8(min(place + SearchIndex.bodyScore(Int(entry.count)), 255))))
        }
        var pairs: [String] = []
        for (first, second) in zip(titleWords, titleWords.dropFirst()) {
            let pair = first + "_" + second
            if !pairs.contains(pair) { pairs.append(pair) }
        }
        terms += pairs.map { (term: $0, score: UInt8(SearchIndex.titleScore)) }
        self.terms = terms
    }

    /// The last non-empty part of an address: `phuong-an-binh-31150` of `xa/phuong-an-binh-31150/`.
    static func lastPart(of path: String) -> Substring {
        // Split by Characters, as first written, when a `/` could be part of
        // one (a combining mark after it); addresses are ASCII.
        guard path.utf8.allSatisfy({ $0 < 0x80 }) else { return path.split(separator: "/").last ?? "" }
        var end = path.endIndex
        while end > path.startIndex, path.utf8[path.utf8.index(before: end)] == UInt8(ascii: "/") { end = path.utf8.index(before: end) }
        let start = path.utf8[..<end].lastIndex(of: UInt8(ascii: "/")).map { path.utf8.index(after: $0) } ?? path.startIndex
        return path[start..<end]
    }
}

/// A page's text folded into words and counted as it is walked.
struct PageWordCounter: PageTextSink {
    private var folder = WordFolder()
    private var words: PageWords

    init(expectedWords: Int) {
        words = PageWords(expectedWords: expectedWords)
    }

    @inline(__always)
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        folder.foldText(bytes, from: start, into: &words)
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) { folder.fold(bytes, into: &words) }
    mutating func separate() { folder.finish(into: &words) }

    /// The counts, once the last word is ended.
    mutating func finished() -> PageWords {
        folder.finish(into: &words)
        return words
    }
}
