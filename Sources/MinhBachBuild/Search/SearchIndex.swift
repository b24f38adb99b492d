import Foundation
import MinhBachParallel

/// The search index of one language, as small static files:
///
/// - `<lang>.json`, the manifest: the page count, how many pages each page
///   file holds, and the tree of word files.
/// - `<lang>/<key>.json`, the word files: each word (`an`), and each pair of
///   adjacent title words (`an_binh`), with its pages and scores. A file
///   holds the words beginning with its key; a file that would be larger
///   than `Limits.fileBytes` is split by the next letter, recursively, so
///   that common prefixes (`th`, `ng`) end in many small files and rare ones
///   share one. The manifest's `tree` lists, for each split key, the letters
///   that continue it: a reader finds a word's file without a request. A
///   split key keeps its own file with the word equal to the key and the
///   best pages of all words below it (`p`), for prefix search on a short
///   word.
/// - `<lang>/trang-<n>.json`: title, path and summary of pages
///   `n × perFile ..< (n + 1) × perFile`. Pages are numbered in the order of
///   their folded titles, so results with similar titles share files.
///
/// A word's pages are stored as `[gap, score, gap, score, ...]` in page
/// order (a gap is the difference from the previous page number); pairs of
/// words, always from titles, store gaps only. A word on more than
/// `Limits.perWord` pages keeps the best-scored ones and is listed in `x`.
struct SearchIndex {
    struct Limits: Sendable {
        /// Pages kept per word: a word on every commune page would otherwise
        /// make one file of 60 KB; the best-scored pages (title matches
        /// first) are kept.
        var perWord = 1000
        /// A word file is split when larger than this.
        var fileBytes = 12_000
        /// Pages per page file.
        var perFile = 8
        /// Pages kept in a split key's prefix list.
        var prefixTop = 100
    }

    /// Score of a word in the title, or in the last part of the address
    /// only; a word in the body adds 1 to 3 by how often it occurs.
    static let titleScore = 10
    static let addressScore = 6
    static func bodyScore(_ count: Int) -> Int {
        switch count {
        case 0: return 0
        case 1...2: return 1
        case 3...7: return 2
        default: return 3
        }
    }

    /// A file of the index, below the index folder.
    struct File {
        var path: String
        var data: Data
    }

    /// A page as the result list shows it.
    struct Row: Sendable {
        var title: String
        var path: String
        var summary: String
    }

    let language: String
    let limits: Limits
    /// The pages in page-number order.
    let rows: [Row]
    private let words: SearchPostings

    init(language: String, documents: [SearchDocument], limits: Limits = Limits()) {
        let numbered = Self.pageOrder(documents.map { ($0.title, $0.path) }).map { documents[$0] }
        let words = SearchPostings(perWord: limits.perWord)
        for (number, document) in numbered.enumerated() { words.add(page: Int32(number), terms: document.terms) }
        self.init(language: language, rows: numbered.map { Row(title: $0.title, path: $0.path, summary: $0.summary) },
                  words: words, limits: limits)
    }

    /// An index whose pages' words were gathered as they were rendered (`SearchCollector`).
    init(language: String, rows: [Row], words: SearchPostings, limits: Limits) {
        self.language = language
        self.limits = limits
        self.rows = rows
        self.words = words
    }

    /// Pages are numbered in the order of their folded titles, then their
    /// addresses: the positions of `pages` in that order.
    static func pageOrder(_ pages: [(title: String, path: String)]) -> [Int] {
        // Folded on both cores: this runs before the first page is rendered.
        let folded = parallelMap(pages) { SearchText.fold($0.title) }
        let keyed = pages.enumerated().map { (folded[$0.offset], $0.element.path, $0.offset) }
        return keyed.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }

