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
        var list: SearchIndex.Postings = []
        /// Pages added in all, kept or not: above `perWord`, the word is listed as capped.
        var total = 0

        mutating func add(_ posting: (page: Int32, score: UInt8), perWord: Int) {
            list.append(posting)
            total += 1
            // Cutting the list back to the best when it doubles keeps the cost of choosing linear overall.
            if list.count >= 2 * perWord { list = SearchIndex.best(list, count: perWord) }
        }
    }

    private let lock = NSLock()
    private var words: [String: Word] = [:]
    private let perWord: Int

    init(perWord: Int) {
        self.perWord = perWord
    }

    /// One page's words and title pairs with their scores (`SearchDocument.terms`).
    func add(page: Int32, terms: [(term: String, score: UInt8)]) {
        lock.lock()
        defer { lock.unlock() }
        let perWord = perWord
        // Taken out of the object for the loop: each use of a class's stored
        // property was checked for exclusive access (a fifth of this loop).
        var words = self.words
        self.words = [:]
        for (term, score) in terms {
            words[term, default: Word()].add((page, score), perWord: perWord)
        }
        self.words = words
    }

    /// Every word and title pair with its pages in page order, capped; and the words whose pages were capped.
    func finished() -> (entries: [String: SearchIndex.Postings], truncated: Set<String>) {
        lock.lock()
        defer { lock.unlock() }
        var entries: [String: SearchIndex.Postings] = [:]
        entries.reserveCapacity(words.count)
        var truncated: Set<String> = []
        for (term, word) in words {
            if word.total > perWord {
                truncated.insert(term)
                entries[term] = SearchIndex.best(word.list, count: perWord)
            } else {
                entries[term] = word.list.sorted { $0.page < $1.page }
            }
        }
        return (entries, truncated)
    }
}
