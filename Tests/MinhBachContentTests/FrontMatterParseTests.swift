import Foundation
import Testing
import MinhBachContent
import MinhBachDiagnostics
import MinhBachText

@Suite("FrontMatterParser.parse")
struct FrontMatterParseTests {
    private let path = "content/bao-cao/2024.md"

    private func at(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    /// Parses YAML that starts on line 2 of the file, right after `---`.
    private func parse(_ yaml: String, firstLine: Int = 2) -> (FrontMatter, [Diagnostic]) {
        FrontMatterParser.parse(yaml, path: path, firstLine: firstLine)
    }

    @Test("every known key with its type")
    func knownKeys() {
        let (matter, diagnostics) = parse("""
        title: Báo cáo năm 2024
        description: Kết quả thực hiện các chương trình
        date: 04/02/2025
        draft: true
        weight: 10
        slug: Báo cáo 2024
        layout: report

        """)
        #expect(diagnostics == [])
        #expect(matter.title == "Báo cáo năm 2024")
        #expect(matter.description == "Kết quả thực hiện các chương trình")
        #expect(matter.date == CalendarDate(year: 2025, month: 2, day: 4))
        #expect(matter.draft == true)
        #expect(matter.weight == 10)
        #expect(matter.slug == "bao-cao-2024")
        #expect(matter.slugLocation == at(7, 7))
        #expect(matter.layout == "report")
        #expect(matter.layoutLocation == at(8, 9))
        #expect(matter.params == [:])
        #expect(matter.isValid)
    }

    @Test("defaults when a key is missing")
    func defaults() {
        let (matter, diagnostics) = parse("title: A\n")
        #expect(diagnostics == [])
        #expect(matter.title == "A")
        #expect(matter.description == nil)
        #expect(matter.date == nil)
        #expect(matter.draft == false)
        #expect(matter.weight == 0)
        #expect(matter.slug == nil)
        #expect(matter.slugLocation == nil)
        #expect(matter.layout == nil)
        #expect(matter.layoutLocation == nil)
        #expect(matter.isValid)
    }

    @Test("empty front matter is valid and empty")
    func empty() {
        let (matter, diagnostics) = parse("")
        #expect(diagnostics == [])
        #expect(matter == FrontMatter())
        #expect(matter.isValid)
    }

    @Test("ISO dates (which YAML reads as timestamps) are dates too")
    func isoDate() {
        #expect(parse("date: 2025-02-04\n").0.date == CalendarDate(year: 2025, month: 2, day: 4))
        #expect(parse("date: '4/2/2025'\n").0.date == CalendarDate(year: 2025, month: 2, day: 4))
    }

    @Test("numbers are accepted as text for text keys")
    func numberAsText() {
        let (matter, diagnostics) = parse("title: 2024\ndescription: 1.5\nlayout: 3\n")
        #expect(diagnostics == [])
        #expect(matter.title == "2024")
        #expect(matter.description == "1.5")
        #expect(matter.layout == "3")
    }

    @Test("'weight: nhiều' on line 3 of the file is reported at 3:9")
    func weightNotANumber() {
        let (matter, diagnostics) = parse("title: Báo cáo\nweight: nhiều\n")
        #expect(diagnostics == [Diagnostic(.content(.weightNotAWholeNumber), at: at(3, 9), [MessageArgument("found", "'nhiều'")])])
        #expect(diagnostics.first?.code == "MB1510")
        #expect(diagnostics.first?.formatted(in: .vi) == """
            content/bao-cao/2024.md:3:9: error[MB1510]: Mục 'weight' phải là một số nguyên, nhưng đang là 'nhiều'
              gợi ý: Trang có weight nhỏ hơn đứng trước trong danh sách, ví dụ 'weight: 10'
            """)
        #expect(diagnostics.first?.formatted(in: .en) == """
            content/bao-cao/2024.md:3:9: error[MB1510]: 'weight' must be a whole number, found 'nhiều'
              hint: lower weights come first in lists, e.g. 'weight: 10'
            """)
        #expect(matter.weight == 0)
        #expect(matter.title == "Báo cáo")
        #expect(!matter.isValid)
    }

    @Test("type errors: exact message and position", arguments: [
        ("weight: 1.5\n", 2, 9, "'weight' must be a whole number, found '1.5'"),
        ("weight: '10'\n", 2, 9, "'weight' must be a whole number, found '10'"),
        ("weight: [1, 2]\n", 2, 9, "'weight' must be a whole number, found a list"),
        ("draft: \"true\"\n", 2, 8, "'draft' must be true or false, found 'true'"),
        ("draft: có\n", 2, 8, "'draft' must be true or false, found 'có'"),
        ("draft: 1\n", 2, 8, "'draft' must be true or false, found '1'"),
        ("title: [a, b]\n", 2, 8, "'title' must be text, found a list"),
        ("title: {vi: A}\n", 2, 8, "'title' must be text, found a group of keys"),
        ("title: true\n", 2, 8, "'title' must be text, found 'true'"),
        ("title: ~\n", 2, 8, "'title' must be text, found '~'"),
        ("title:\n", 2, 7, "'title' must be text, found an empty value"),
        ("title: A\ndescription:\n  - x\n", 4, 3, "'description' must be text, found a list"),
        ("layout: [a]\n", 2, 9, "'layout' must be text, found a list"),
        ("slug: [a]\n", 2, 7, "'slug' must be text, found a list"),
        ("date: [a]\n", 2, 7, "'date' must be text, found a list"),
    ])
    func typeErrors(_ yaml: String, _ line: Int, _ column: Int, _ message: String) throws {
        let (matter, diagnostics) = parse(yaml)
        let diagnostic = try #require(diagnostics.count == 1 ? diagnostics.first : nil)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == at(line, column))
        #expect(diagnostic.message == message)
        #expect(!matter.isValid)
    }

    @Test("date errors say whether the day does not exist or the text is not a date")
    func dateErrors() {
        let impossible = parse("date: 31/02/2024\n").1
        #expect(impossible == [Diagnostic(.content(.dateDoesNotExist), at: at(2, 7), [MessageArgument("date", "31/02/2024")])])
        #expect(impossible.first?.message(in: .vi) == "Ngày '31/02/2024' không có thật")
        #expect(impossible.first?.message(in: .en) == "date '31/02/2024' does not exist")
        let notADate = parse("title: A\ndate: hôm nay\n").1
        #expect(notADate == [Diagnostic(.content(.dateNotADate), at: at(3, 7), [MessageArgument("date", "hôm nay")])])
        #expect(notADate.first?.message(in: .vi) == "Giá trị 'hôm nay' của 'date' không phải là một ngày")
        #expect(notADate.first?.hint(in: .en) == "write dates as dd/mm/yyyy (04/02/2025) or yyyy-mm-dd (2025-02-04)")
    }

    @Test("a value inside a group or a list keeps its line and column")
    func nestedLocations() {
        let (matter, diagnostics) = parse("""
        title: A
        so_lieu:
          nguon:
            ten: Cục Thống kê
          nam: [2023, 2024]
        tags:
          - a
          - b

        """)
        #expect(diagnostics.isEmpty)
        let soLieu = ParamPath("so_lieu")
        #expect(matter.paramLocations[soLieu.appending("nguon").appending("ten")] == at(5, 10))
        #expect(matter.paramLocations[soLieu.appending("nam").appending(0)] == at(6, 9))
        #expect(matter.paramLocations[soLieu.appending("nam").appending(1)] == at(6, 15))
        #expect(matter.paramLocations[ParamPath("tags").appending(1)] == at(9, 5))
        #expect(ParamPath("tags").appending(1).description == "tags[1]")
        #expect(soLieu.appending("nguon").appending("ten").description == "so_lieu.nguon.ten")
        // A top-level key is still found by its name.
        #expect(matter.paramLocations["tags"] != nil)
        #expect(matter.paramLocations["title"] == nil, "a known key is not a parameter")
    }

    @Test("a slug with no letters or digits is an error")
    func emptySlug() {
        let (matter, diagnostics) = parse("slug: '???'\n")
        #expect(diagnostics == [Diagnostic(.content(.slugWithoutLetters), at: at(2, 7), [MessageArgument("slug", "???")])])
        #expect(diagnostics.first?.message(in: .vi) == "Slug '???' không có chữ cái hay chữ số nào")
        #expect(diagnostics.first?.message(in: .en) == "slug '???' has no letters or digits")
        #expect(matter.slug == nil)
        #expect(matter.slugLocation == nil)
    }

    @Test("YAML 1.1 booleans: 'draft: yes' and 'draft: on' are true, 'no'/'off' false")
    func yamlBooleans() {
        for (text, value) in [("yes", true), ("on", true), ("True", true), ("TRUE", true),
                              ("no", false), ("off", false), ("False", false)] {
            let (matter, diagnostics) = parse("draft: \(text)\n")
            #expect(diagnostics == [], "draft: \(text)")
            #expect(matter.draft == value, "draft: \(text)")
        }
    }

    @Test("every error is reported, not just the first")
    func allErrors() {
        let (matter, diagnostics) = parse("title: [a]\ndraft: có\nweight: nhiều\ndate: 30/02/2025\n")
        #expect(diagnostics.map(\.location) == [at(2, 8), at(3, 8), at(4, 9), at(5, 7)])
        #expect(diagnostics.map(\.message) == [
            "'title' must be text, found a list",
            "'draft' must be true or false, found 'có'",
            "'weight' must be a whole number, found 'nhiều'",
            "date '30/02/2025' does not exist",
        ])
        #expect(!matter.isValid)
    }

    @Test("unknown keys are kept in params with their YAML types")
    func params() {
        let (matter, diagnostics) = parse("""
        so_hieu: 241/QĐ-TTg
        nam: 2024
        ty_le: 97.51
        cong_khai: true
        linh_vuc: [giảm nghèo, nông thôn mới, 19]
        co_quan:
          chu_tri: Sở Nội vụ
          phoi_hop: [UBND quận]
          so_luong: 3
        trong: ~
        ngay_ky: 2025-02-04
        ma: '0123'

        """)
        #expect(diagnostics == [])
        #expect(matter.isValid)
        #expect(matter.params == [
            "so_hieu": .string("241/QĐ-TTg"),
            "nam": .int(2024),
            "ty_le": .double(97.51),
            "cong_khai": .bool(true),
            "linh_vuc": .list([.string("giảm nghèo"), .string("nông thôn mới"), .int(19)]),
            "co_quan": .map([
                "chu_tri": .string("Sở Nội vụ"),
                "phoi_hop": .list([.string("UBND quận")]),
                "so_luong": .int(3),
            ]),
            "trong": .null,
            "ngay_ky": .string("2025-02-04"),
            "ma": .string("0123"),
        ])
    }

    @Test("front matter that is not key: value lines")
    func notAMapping() {
        for yaml in ["chỉ là chữ\n", "- a\n- b\n"] {
            let (matter, diagnostics) = parse(yaml)
            #expect(diagnostics == [Diagnostic(.content(.frontMatterNotAMap), at: at(2, 1))])
            #expect(diagnostics.first?.message(in: .vi) == "Phần đầu trang phải gồm các dòng 'khóa: giá trị'")
            #expect(diagnostics.first?.message(in: .en) == "front matter must be a list of 'key: value' lines")
            #expect(!matter.isValid)
        }
    }

    static let yamlHint = "check the indentation and quote values that contain ': ' or '#', or start with '[', '{', '*', '&', '!', '|', '>', '@' or '`'"

    @Test("invalid YAML is located in the file, counting from the front matter's first line")
    func invalidYAML() {
        let (matter, diagnostics) = parse("title: [chưa đóng\nweight: 1\n")
        #expect(diagnostics.map(\.code) == ["MB1603"])
        #expect(diagnostics.map(\.location) == [at(3, 7)])
        #expect(diagnostics.map { $0.message(in: .en) } == [
            "invalid YAML: did not find expected ',' or ']' while parsing a flow sequence (which starts at line 2, column 8)"])
        #expect(diagnostics.map { $0.hint(in: .en) } == [Self.yamlHint])
        #expect(diagnostics.map { $0.message(in: .vi) } == [
            "YAML không hợp lệ: did not find expected ',' or ']' while parsing a flow sequence (bắt đầu ở dòng 2, cột 8)"])
        #expect(diagnostics.first?.hint(in: .vi)?.hasPrefix("Hãy kiểm tra thụt lề và đặt trong dấu nháy") == true)
        #expect(!matter.isValid)

        // The same YAML starting further down the file moves every position.
        let (_, shifted) = parse("title: [chưa đóng\nweight: 1\n", firstLine: 10)
        #expect(shifted.map(\.location) == [at(11, 7)])
        #expect(shifted.map(\.message) == [
            "invalid YAML: did not find expected ',' or ']' while parsing a flow sequence (which starts at line 10, column 8)",
        ])
    }

    @Test("other invalid YAML", arguments: [
        ("title: x\n  bad: indent\n", 3, 6, "invalid YAML: mapping values are not allowed in this context"),
        ("title: \"chưa đóng\n", 3, 1,
         "invalid YAML: found unexpected end of stream while scanning a quoted scalar (which starts at line 2, column 8)"),
    ])
    func otherInvalidYAML(_ yaml: String, _ line: Int, _ column: Int, _ message: String) {
        let (matter, diagnostics) = parse(yaml)
        #expect(diagnostics.map(\.location) == [at(line, column)])
        #expect(diagnostics.map(\.message) == [message])
        #expect(diagnostics.map(\.hint) == [Self.yamlHint])
        #expect(diagnostics.map(\.code) == ["MB1603"])
        #expect(!matter.isValid)
    }

    @Test("a tab in the indentation is named as such, not as a character that cannot start a token")
    func tabIndentation() {
        for yaml in ["\ttitle: A\n", "title: A\ntags:\n\t- a\n", "title: A\ntags:\n  \t- a\n"] {
            let (_, diagnostics) = parse(yaml)
            #expect(diagnostics.map(\.message) == ["invalid YAML: a tab indents this line; YAML indents with spaces only"], "\(yaml)")
        }
    }

    @Test("aliases that expand to billions of values are refused at once")
    func aliasBomb() {
        var yaml = "title: A\na: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for (name, previous) in zip("bcdefghij", "abcdefghi") {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
        }
        let started = ContinuousClock.now
        let (matter, diagnostics) = parse(yaml)
        #expect(diagnostics.map(\.message) == ["the YAML stands for more than 100000 values once its aliases (*name) are expanded"])
        #expect(diagnostics.map(\.code) == ["MB1606"])
        #expect(diagnostics.map { $0.message(in: .vi) } == ["YAML chứa hơn 100000 giá trị khi mở rộng các tham chiếu (*name)"])
        #expect(!matter.isValid)
        #expect(ContinuousClock.now - started < .seconds(2))
    }

    @Test("a key written twice is one short error at the first occurrence")
    func duplicateKey() {
        let (matter, diagnostics) = parse("title: A\nweight: 1\ntitle: B\n")
        #expect(diagnostics.map(\.location) == [at(2, 1)])
        #expect(diagnostics.map(\.code) == ["MB1604"])
        #expect(diagnostics.map(\.message) == ["invalid YAML: the key 'title' is written more than once"])
        #expect(diagnostics.map { $0.message(in: .vi) } == ["YAML không hợp lệ: khóa 'title' được viết nhiều lần"])
        #expect(diagnostics.map { $0.hint(in: .vi) } == ["Hãy giữ lại một dòng cho mỗi khóa"])
        #expect(!matter.isValid)
        let (_, several) = parse("a: 1\nb: 2\nb: 3\na: 4\n")
        #expect(several.map(\.message) == ["invalid YAML: the keys 'a', 'b' are written more than once"])
        #expect(several.map(\.location) == [at(2, 1)])
    }
}

@Suite struct DiagnosticLengthTests {
    @Test func aHugeValueIsQuotedByItsBeginningAndEnd() {
        let value = String(repeating: "a", count: 1_000_000)
        let diagnostic = Diagnostic(.content(.dateDoesNotExist), at: SourceLocation(path: "x.md", line: 2, column: 1),
                                    [MessageArgument("date", "\(value)b")])
        for language in MessageLanguage.allCases {
            let message = diagnostic.message(in: language)
            #expect(message.count < 700)
            #expect(message.contains("'aaa"))
            #expect(message.contains("characters…]"))
        }
        #expect(diagnostic.message(in: .en).hasSuffix("aab' does not exist"))
        let short = Diagnostic(.content(.dateDoesNotExist), at: SourceLocation(path: "x.md"), [MessageArgument("date", "31/02/2024")])
        #expect(short.message(in: .en) == "date '31/02/2024' does not exist")
    }
}