    /// The manifest (`<lang>.json`) and every other file (`<lang>/...`), and
    /// the version: a hash of all of them, which the search page appends to
    /// its requests so that a browser never mixes files of two builds.
    func files() -> (manifest: File, files: [File], version: String) {
        var files: [File] = []
        let (entries, truncated) = postings()
        let tree = Tree(entries: entries, truncated: truncated, limits: limits, pages: rows.count)
        for (key, json) in tree.files {
            files.append(File(path: "\(language)/\(key).json", data: Data(json.utf8)))
        }
        let perFile = limits.perFile
        for start in stride(from: 0, to: rows.count, by: perFile) {
            let slice = rows[start..<min(start + perFile, rows.count)]
            let rows = slice.map { "[\(JSONWriter.quoted($0.title)),\(JSONWriter.quoted($0.path)),\(JSONWriter.quoted($0.summary))]" }
            files.append(File(path: "\(language)/trang-\(start / perFile).json", data: Data("[\(rows.joined(separator: ",\n"))]\n".utf8)))
        }
        var hash = FNV1a()
        for file in files {
            hash.add(Data(file.path.utf8))
            hash.add(file.data)
        }
        let version = hash.hex
        let splits = tree.splits.keys.sorted().map { "\(JSONWriter.quoted($0)):\(JSONWriter.quoted(tree.splits[$0]!))" }
        let manifest = """
        {"format":1,"language":\(JSONWriter.quoted(language)),"version":"\(version)","pages":\(rows.count),\
        "per_file":\(perFile),"tree":{\(splits.joined(separator: ","))}}

        """
        return (File(path: "\(language).json", data: Data(manifest.utf8)), files, version)
    }

    /// A word's pages: `(page, score)` in page order.
    typealias Postings = [(page: Int32, score: UInt8)]

    /// Every word and title pair with its pages, capped; and the words whose pages were capped.
    func postings() -> (entries: [String: Postings], truncated: Set<String>) {
        words.finished()
    }

    /// The `count` best pages (score, then page number), back in page order.
    static func best(_ list: Postings, count: Int) -> Postings {
        let top = list.sorted { $0.score != $1.score ? $0.score > $1.score : $0.page < $1.page }.prefix(count)
        return top.sorted { $0.page < $1.page }
    }

    static func isPair(_ key: String) -> Bool { key.utf8.contains(UInt8(ascii: "_")) }

    /// `[gap, score, ...]`, or `[gap, ...]` for pairs. Written as bytes: a
    /// `String` per number appended to a `String` cost 430 instructions a
    /// number, two fifths of writing the index files.
    static func encode(_ list: Postings, scores: Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(list.count * (scores ? 6 : 4) + 2)
        out.append(UInt8(ascii: "["))
        var previous: Int32 = 0
        for (n, item) in list.enumerated() {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            appendDecimal(Int(item.page) - Int(previous), to: &out)
            previous = item.page
            if scores {
                out.append(UInt8(ascii: ","))
                appendDecimal(Int(item.score), to: &out)
            }
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }

    /// The digits of `value`, as `String(value)` writes them.
    private static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var rest = value.magnitude
        var divisor: UInt = 1
        while divisor <= rest / 10 { divisor *= 10 }
        repeat {
            out.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        } while divisor > 0
    }

    /// The word files, split by size, and the manifest's tree.
    struct Tree {
        /// Key → the file's JSON.
        var files: [(String, String)] = []
        /// Split key → the letters that continue it.
        var splits: [String: String] = [:]

        private let limits: Limits
        private let truncated: Set<String>
        /// One more than the best score of each page below a split key
        /// (`prefixList`), 0 where none: one array for the whole tree,
        /// cleared as it is read.
        private var bestScores: [UInt16]

        /// `pages`: how many pages the postings number.
        init(entries: [String: Postings], truncated: Set<String>, limits: Limits, pages: Int) {
            self.limits = limits
            self.truncated = truncated
            bestScores = Array(repeating: 0, count: pages)
            let words = entries.keys.sorted()
            // Written on both cores: the index is made after the last page,
            // when nothing else runs.
            let items = parallelMap(words) { word -> Item in
                let list = entries[word]!
                let json = JSONWriter.quoted(word) + ":" + SearchIndex.encode(list, scores: !SearchIndex.isPair(word))
                return Item(word: Array(word.utf8), json: json, list: list)
            }
            build(key: [], items[...])
            files.sort { $0.0 < $1.0 }
        }

