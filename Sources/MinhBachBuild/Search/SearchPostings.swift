import Foundation

/// Every word's pages for one language's search index, gathered as pages
/// are added — in any order, from any thread — while holding no more than
/// twice `Limits.perWord` pages for any word: a word on every page of a
/// 100,000-page site would otherwise keep 100,000 pages until the end, only
/// for all but the best 1,000 to be dropped.
///
/// The result is the same as collecting every page first: the kept pages are
/// the best under one total order (score, then page number), and the best
/// of a union are the best of the best of each part.
final class SearchPostings: @unchecked Sendable {
    private struct Word {
        let term: String
        let hash: UInt32
        var list: SearchIndex.Postings = []
        /// Pages added in all, kept or not: above `perWord`, the word is listed as capped.
        var total = 0

        init(term: String, hash: UInt32) {
            self.term = term
            self.hash = hash
        }

        mutating func add(_ posting: (page: Int32, score: UInt8), perWord: Int) {
            list.append(posting)
            total += 1
            // Cutting the list back to the best when it doubles keeps the cost of choosing linear overall.
            if list.count >= 2 * perWord { list = SearchIndex.best(list, count: perWord) }
        }
    }

    private let lock = NSLock()
    private var table = Table()
    private let perWord: Int

    init(perWord: Int) {
        self.perWord = perWord
    }

    /// One page's words and title pairs with their scores (`SearchDocument.terms`).
    func add(page: Int32, terms: [(term: String, score: UInt8)]) {
        // Hashed before the lock is taken.
        let hashes = terms.map { Self.hash($0.term) }
        lock.lock()
        defer { lock.unlock() }
        let perWord = perWord
        // Taken out of the object for the loop: each use of a class's stored
        // property is checked for exclusive access.
        var table = self.table
        self.table = Table(empty: ())
        for (offset, (term, score)) in terms.enumerated() {
            let index = table.wordIndex(term, hash: hashes[offset])
            table.words[index].add((page, score), perWord: perWord)
        }
        self.table = table
    }

    /// Every word and title pair with its pages in page order, capped; and the words whose pages were capped.
    func finished() -> (entries: [String: SearchIndex.Postings], truncated: Set<String>) {
        lock.lock()
        defer { lock.unlock() }
        var entries: [String: SearchIndex.Postings] = [:]
        entries.reserveCapacity(table.words.count)
        var truncated: Set<String> = []
        for word in table.words {
            if word.total > perWord {
                truncated.insert(word.term)
                entries[word.term] = SearchIndex.best(word.list, count: perWord)
            } else {
                entries[word.term] = word.list.sorted { $0.page < $1.page }
            }
        }
        return (entries, truncated)
    }

    /// The words in the order they came, found by open addressing on an
    /// FNV-1a hash of their bytes: a `[String: Word]` hashed every term of
    /// every page with SipHash under the lock, a tenth of a 10,000-page
    /// build's CPU time (perf), while the other thread waited for the lock.
    private struct Table {
        var words: [Word] = []
        /// Word index + 1; 0 is empty. A power of two, at most half full.
        var slots = [Int32](repeating: 0, count: 4096)

        init() {}

        /// A placeholder while the table is out of the object: allocates nothing.
        init(empty: Void) {
            slots = []
        }

        /// The index of the term's word, made if the term is new.
        mutating func wordIndex(_ term: String, hash: UInt32) -> Int {
            let mask = slots.count - 1
            var slot = Int(hash ^ (hash >> 16)) & mask
            while true {
                let found = Int(slots[slot]) - 1
                if found < 0 { break }
                if words[found].hash == hash, words[found].term == term { return found }
                slot = (slot + 1) & mask
            }
            words.append(Word(term: term, hash: hash))
            slots[slot] = Int32(words.count)
            if words.count * 2 > slots.count { rehash() }
            return words.count - 1
        }

        private mutating func rehash() {
            let mask = slots.count * 2 - 1
            var larger = [Int32](repeating: 0, count: slots.count * 2)
            for (index, word) in words.enumerated() {
                var slot = Int(word.hash ^ (word.hash >> 16)) & mask
                while larger[slot] != 0 { slot = (slot + 1) & mask }
                larger[slot] = Int32(index + 1)
            }
            slots = larger
        }
    }

    private static func hash(_ term: String) -> UInt32 {
        var term = term
        return term.withUTF8 { WordFolder.hash($0) }
    }
}
