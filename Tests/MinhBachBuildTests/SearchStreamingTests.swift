import Dispatch
import Foundation
@testable import MinhBachBuild
import MinhBachText
import Testing

/// The search index gathered page by page while a build renders (`SearchPostings`,
/// `SearchCollector`) is byte for byte the index made from every page at the end.
@Suite struct SearchStreamingTests {
    /// The index as it was first made: every page's words collected, then each
    /// list capped to its best pages. The reference for the gathered one.
    static func collectedAtTheEnd(_ numbered: [SearchDocument], perWord: Int) -> (entries: [String: [[Int]]], truncated: Set<String>) {
        var entries: [String: SearchIndex.Postings] = [:]
        for (number, document) in numbered.enumerated() {
            for (term, score) in document.terms { entries[term, default: []].append((Int32(number), score)) }
        }
        var truncated: Set<String> = []
        for (term, list) in entries where list.count > perWord {
            truncated.insert(term)
            entries[term] = SearchIndex.best(list, count: perWord)
        }
        return (entries.mapValues(Self.plain), truncated)
    }

    static func plain(_ list: SearchIndex.Postings) -> [[Int]] { list.map { [Int($0.page), Int($0.score)] } }

    /// A fixed shuffle, so that a failure can be run again.
    static func shuffled<T>(_ items: [T], seed: UInt64) -> [T] {
        var state = seed
        var items = items
        for index in items.indices.reversed() where index > 0 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            items.swapAt(index, Int((state >> 33) % UInt64(index + 1)))
        }
        return items
    }

    @Test(arguments: [3, 7, 40, 1000])
    func pagesGatheredInAnyOrderKeepTheSameBest(perWord: Int) {
        let documents = SearchTests.documents(400)
        let numbered = SearchIndex.pageOrder(documents.map { ($0.title, $0.path) }).map { documents[$0] }
        let expected = Self.collectedAtTheEnd(numbered, perWord: perWord)
        #expect(expected.truncated.isEmpty == (perWord == 1000), "small limits cap the common words")

        let postings = SearchPostings(perWord: perWord)
        let order = Self.shuffled(Array(numbered.indices), seed: UInt64(perWord))
        DispatchQueue.concurrentPerform(iterations: 4) { part in
            for number in order[(part * order.count / 4)..<((part + 1) * order.count / 4)] {
                postings.add(page: Int32(number), terms: numbered[number].terms)
            }
        }
        let (entries, truncated) = postings.finished()
        #expect(truncated == expected.truncated)
        #expect(entries.mapValues(Self.plain) == expected.entries)
    }

    /// A plan of both languages, its pages added from several threads in any
    /// order, gives each language the files of an index made from its pages.
    @Test func collectedIndexesAreTheIndexesOfAllPages() {
        let documents = SearchTests.documents(90)
        let languages = documents.indices.map { $0 % 3 == 0 ? Language.en : Language.vi }
        let pages = documents.indices.map { index in
            PlannedPage(kind: .page, file: nil, title: documents[index].title, path: documents[index].path, layout: "single",
                        language: languages[index])
        }
        let plan = SitePlan(pages: pages, topSections: [])
        let limits = SearchIndex.Limits(perWord: 6, fileBytes: 500, perFile: 8, prefixTop: 5)
        let collector = SearchCollector(plan: plan, pages: Array(pages.indices), limits: limits)
        let order = Self.shuffled(Array(pages.indices), seed: 7)
        DispatchQueue.concurrentPerform(iterations: 3) { part in
            for index in order[(part * order.count / 3)..<((part + 1) * order.count / 3)] {
                collector.add(page: index, documents[index])
            }
        }
        for language in [Language.vi, .en] {
            let own = documents.indices.filter { languages[$0] == language }.map { documents[$0] }
            let expected = SearchIndex(language: language.rawValue, documents: Self.shuffled(own, seed: 3), limits: limits).files()
            let gathered = collector.index(for: language).files()
            #expect(gathered.version == expected.version)
            #expect(gathered.manifest.data == expected.manifest.data)
            #expect(gathered.files.map(\.path) == expected.files.map(\.path))
            #expect(gathered.files.map(\.data) == expected.files.map(\.data))
        }
    }
}
