import Foundation
@testable import MinhBachBuild
import MinhBachText
import Testing

/// The search index (Sources/MinhBachBuild/Search): folding, the text of
/// pages, sharding, and the index of the fixture site `sites/data`. The
/// client that reads it is tested by `node --test Tests/js/`.
@Suite struct SearchTests {
    // MARK: folding

    /// The cases the JavaScript tests check too, so that both fold alike.
    static let foldCases: [(input: String, words: [String], note: String)] = {
        let url = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("js/fold-cases.json")
        let data = (try? Data(contentsOf: url)) ?? Data("[]".utf8)
        let list = (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]] ?? []
        return list.map { ($0["input"] as? String ?? "", $0["words"] as? [String] ?? [], $0["note"] as? String ?? "") }
    }()

    @Test func foldingMatchesTheSharedCasesAndSlug() {
        #expect(Self.foldCases.count > 20, "Tests/js/fold-cases.json is read")
        for (input, words, note) in Self.foldCases {
            #expect(SearchText.words(input) == words, "\(note)")
            #expect(Slug.make(input) == words.joined(separator: "-"), "Slug.make folds the same: \(note)")
        }
        #expect(SearchText.fold("Hòa") == SearchText.fold("Hoà"))
        #expect(SearchText.fold("Phường An Bình") == "phuong an binh")
    }

    /// Every character below U+3000 (the table) and a sample above it,
    /// between two letters, splits words exactly where Slug.make puts a dash.
    @Test func everyCharacterFoldsAsSlugDoes() {
        let values = Array(0x20..<0x3000) + [0x3042, 0xAC00, 0xF900, 0xFB01, 0xFF21, 0x1D400, 0x1F600]
        for value in values {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let text = "x" + String(Character(scalar)) + "y"
            let slug = Slug.make(text)
            #expect(SearchText.words(text).joined(separator: "-") == slug, "U+\(String(value, radix: 16, uppercase: true))")
        }
    }

    // MARK: page text

    @Test func pageTextSkipsChartsAndDecodesEntities() {
        let html = """
        <h2 id="a">Thông tin chung</h2>
        <ul>
        <li><strong>Loại đơn vị:</strong> phường</li>
        <li><strong>Trực thuộc:</strong> <a href="/x/">Huyện Phú Lộc</a>, <a href="/y/">Thành phố Huế</a></li>
        </ul>
        <figure><svg viewBox="0 0 10 10"><text>SVGTEXT</text><title>t</title></svg><figcaption>Biểu đồ</figcaption></figure>
        <table><tr><td>Tỷ lệ</td><td>18,97%</td></tr></table>
        <!-- a comment --><p>Sở Nội vụ &amp; Sở Tài chính &#8211; &#x110;ắk</p>
        """
        let text = WalkedText(html: html)
        #expect(!text.text.contains("SVGTEXT"), "charts are left out: their numbers are in their tables")
        #expect(!text.text.contains("comment"))
        #expect(text.text.contains("Thông tin chung"), "headings are indexed")
        #expect(text.text.contains("Tỷ lệ 18,97%"), "table cells are separate words")
        #expect(text.text.contains("Sở Nội vụ & Sở Tài chính – Đắk"))
        #expect(text.summary == "Loại đơn vị: phường · Trực thuộc: Huyện Phú Lộc, Thành phố Huế · Sở Nội vụ & Sở Tài chính – Đắk",
                "the summary has no headings, tables or figures; list items are separated")
    }

    @Test func longSummariesAreCutAtAWord() {
        let html = "<p>" + String(repeating: "Chương trình mục tiêu quốc gia ", count: 20) + "</p>"
        let summary = WalkedText(html: html).summary
        #expect(summary.count <= HTMLText.maxLength + 1)
        #expect(summary.hasSuffix("gia…") || summary.hasSuffix("trình…") || summary.hasSuffix("tiêu…") || summary.hasSuffix("mục…")
                || summary.hasSuffix("quốc…"))
    }

    /// The cut as it was first written (whole Character count, Foundation
    /// trimming), against which the faster one is checked.
    static func shortenedByFoundation(_ text: String) -> String {
        guard text.count > HTMLText.maxLength else { return text }
        let cut = text.prefix(HTMLText.maxLength)
        let trimmed = cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)
        return trimmed.trimmingCharacters(in: CharacterSet(charactersIn: " ·,;:")) + "…"
    }

    @Test func summariesAreCutAsFoundationCutThem() {
        let pieces = ["Chương", "trình", " ", " · ", ",", ";", ":", "e\u{0301}", "👨‍👩‍👧", "\r\n", "Đắk", "1.234", "·", "x"]
        var generator = SystemRandomNumberGenerator()
        for length in [0, 10, 60, 120, 200] {
            for _ in 0..<200 {
                let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
                #expect(HTMLText.shorten(text) == Self.shortenedByFoundation(text))
            }
        }
    }

    @Test func documentWordsComeFromTitleAddressAndBody() {
        let document = SearchDocument(title: "Phường An Bình", path: "xa/phuong-an-binh-31150/",
                                      bodyHTML: "<p>Mã 31150, năm 2024, tỷ lệ 18,97%; 241 hộ. An toàn.</p>", description: nil)
        let scores = Dictionary(uniqueKeysWithValues: document.terms.map { ($0.term, Int($0.score)) })
        #expect(document.titleWords == ["phuong", "an", "binh"])
        #expect(document.addressWords == ["31150"], "the unit code of the address")
        #expect(scores["2024"] == SearchIndex.bodyScore(1))
        #expect(scores["31150"] == SearchIndex.addressScore + SearchIndex.bodyScore(1))
        #expect(scores["18"] == nil && scores["97"] == nil && scores["241"] == nil,
                "figures in a body are not words; years and codes are")
        #expect(scores["an"] == SearchIndex.titleScore + SearchIndex.bodyScore(1))
        #expect(scores["toan"] == SearchIndex.bodyScore(1))
        #expect(scores["an_binh"] == SearchIndex.titleScore && scores["phuong_an"] == SearchIndex.titleScore)
    }

    // MARK: sharding

    /// Synthetic pages: `count` pages titled "Xã <name> <n>", bodies sharing words.
    static func documents(_ count: Int) -> [SearchDocument] {
        let names = ["An Bình", "Bình An", "Hòa Bình", "Hoà An", "Thạnh Phú", "Thanh Hóa", "Nghĩa Hưng", "Ngọc Lặc", "Đắk Lắk", "Quảng Ngãi"]
        return (0..<count).map { n in
            let name = names[n % names.count]
            let body = "<p>Tỷ lệ hộ nghèo của \(name). Nông thôn mới \(n % 3 == 0 ? "nâng cao nâng cao nâng cao" : "").</p>"
            return SearchDocument(title: "Xã \(name) \(n)", path: "xa/x-\(n)/", bodyHTML: body, description: nil)
        }
    }

    @Test func everyWordIsInTheFileTheManifestPoints() throws {
        let limits = SearchIndex.Limits(perWord: 40, fileBytes: 600, perFile: 8, prefixTop: 10)
        let index = SearchIndex(language: "vi", documents: Self.documents(120), limits: limits)
        let built = try BuiltIndex(index.files())
        #expect(built.manifest["pages"] as? Int == 120)
        #expect(built.files.keys.contains("vi/trang-14.json") && !built.files.keys.contains("vi/trang-15.json"), "120 pages, 8 a file")
        let (entries, _) = index.postings()
        #expect(entries["an_binh"] != nil && entries["xa_an"] != nil, "pairs of title words")
        for word in entries.keys {
            let file = try #require(built.locate(word), "\(word) has a file")
            let terms = try #require(built.file(file)?["t"] as? [String: Any], "\(file).json exists")
            #expect(terms[word] != nil, "\(word) is in \(file).json")
        }
        for (path, data) in built.files where !path.contains("trang-") && path.hasPrefix("vi/") {
            let terms = (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["t"] as? [String: Any] ?? [:]
            #expect(data.count <= limits.fileBytes + 200 || terms.count <= 1, "\(path) is \(data.count) bytes with \(terms.count) words")
        }
        #expect(built.tree.count > 3, "common prefixes were split: \(built.tree.keys.sorted())")
        #expect(built.locate("zzz") == nil, "a word no page has needs no request")
    }

    @Test func aCommonWordKeepsItsBestPages() throws {
        var documents = Self.documents(30)
        documents.append(SearchDocument(title: "Tỷ lệ hộ nghèo", path: "chi-tieu/poverty-rate/", bodyHTML: "<p>Nghèo.</p>", description: nil))
        let index = SearchIndex(language: "vi", documents: documents, limits: SearchIndex.Limits(perWord: 5, fileBytes: 100_000))
        let built = try BuiltIndex(index.files())
        let pages = try built.pages(of: "ngheo")
        #expect(pages.count == 5)
        let best = try #require(pages.max { $0.value < $1.value })
        #expect(built.title(of: best.key) == "Tỷ lệ hộ nghèo", "the title match is kept and scores highest")
        #expect(best.value == SearchIndex.titleScore + 1)
        let file = try #require(built.file(built.locate("ngheo")!))
        #expect((file["x"] as? [String])?.contains("ngheo") == true, "a capped word is listed in x")
    }

    @Test func theSameSiteGivesTheSameBytes() {
        let documents = Self.documents(50)
        let first = SearchIndex(language: "vi", documents: documents).files()
        let second = SearchIndex(language: "vi", documents: documents.reversed()).files()
        #expect(first.version == second.version)
        #expect(first.manifest.data == second.manifest.data)
        #expect(first.files.map(\.path) == second.files.map(\.path))
        #expect(first.files.map(\.data) == second.files.map(\.data))
    }

    // MARK: the fixture site

    @Test func fixtureSiteHasAnIndexAndSearchPagesInBothLanguages() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let output = scratch.appendingPathComponent("site-out")
        let report = Fixtures.build(Fixtures.site("data"), output: output)
        #expect(report.diagnostics.errors.map(\.formatted) == [])
        let files = Fixtures.snapshot(output)
        let vi = try BuiltIndex(files: files, folder: "tim-kiem/chi-muc/", language: "vi")
        let en = try BuiltIndex(files: files, folder: "tim-kiem/chi-muc/", language: "en")
        #expect(vi.manifest["pages"] as? Int == 27)
        #expect(en.manifest["pages"] as? Int == 27)

        // Toneless words find toned titles; title pages score above body ones.
        let bac = try vi.pages(of: "bac"), kan = try vi.pages(of: "kan")
        let bacKan = Set(try vi.pages(of: "bac_kan").keys)
        let titled = Set(bac.keys).intersection(kan.keys).filter { (bac[$0] ?? 0) >= SearchIndex.titleScore }
        #expect(Set(titled.map { vi.title(of: $0) }) == ["Phường Bắc Kạn", "Thành phố Bắc Kạn", "Tỉnh Bắc Kạn",
                                                         "Ủy ban nhân dân thành phố Bắc Kạn", "Ủy ban nhân dân tỉnh Bắc Kạn"])
        #expect(bacKan == titled, "the pair bac_kan lists the titles with both words side by side")
        let duc = try vi.pages(of: "duc").filter { $0.value >= SearchIndex.titleScore }
        #expect(duc.keys.map { vi.path(of: $0) }.sorted() == ["truoc-2025/xa/phuong-duc-xuan-01840/", "xa/phuong-duc-xuan-01846/"])
        // "minh họa" in a body is found as "hoa".
        let home = try #require((0..<26).first { vi.path(of: $0) == "" })
        #expect(try vi.pages(of: "hoa")[home] == 1)
        // The unit code of the address.
        let code = try vi.pages(of: "01843")
        let codePage = try #require(code.max { $0.value < $1.value })
        #expect(vi.path(of: codePage.key) == "xa/phuong-bac-kan-01843/")
        #expect(codePage.value >= SearchIndex.addressScore)
        // Page files: title, address, summary.
        #expect(vi.title(of: home) == "Trang chủ")
        #expect(vi.row(home)?[2] == "Trang kiểm thử các trang sinh từ dữ liệu (dữ liệu minh họa).")
        // The English index has the English pages.
        let indicators = try en.pages(of: "indicators").filter { $0.value >= SearchIndex.titleScore }
        #expect(indicators.keys.map { en.path(of: $0) } == ["en/chi-tieu/"])
        #expect(try en.pages(of: "bac_kan").keys.map { en.path(of: $0) }.contains("en/xa/phuong-bac-kan-01843/"))
        #expect((0..<26).allSatisfy { en.path(of: $0).hasPrefix("en/") })

        // The search pages.
        let page = String(decoding: files["tim-kiem/index.html"] ?? Data(), as: UTF8.self)
        let version = try #require(vi.manifest["version"] as? String)
        #expect(page.contains(#"data-index="/tim-kiem/chi-muc/vi.json?v=\#(version)""#))
        #expect(page.contains(#"<form class="search-form" role="search" action="/tim-kiem/" method="get">"#))
        #expect(page.contains(#"<label class="search-form__label" for="search-q">"#))
        #expect(page.contains(#"role="status" aria-live="polite""#))
        #expect(page.contains(#"<script src="/assets/search."#))
        #expect(page.contains(#"href="/en/tim-kiem/""#), "links to the English search page")
        #expect(!page.contains("site-search-q"), "no second search box in the header of the search page")
        let english = String(decoding: files["en/tim-kiem/index.html"] ?? Data(), as: UTF8.self)
        #expect(english.contains(#"<html lang="en">"#))
        #expect(english.contains(#"data-index="/tim-kiem/chi-muc/en.json?v="#))
        #expect(files.keys.contains { $0.hasPrefix("assets/search.") && $0.hasSuffix(".js") })

        // Every page has the header search box, to its language's search page.
        let commune = String(decoding: files["xa/phuong-bac-kan-01843/index.html"] ?? Data(), as: UTF8.self)
        #expect(commune.contains(#"<form class="site-search" role="search" action="/tim-kiem/" method="get">"#))
        let englishCommune = String(decoding: files["en/xa/phuong-bac-kan-01843/index.html"] ?? Data(), as: UTF8.self)
        #expect(englishCommune.contains(#"<form class="site-search" role="search" action="/en/tim-kiem/" method="get">"#))
    }
}

