import Foundation
import MinhBachText

/// A site's search indexes in the making. Each page's words go into its
/// language's index as soon as the page is rendered, and only its summary
/// is kept (its title and address are the plan's): a build holds no page's
/// words or text to the end, where 100,000 pages' words once took 800 MB.
///
/// Pages are numbered before any is rendered, as the index numbers them
/// (folded title, then address), from the plan alone.
final class SearchCollector: @unchecked Sendable {
    let limits: SearchIndex.Limits
    private let plan: SitePlan
    /// Plan index → the page's number in its language's index, or nil when the page is not indexed.
    private let numbers: [Int32?]
    /// Per language, plan indices in page-number order.
    private let order: [Language: [Int]]
    private let postings: [Language: SearchPostings]
    private let lock = NSLock()
    /// Plan index → the page's summary, once the page is added.
    private var summaries: [String?]

    /// `pages`: the plan indices of the pages to index.
    init(plan: SitePlan, pages: [Int], limits: SearchIndex.Limits = SearchIndex.Limits()) {
        self.plan = plan
        self.limits = limits
        var numbers = [Int32?](repeating: nil, count: plan.pages.count)
        var order: [Language: [Int]] = [:]
        var postings: [Language: SearchPostings] = [:]
        for language in Language.allCases {
            let indices = pages.filter { plan.pages[$0].language == language }
            let numbered = SearchIndex.pageOrder(indices.map { (plan.pages[$0].title, plan.pages[$0].path) }).map { indices[$0] }
            for (number, index) in numbered.enumerated() { numbers[index] = Int32(number) }
            order[language] = numbered
            postings[language] = SearchPostings(perWord: limits.perWord)
        }
        self.numbers = numbers
        self.order = order
        self.postings = postings
        summaries = [String?](repeating: nil, count: plan.pages.count)
    }

    /// The indexes of pages rendered beforehand (the preview keeps their entries).
    convenience init(plan: SitePlan, rendered: [RenderedPage], limits: SearchIndex.Limits) {
        self.init(plan: plan, pages: rendered.map(\.index), limits: limits)
        for page in rendered { add(page: page.index, page.search) }
    }

    /// Called once a page, from any thread, with the page's entry, which can then go.
    func add(page index: Int, _ document: SearchDocument) {
        guard let number = numbers[index] else { return }
        postings[plan.pages[index].language]?.add(page: number, terms: document.terms)
        lock.lock()
        summaries[index] = document.summary
        lock.unlock()
    }

    /// One language's index, once every page is added.
    func index(for language: Language) -> SearchIndex {
        lock.lock()
        defer { lock.unlock() }
        let rows = (order[language] ?? []).map { index in
            SearchIndex.Row(title: plan.pages[index].title, path: plan.pages[index].path, summary: summaries[index] ?? "")
        }
        return SearchIndex(language: language.rawValue, rows: rows, words: postings[language] ?? SearchPostings(perWord: limits.perWord), limits: limits)
    }
}
