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
        #expect(diagnostics == [Diagnostic(.content(.siteHasNoTitle), at: at(1, 1))])
        #expect(diagnostics.first?.formatted(in: .vi) == """
            content/site.yaml:1:1: error[MB1212]: Tệp site.yaml chưa có 'title'
              gợi ý: Hãy thêm một dòng như 'title: Cổng thông tin minh bạch'
            """)
        #expect(diagnostics.first?.formatted(in: .en) == """
            content/site.yaml:1:1: error[MB1212]: site.yaml has no 'title'
              hint: add a line such as 'title: Cổng thông tin minh bạch'
            """)
        #expect(config.baseURL == "https://x.gov.vn/")
    }

    @Test("a title that is not text")
    func titleNotText() {
        let (_, diagnostics) = SiteConfigParser.parse("title: [a, b]\n", path: path)
        #expect(diagnostics == [Diagnostic(.content(.siteSettingNotText), at: at(1, 8), [MessageArgument("key", "title")])])
        #expect(diagnostics.map { $0.message(in: .en) } == ["'title' must be text"])
        #expect(diagnostics.map { $0.message(in: .vi) } == ["Mục 'title' phải là chữ"])
    }

    @Test("an empty site.yaml, or one that is not key: value lines")
    func notAMapping() {
        for text in ["", "- a\n", "chỉ là chữ\n"] {
            let (_, diagnostics) = SiteConfigParser.parse(text, path: path)
            #expect(diagnostics == [Diagnostic(.content(.siteConfigNotAMap), at: at(1, 1))])
            #expect(diagnostics.map { $0.message(in: .en) } == ["site.yaml must be a list of 'key: value' lines"])
            #expect(diagnostics.map { $0.message(in: .vi) } == ["Tệp site.yaml phải gồm các dòng 'khóa: giá trị'"])
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
        #expect(diagnostics == [Diagnostic(.content(.baseURLNotAbsolute), at: at(2, 11), [MessageArgument("url", "ftp://x.gov.vn")])])
        #expect(diagnostics.map { $0.message(in: .en) } == ["base_url 'ftp://x.gov.vn' is not an absolute URL"])
        #expect(diagnostics.map { $0.message(in: .vi) } == ["Mục base_url 'ftp://x.gov.vn' không phải một địa chỉ đầy đủ"])
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
        #expect(diagnostics.map(\.location) == [at(4, 5), at(5, 5), at(6, 5)])
        #expect(Set(diagnostics.map(\.code)) == ["MB1215"])
        #expect(diagnostics.first?.formatted(in: .en) == """
            content/site.yaml:4:5: error[MB1215]: a menu entry needs 'title' and 'url'
              hint: write '- {title: Văn bản, url: /van-ban/}'
            """)
        #expect(diagnostics.first?.formatted(in: .vi) == """
            content/site.yaml:4:5: error[MB1215]: Mỗi mục của menu cần có 'title' và 'url'
              gợi ý: Hãy viết '- {title: Văn bản, url: /van-ban/}'
            """)
        #expect(config.menu?.map(\.title) == ["A", "D"])
        #expect(config.menu?.map(\.url) == ["/a/", "/d/"])
    }

    @Test("a menu that is not a list")
    func menuNotAList() {
        let (config, diagnostics) = SiteConfigParser.parse("title: T\nmenu: /van-ban/\n", path: path)
        #expect(diagnostics == [Diagnostic(.content(.menuNotAList), at: at(2, 7))])
        #expect(diagnostics.map { $0.message(in: .en) } == ["'menu' must be a list of entries with 'title' and 'url'"])
        #expect(diagnostics.map { $0.message(in: .vi) } == ["Mục 'menu' phải là một danh sách các mục có 'title' và 'url'"])
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

    /// At the value of `markdown`, or at `raw_html`'s value when that is what is wrong.
    @Test("a markdown setting that is not a group with raw_html", arguments: [
        ("markdown: true\n", 11), ("markdown: {}\n", 11), ("markdown: {raw_html: 'true'}\n", 22), ("markdown: [raw_html]\n", 11),
    ])
    func badMarkdown(_ line: String, _ column: Int) {
        let (config, diagnostics) = SiteConfigParser.parse("title: T\n" + line, path: path)
        #expect(diagnostics == [Diagnostic(.content(.markdownSettingWrong), at: at(2, column))])
        #expect(diagnostics.map { $0.message(in: .en) } == ["'markdown' must be a group with 'raw_html: true' or 'raw_html: false'"])
        #expect(diagnostics.map { $0.message(in: .vi) } == ["Mục 'markdown' phải là một nhóm có 'raw_html: true' hoặc 'raw_html: false'"])
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

    @Test("the license and other groups keep the line of every value inside them")
    func nestedLocations() {
        let (config, diagnostics) = SiteConfigParser.parse("""
        title: T
        license:
          name: CC BY 4.0
          url: https://creativecommons.org/licenses/by/4.0/
        contact:
          phones: ["0208 3851 234", "0208 3851 235"]

        """, path: path)
        #expect(diagnostics.isEmpty)
        #expect(config.paramLocations[ParamPath("license").appending("name")] == at(3, 9))
        #expect(config.paramLocations[ParamPath("license").appending("url")] == at(4, 8))
        #expect(config.paramLocations[ParamPath("contact").appending("phones").appending(1)] == at(6, 29))
    }

    @Test("a key written twice in site.yaml")
    func duplicateKey() {
        let (_, diagnostics) = SiteConfigParser.parse("title: A\nbase_url: /\ntitle: B\n", path: path)
        #expect(diagnostics.map(\.location) == [at(1, 1)])
        #expect(diagnostics.map(\.code) == ["MB1604"])
        #expect(diagnostics.map { $0.formatted(in: .en) } == [
            "content/site.yaml:1:1: error[MB1604]: invalid YAML: the key 'title' is written more than once\n  hint: keep only one line for each key"])
        #expect(diagnostics.map { $0.formatted(in: .vi) } == [
            "content/site.yaml:1:1: error[MB1604]: YAML không hợp lệ: khóa 'title' được viết nhiều lần\n  gợi ý: Hãy giữ lại một dòng cho mỗi khóa"])
    }
}
