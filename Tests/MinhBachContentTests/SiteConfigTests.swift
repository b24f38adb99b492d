import Testing
import MinhBachContent
import MinhBachDiagnostics

@Suite("SiteConfigParser")
struct SiteConfigTests {
    private let path = "content/site.yaml"

    private func at(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    @Test("a complete site.yaml")
    func complete() {
        let (config, diagnostics) = SiteConfigParser.parse("""
        title: Cổng thông tin minh bạch
        description: Số liệu các chương trình mục tiêu quốc gia
        base_url: https://minhbach.cantho.gov.vn/bao-cao
        language: vi
        copyright: © 2025 UBND thành phố Cần Thơ
        menu:
          - {title: Văn bản, url: /van-ban/}
          - title: Báo cáo
            url: /bao-cao/
        markdown:
          raw_html: true
        province: Cần Thơ
        current_year: 2025

        """, path: path)
        #expect(diagnostics == [])
        #expect(config.title == "Cổng thông tin minh bạch")
        #expect(config.description == "Số liệu các chương trình mục tiêu quốc gia")
        #expect(config.baseURL == "https://minhbach.cantho.gov.vn/bao-cao/")
        #expect(config.basePath == "/bao-cao/")
        #expect(config.language == "vi")
        #expect(config.copyright == "© 2025 UBND thành phố Cần Thơ")
        #expect(config.menu?.map(\.title) == ["Văn bản", "Báo cáo"])
        #expect(config.menu?.map(\.url) == ["/van-ban/", "/bao-cao/"])
        #expect(config.allowRawHTML)
        #expect(config.params == ["province": .string("Cần Thơ"), "current_year": .int(2025)])
    }

    @Test("defaults")
    func defaults() {
        let (config, diagnostics) = SiteConfigParser.parse("title: T\n", path: path)
        #expect(diagnostics == [])
        #expect(config.title == "T")
        #expect(config.description == "")
        #expect(config.baseURL == "/")
        #expect(config.basePath == "/")
        #expect(config.language == "vi")
        #expect(config.copyright == "")
        #expect(config.menu == nil)
        #expect(config.allowRawHTML == false)
        #expect(config.params == [:])
    }

    @Test("a missing title is an error at 1:1")
    func missingTitle() {
        let (config, diagnostics) = SiteConfigParser.parse("base_url: https://x.gov.vn/\n", path: path)
        #expect(diagnostics == [.error(at: at(1, 1), "site.yaml has no 'title'",
                                       hint: "add a line such as 'title: Cổng thông tin minh bạch'")])
        #expect(config.baseURL == "https://x.gov.vn/")
    }

    @Test("a title that is not text")
    func titleNotText() {
        let (_, diagnostics) = SiteConfigParser.parse("title: [a, b]\n", path: path)
        #expect(diagnostics == [.error(at: at(1, 8), "'title' must be text")])
    }

    @Test("an empty site.yaml, or one that is not key: value lines")
    func notAMapping() {
        for text in ["", "- a\n", "chỉ là chữ\n"] {
            let (_, diagnostics) = SiteConfigParser.parse(text, path: path)
            #expect(diagnostics == [.error(at: at(1, 1), "site.yaml must be a list of 'key: value' lines",
                                           hint: "start with 'title: Tên trang' and 'base_url: https://example.gov.vn/'")])
        }
    }

    @Test("base_url is normalised; basePath is its path part", arguments: [
        ("https://x.gov.vn/minhbach", "https://x.gov.vn/minhbach/", "/minhbach/"),
        ("https://x.gov.vn/minhbach/", "https://x.gov.vn/minhbach/", "/minhbach/"),
        ("https://x.gov.vn", "https://x.gov.vn/", "/"),
        ("https://x.gov.vn/", "https://x.gov.vn/", "/"),
        ("http://localhost:8080/a/b", "http://localhost:8080/a/b/", "/a/b/"),
        ("/", "/", "/"),
        ("/minhbach", "/minhbach/", "/minhbach/"),
    ])
    func baseURL(_ raw: String, _ normalised: String, _ basePath: String) {
        #expect(SiteConfig.normaliseBaseURL(raw) == normalised)
        let (config, diagnostics) = SiteConfigParser.parse("title: T\nbase_url: \(raw)\n", path: path)
        #expect(diagnostics == [])
        #expect(config.baseURL == normalised)
        #expect(config.basePath == basePath)
    }

    @Test("base URLs that are rejected", arguments: [
        "x.gov.vn", "ftp://x.gov.vn/", "https://", "https://x.gov.vn/a b", "https://x.gov.vn/\"", "https://x.gov.vn/<a>",
        "minhbach/", "",
    ])
    func invalidBaseURL(_ raw: String) {
        #expect(SiteConfig.normaliseBaseURL(raw) == nil)
    }

    @Test("an invalid base_url is reported at its value, and the default kept")
    func invalidBaseURLDiagnostic() {
        let (config, diagnostics) = SiteConfigParser.parse("title: T\nbase_url: ftp://x.gov.vn\n", path: path)
        #expect(diagnostics == [.error(at: at(2, 11), "base_url 'ftp://x.gov.vn' is not an absolute URL",
                                       hint: "write the address the site is published at, e.g. 'https://minhbach.example.gov.vn/'")])
        #expect(config.baseURL == "/")
    }

    @Test("menu entries without title or url are reported one by one")
    func badMenuEntries() {
        let (config, diagnostics) = SiteConfigParser.parse("""
        title: T
        menu:
          - {title: A, url: /a/}
          - title: B
          - url: /c/
          - chữ
          - {title: D, url: /d/}

        """, path: path)
        let hint = "write '- {title: Văn bản, url: /van-ban/}'"
        #expect(diagnostics == [
            .error(at: at(4, 5), "a menu entry needs 'title' and 'url'", hint: hint),
            .error(at: at(5, 5), "a menu entry needs 'title' and 'url'", hint: hint),
            .error(at: at(6, 5), "a menu entry needs 'title' and 'url'", hint: hint),
        ])
        #expect(config.menu?.map(\.title) == ["A", "D"])
        #expect(config.menu?.map(\.url) == ["/a/", "/d/"])
    }

    @Test("a menu that is not a list")
    func menuNotAList() {
        let (config, diagnostics) = SiteConfigParser.parse("title: T\nmenu: /van-ban/\n", path: path)
        #expect(diagnostics == [.error(at: at(2, 7), "'menu' must be a list of entries with 'title' and 'url'")])
        #expect(config.menu == nil)
    }

    @Test("an empty menu list means no entries, not the default menu")
    func emptyMenu() {
        let (config, diagnostics) = SiteConfigParser.parse("title: T\nmenu: []\n", path: path)
        #expect(diagnostics == [])
        #expect(config.menu?.isEmpty == true)
    }

    @Test("markdown.raw_html", arguments: [("true", true), ("false", false)])
    func rawHTML(_ text: String, _ value: Bool) {
        let (config, diagnostics) = SiteConfigParser.parse("title: T\nmarkdown: {raw_html: \(text)}\n", path: path)
        #expect(diagnostics == [])
        #expect(config.allowRawHTML == value)
    }

    @Test("a markdown setting that is not a group with raw_html", arguments: [
        "markdown: true\n", "markdown: {}\n", "markdown: {raw_html: 'true'}\n", "markdown: [raw_html]\n",
    ])
    func badMarkdown(_ line: String) {
        let (config, diagnostics) = SiteConfigParser.parse("title: T\n" + line, path: path)
        #expect(diagnostics == [.error(at: at(2, 11), "'markdown' must be a group with 'raw_html: true' or 'raw_html: false'")])
        #expect(config.allowRawHTML == false)
    }

    @Test("invalid YAML in site.yaml counts lines from 1")
    func invalidYAML() {
        let (_, diagnostics) = SiteConfigParser.parse("title: [a\n", path: path)
        #expect(diagnostics.map(\.location) == [at(2, 1)])
        #expect(diagnostics.map(\.message) == [
            "invalid YAML: did not find expected ',' or ']' while parsing a flow sequence (which starts at line 1, column 8)",
        ])
    }

    @Test("a key written twice in site.yaml")
    func duplicateKey() {
        let (_, diagnostics) = SiteConfigParser.parse("title: A\nbase_url: /\ntitle: B\n", path: path)
        #expect(diagnostics == [.error(at: at(1, 1), "invalid YAML: the key 'title' is written more than once",
                                       hint: "keep only one line for each key")])
    }
}