        struct Item {
            var word: [UInt8]
            var json: String
            var list: Postings
        }

        private mutating func build(key: [UInt8], _ items: ArraySlice<Item>) {
            guard !items.isEmpty else { return }
            let size = items.reduce(0) { $0 + $1.json.utf8.count + 1 }
            // One word alone stays in one file however many pages it has.
            if !key.isEmpty, size <= limits.fileBytes || items.count == 1 {
                files.append((String(decoding: key, as: UTF8.self), fileJSON(terms: Array(items), prefix: nil)))
                return
            }
            // Split: the word equal to the key stays here, the others go to
            // a file per next letter.
            var exact: [Item] = []
            var groups: [(UInt8, ArraySlice<Item>)] = []
            var index = items.startIndex
            while index < items.endIndex {
                let word = items[index].word
                if word.count == key.count {
                    exact.append(items[index])
                    index += 1
                    continue
                }
                let letter = word[key.count]
                var end = index
                while end < items.endIndex, items[end].word.count > key.count, items[end].word[key.count] == letter { end += 1 }
                groups.append((letter, items[index..<end]))
                index = end
            }
            let keyText = String(decoding: key, as: UTF8.self)
            splits[keyText] = String(decoding: groups.map(\.0), as: UTF8.self)
            if !key.isEmpty {
                files.append((keyText, fileJSON(terms: exact, prefix: prefixList(key: keyText, items))))
            }
            for (letter, group) in groups { build(key: key + [letter], group) }
        }

        /// The best pages of all words below a split key, words and pairs
        /// kept apart (a pair's file lists pairs, a word's file words).
        ///
        /// Scores are kept in an array by page: a dictionary cost a third of
        /// making the index.
        private mutating func prefixList(key: String, _ items: ArraySlice<Item>) -> Postings {
            let pairs = SearchIndex.isPair(key)
            var pages: [Int32] = []
            for item in items where item.word.contains(UInt8(ascii: "_")) == pairs {
                for posting in item.list {
                    let page = Int(posting.page)
                    if page >= bestScores.count { bestScores += Array(repeating: 0, count: page + 1 - bestScores.count) }
                    if bestScores[page] == 0 { pages.append(posting.page) }
                    bestScores[page] = max(bestScores[page], UInt16(posting.score) + 1)
                }
            }
            let list = pages.map { page in
                defer { bestScores[Int(page)] = 0 }
                return (page: page, score: UInt8(bestScores[Int(page)] - 1))
            }
            return SearchIndex.best(list, count: limits.prefixTop)
        }

        private func fileJSON(terms: [Item], prefix: Postings?) -> String {
            var parts = ["\"t\":{" + terms.map(\.json).joined(separator: ",\n") + "}"]
            let capped = terms.map { String(decoding: $0.word, as: UTF8.self) }.filter { truncated.contains($0) }
            if !capped.isEmpty { parts.append("\"x\":[" + capped.map { JSONWriter.quoted($0) }.joined(separator: ",") + "]") }
            if let prefix, !prefix.isEmpty { parts.append("\"p\":" + SearchIndex.encode(prefix, scores: true)) }
            return "{" + parts.joined(separator: ",\n") + "}\n"
        }
    }
}

/// FNV-1a, 64 bits: a version stamp for the index files, not a security measure.
struct FNV1a {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    /// On the contiguous bytes: `Data`'s iterator cost 55 instructions a byte.
    mutating func add(_ data: Data) {
        var hash = hash
        data.withUnsafeBytes { bytes in
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        self.hash = hash
    }

    var hex: String {
        let text = String(hash, radix: 16)
        return String((String(repeating: "0", count: 16 - text.count) + text).prefix(10))
    }
}
