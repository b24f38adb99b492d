import Foundation
@testable import MinhBachBuild
import MinhBachContent
import MinhBachDiagnostics
import MinhBachText
import Testing

/// A large site's build does not hold the pages' Markdown from loading to
/// the end: the renderer reads each file again, and what the other stages
/// need of it (summaries, the feeds' newest pages) is kept small. A small
/// site holds it, and builds the same pages.
@Suite struct PageSourcesTests {
    /// A site of `count` dated news pages, some on the same day, without
    /// descriptions: the feeds and the lists show their first paragraphs.
    private static func newsSite(count: Int) -> URL {
        let source = Fixtures.scratch().appendingPathComponent("site")
        func write(_ path: String, _ text: String) {
            let url = source.appendingPathComponent(path)
            try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try! text.write(to: url, atomically: true, encoding: .utf8)
        }
        write("content/site.yaml", "title: Tin tức thử\nbase_url: https://x.example.gov.vn/\n")
        write("content/tin/_index.md", "---\ntitle: Tin\n---\n")
        // Fifteen days for all of them: pages of one day are ordered by address.
        for number in 0..<count {
            write("content/tin/tin-\(number).md",
                  "---\ntitle: Tin \(number)\ndate: 2025-0\(number % 3 + 1)-0\(number % 5 + 1)\n---\n# Đầu\n\nĐoạn đầu của tin \(number).\n")
        }
        return source
    }

    @Test("the feed keeps its newest pages as it goes, as sorting every dated page would")
    func feedEntriesAsSorted() throws {
        let source = Self.newsSite(count: 120)
        defer { Fixtures.remove(source.deletingLastPathComponent()) }
        let site = try #require(SitePreparer(options: BuildOptions(source: source)).prepare().site)
        let dated = site.plan.pages.filter { $0.language == .vi && $0.kind == .page }
            .map { ($0.path, $0.file!.frontMatter.date!) }
            .sorted { ($0.1, $1.0) > ($1.1, $0.0) }
        for limit in [0, 1, 7, 50, 119, 120, 500] {
            let entries = AtomFeeds(maximumEntries: limit).entries(site, language: .vi)
            #expect(entries.map(\.page.path) == dated.prefix(limit).map(\.0), "limit \(limit)")
            #expect(entries.map(\.date) == dated.prefix(limit).map(\.1), "limit \(limit)")
        }
    }

    @Test("lists and feeds show the first paragraph of a page the build no longer holds")
    func summariesWithoutSources() throws {
        let source = Self.newsSite(count: 3)
        let output = source.deletingLastPathComponent().appendingPathComponent("out")
        defer { Fixtures.remove(source.deletingLastPathComponent()) }
        var options = BuildOptions(source: source, output: output)
        options.keptPageSources = .none
        let site = try #require(SitePreparer(options: options).prepare().site)
        #expect(site.content.files.allSatisfy { $0.body.heldText == nil })
        let report = SiteBuilder().build(options)
        #expect(report.diagnostics.errors.map(\.formatted) == [])
        let list = try String(contentsOf: output.appendingPathComponent("tin/index.html"), encoding: .utf8)
        let feed = try String(contentsOf: output.appendingPathComponent("feed.xml"), encoding: .utf8)
        for number in 0..<3 {
            #expect(list.contains("Đoạn đầu của tin \(number)."))
            #expect(feed.contains("<summary>Đoạn đầu của tin \(number).</summary>"))
        }
        let page = try String(contentsOf: output.appendingPathComponent("tin/tin-1/index.html"), encoding: .utf8)
        #expect(page.contains("<p>Đoạn đầu của tin 1.</p>"))
    }

    @Test("a small site holds its pages' Markdown, some or all of it, and builds the same files as reading it again")
    func heldOrReadAgain() throws {
        let source = Self.newsSite(count: 12)
        let folder = source.deletingLastPathComponent()
        defer { Fixtures.remove(folder) }
        // Each page's Markdown is 30 bytes or so: 100 bytes hold some of them.
        let ways: [(String, BodyKeeping, held: ClosedRange<Int>)] = [
            ("none", .none, 0...0), ("all", .all, 13...13), ("standard", .whileSmall, 13...13),
            ("some", .upTo(pages: 100, bytes: 100), 1...4), ("too-many-pages", .upTo(pages: 12, bytes: 1 << 20), 0...0),
        ]
        var outputs: [String: [String: Data]] = [:]
        for (name, keeping, held) in ways {
            var options = BuildOptions(source: source, output: folder.appendingPathComponent(name))
            options.keptPageSources = keeping
            let site = try #require(SitePreparer(options: options).prepare().site)
            #expect(held.contains(site.content.files.count { $0.body.heldText != nil }), "\(name)")
            #expect(SiteBuilder().build(options).diagnostics.errors.map(\.formatted) == [], "\(name)")
            outputs[name] = Fixtures.snapshot(folder.appendingPathComponent(name))
        }
        #expect(outputs["none"]?.count ?? 0 > 12)
        for (name, _, _) in ways { #expect(outputs[name] == outputs["none"], "\(name)") }
    }

    @Test("a page whose file was saved again after loading fails the build at that file")
    func changedDuringBuild() throws {
        let source = Self.newsSite(count: 2)
        defer { Fixtures.remove(source.deletingLastPathComponent()) }
        var options = BuildOptions(source: source)
        options.keptPageSources = .none
        let site = try #require(SitePreparer(options: options).prepare().site)
        let index = try #require(site.plan.pages.firstIndex { $0.file?.relativePath == "tin/tin-1.md" })
        try "---\ntitle: Tin 1\ndate: 2025-01-01\n---\nĐã sửa.\n"
            .write(to: source.appendingPathComponent("content/tin/tin-1.md"), atomically: true, encoding: .utf8)
        let output = SiteRendering(site: site, options: options).render(page: index)
        #expect(output.diagnostics.map(\.code) == ["MB1408"])
        #expect(output.diagnostics.map(\.location.path) == ["content/tin/tin-1.md"])
        #expect(!output.html.contains("Đã sửa."))
    }
}
