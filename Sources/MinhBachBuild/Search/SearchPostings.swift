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

    /// The words in the order they came, found by their FNV-1a hash
    /// (`HashSlots`): a `[String: Word]` hashed every term of every page
    /// with SipHash under the lock, a tenth of a 10,000-page build's CPU
    /// time (perf), while the other thread waited for the lock.
    private struct Table {
        var words: [Word] = []
        var slots = HashSlots(expected: 2048)

        init() {}

        /// A placeholder while the table is out of the object: allocates nothing.
        init(empty: Void) {
            slots = HashSlots(placeholder: ())
        }

        /// The index of the term's word, made if the term is new.
        mutating func wordIndex(_ term: String, hash: UInt32) -> Int {
            let (found, slot) = slots.find(hash) { words[$0].hash == hash && words[$0].term == term }
            if let found { return found }
            words.append(Word(term: term, hash: hash))
            slots.insert(words.count - 1, at: slot, count: words.count) { words[$0].hash }
            return words.count - 1
        }
    }

    private static func hash(_ term: String) -> UInt32 {
        var term = term
        return term.withUTF8 { WordFolder.hash($0) }
    }
}