/// Reads an index as the browser does (templates/assets/search.js).
private struct BuiltIndex {
    let language: String
    let files: [String: Data]
    let manifest: [String: Any]
    let tree: [String: String]
    private let prefix: String

    init(_ built: (manifest: SearchIndex.File, files: [SearchIndex.File], version: String)) throws {
        var files = Dictionary(uniqueKeysWithValues: built.files.map { ($0.path, $0.data) })
        files[built.manifest.path] = built.manifest.data
        try self.init(files: files, folder: "", language: String(built.manifest.path.dropLast(".json".count)))
    }

    init(files: [String: Data], folder: String, language: String) throws {
        self.language = language
        self.prefix = folder
        self.files = files.filter { $0.key.hasPrefix(folder) }.reduce(into: [:]) { $0[String($1.key.dropFirst(folder.count))] = $1.value }
        let data = try #require(self.files["\(language).json"], "the manifest \(language).json")
        manifest = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        tree = manifest["tree"] as? [String: String] ?? [:]
    }

    /// The key of the file that holds `key`, as search.js's `locate` finds it.
    func locate(_ key: String) -> String? {
        var node = ""
        while true {
            guard let next = tree[node] else { return node }
            if node.count == key.count { return node }
            let letter = key[key.index(key.startIndex, offsetBy: node.count)]
            guard next.contains(letter) else { return nil }
            node.append(letter)
        }
    }

    func file(_ key: String) -> [String: Any]? {
        files["\(language)/\(key).json"].flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
    }

    /// Page → score of a word (pairs: score 10).
    func pages(of word: String) throws -> [Int: Int] {
        guard let key = locate(word), let list = file(key)?["t"].flatMap({ ($0 as? [String: Any])?[word] }) as? [Int] else { return [:] }
        let pair = word.contains("_")
        var result: [Int: Int] = [:]
        var page = 0
        var index = 0
        while index < list.count {
            page += list[index]
            result[page] = pair ? SearchIndex.titleScore : list[index + 1]
            index += pair ? 1 : 2
        }
        return result
    }

    func row(_ page: Int) -> [String]? {
        let perFile = manifest["per_file"] as? Int ?? 16
        guard let data = files["\(language)/trang-\(page / perFile).json"],
              let rows = try? JSONSerialization.jsonObject(with: data) as? [[String]], page % perFile < rows.count else { return nil }
        return rows[page % perFile]
    }

    func title(of page: Int) -> String { row(page)?[0] ?? "" }
    func path(of page: Int) -> String { row(page)?[1] ?? "" }
}
