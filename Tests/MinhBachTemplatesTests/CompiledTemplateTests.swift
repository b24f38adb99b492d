import Foundation
@testable import MinhBachTemplates
import MinhBachText
import Mustache
import Testing

/// The compiled renderer against swift-mustache, case by case: each
/// template is rendered by both from the same context and must give the
/// same bytes. (The golden sites are also built with both:
/// TemplateEngineTests in MinhBachBuildTests.)
@Suite struct CompiledTemplateTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var template: String
        var partials: [String: String] = [:]
        var testDescription: String { name }
    }

    struct Item: TemplateFields {
        var title: String
        var note: String?
        func child(named name: String) -> Any? {
            switch name {
            case "title": return title
            case "note": return note
            default: return nil
            }
        }
    }

    /// Answers names itself but stands for another value: the other value
    /// decides (swift-mustache casts to `MustacheCustomRepresentation` first).
    struct Standing: MustacheParent, MustacheCustomRepresentation {
        var representation: Any? { ["title": "đại diện"] }
        func child(named name: String) -> Any? { name == "title" ? "không dùng" : nil }
    }

    struct Mirrored {
        var label = "qua Mirror"
        var missing: String? = nil
        var present: String? = "có"
    }

    nonisolated(unsafe) static let context: [String: Any] = [
        "title": "Báo cáo <năm> & \"kế hoạch\" 'A'",
        "empty": "",
        "zero": 0,
        "count": 3,
        "ratio": 0.25,
        "yes": true,
        "no": false,
        "names": ["An Giang", "Bạc Liêu", "Cà Mau"],
        "none": [String](),
        "items": [Item(title: "Một", note: "ghi chú"), Item(title: "Hai <b>", note: nil)],
        "page": ["title": "Trang", "params": ["unit": "xã", "levels": [1, 2]] as [String: Any]] as [String: Any],
        "t": ["home": "Trang chủ", "title": "từ t"],
        "number": TemplateNumber(97.512, unit: .percent, precision: 2),
        "date": TemplateDate(CalendarDate(year: 2025, month: 2, day: 4)!),
        "mirrored": Mirrored(),
        "null": NSNull(),
        "nested": ["a": ["b": ["c": "sâu"]]],
        "html": "<em>đã kiểm</em>",
        "shadow": ["page": ["title": "bóng <b>"] as [String: Any]] as [String: Any],
        "standing": Standing(),
        "standings": [Standing(), Standing()],
        "optionalItems": [Item(title: "Ba", note: "n") as Item?],
        "big": -1_234_567,
    ]

    static let cases: [Case] = [
        Case(name: "escaped and unescaped", template: "{{title}}|{{{title}}}|{{&title}}|{{html}}|{{{html}}}"),
        Case(name: "numbers, booleans, missing", template: "{{zero}} {{count}} {{ratio}} {{yes}} {{no}} [{{missing}}] [{{{missing}}}]"),
        Case(name: "dotted names and the stack",
             template: "{{page.title}} {{page.params.unit}} {{#page}}{{title}} {{t.home}} {{params.unit}}{{/page}} {{nested.a.b.c}} {{page.nothing.x}}"),
        Case(name: "first part found decides", template: "{{#page}}{{title}}/{{t.title}}/{{.title}}/{{.t.home}}{{/page}}"),
        Case(name: "current value", template: "{{#names}}({{.}}){{/names}}{{#title}}[{{.}}]{{/title}}"),
        Case(name: "lists and positions",
             template: "{{#names}}{{#first()}}<{{/first()}}{{index()}}:{{.}}{{^last()}}, {{/last()}}{{#last()}}>{{/last()}}{{#even()}}e{{/even()}}{{#odd()}}o{{/odd()}}{{/names}}"),
        Case(name: "position does not reach into a value section",
             template: "{{#names}}{{#page}}[{{first()}}{{#first()}}x{{/first()}}]{{/page}}{{#yes}}{{index()}}{{/yes}}{{/names}}"),
        Case(name: "empty list and inverted", template: "{{#none}}x{{/none}}{{^none}}nothing{{/none}}{{^names}}n{{/names}}"),
        Case(name: "booleans", template: "{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^yes}}!Y{{/yes}}{{^no}}!N{{/no}}"),
        Case(name: "strings and numbers as sections", template: "{{#empty}}[e]{{/empty}}{{^empty}}ne{{/empty}}{{#zero}}z{{.}}{{/zero}}{{^missing}}m{{/missing}}"),
        Case(name: "typed fields and optionals",
             template: "{{#items}}{{title}}{{#note}}: {{note}}{{/note}}{{^note}} -{{/note}}; {{/items}}"),
        Case(name: "Mirror values", template: "{{mirrored.label}} [{{mirrored.missing}}] {{mirrored.present}} {{#mirrored}}{{label}}{{/mirrored}}"),
        Case(name: "null", template: "[{{null}}]{{#null}}x{{/null}}{{^null}}n{{/null}}"),
        Case(name: "transforms", template:
             "{{count(names)}} {{#first(names)}}{{.}}{{/first(names)}} {{#reversed(names)}}{{.}},{{/reversed(names)}} {{uppercased(t.home)}} {{#equalzero(minusone(zero))}}z{{/equalzero(minusone(zero))}}{{^equalzero(minusone(count))}}c{{/equalzero(minusone(count))}} {{nothing(title)}}|{{empty(empty)}}"),
        Case(name: "template numbers and dates",
             template: "{{number}} {{number(number)}} {{percent(number)}} {{rounded(number)}} {{date}} {{short(date)}} {{iso(date)}} {{year(date)}}"),
        Case(name: "comments and standalone lines", template: "a\n  {{! note }}\nb\n  {{#yes}}\n  c\n  {{/yes}}\nd {{#no}}x{{/no}} e\n"),
        Case(name: "set delimiters", template: "{{=<% %>=}}<% title %> <%#yes%>y<%/yes%>\n<%={{ }}=%>{{count}}"),
        Case(name: "partials inline and standalone",
             template: "<div>{{> line}}</div>\n  {{> block}}\n<ul>\n    {{#names}}\n    {{> item}}\n    {{/names}}\n</ul>\n",
             partials: ["line": "[{{title}}]", "block": "one\n{{#yes}}\ntwo {{count}}\n{{/yes}}\n  {{> inner}}\nend\n",
                        "inner": "i1\n{{html}}\ni2\n", "item": "<li>{{.}}</li>\n"]),
        Case(name: "indentation with multi-line values and empty output",
             template: "x\n   {{> p}}\ny\n", partials: ["p": "{{missing}}\nA\n{{{html}}}\n\n{{#no}}gone{{/no}}\nB {{title}}\n"]),
        Case(name: "CRLF lines and indentation", template: "a\r\n  {{> p}}\r\nb\r\n", partials: ["p": "1\r\n2\r\n{{#yes}}\r\n3\r\n{{/yes}}\r\n"]),
        Case(name: "content types",
             template: "{{% CONTENT_TYPE: MARKDOWN }}*{{title}}* {{#yes}}{{title}}{{/yes}} {{> p}} {{{title}}}",
             partials: ["p": "{{title}}{{% CONTENT_TYPE: MINHBACH_HTML }}{{title}}"]),
        Case(name: "a root name kept for the render is still hidden by a section's value",
             template: "{{page.title}} {{#shadow}}{{page.title}}|{{{page.title}}}{{/shadow}} {{page.title}} {{#items}}{{page.title}}{{title}}{{/items}} {{{page.title}}}{{page.title}}"),
        Case(name: "the same name with transforms and escapings",
             template: "{{uppercased(t.home)}} {{t.home}} {{{t.home}}} {{uppercased(t.home)}} {{#t.home}}{{.}}{{/t.home}} {{count(names)}}{{count(names)}}"),
        Case(name: "kept text follows the content type",
             template: "{{title}} {{% CONTENT_TYPE: MARKDOWN }}{{title}} {{#yes}}{{title}}{{/yes}}{{% CONTENT_TYPE: MINHBACH_HTML }} {{title}}"),
        Case(name: "values that stand for another, optionals in a list",
             template: "{{standing.title}} {{#standing}}{{title}}{{/standing}} {{#standings}}{{title}},{{/standings}} {{#optionalItems}}{{title}}{{note}}{{/optionalItems}}"),
        Case(name: "numbers written", template: "{{big}} {{zero}} {{ratio}} {{#names}}{{index()}}{{/names}}"),
        Case(name: "partials reset positions", template: "{{#names}}{{> p}}{{/names}}", partials: ["p": "{{.}}{{#first()}}!{{/first()}}|"]),
    ]

    @Test(arguments: cases)
    func rendersAsSwiftMustacheDoes(_ test: Case) throws {
        _ = (HTMLContentType.registered, MarkdownContentType.registered)
        var library = MustacheLibrary()
        var parsed: [String: MustacheTemplate] = [:]
        for (name, text) in test.partials.merging(["main": test.template], uniquingKeysWith: { first, _ in first }) {
            let template = try MustacheTemplate(string: text)
            library.register(template, named: name)
            parsed[name] = template
        }
        let compiled = try #require(CompiledLibrary(parsed), "every template of the case compiles")
        let expected = try #require(library.render(Self.context, withTemplate: "main"))
        #expect(compiled.render(Self.context, withTemplate: "main") == expected)
    }

    /// A name has one number in the whole library, its transforms included,
    /// so what the root answers for it is kept once a render.
    @Test func namesAreNumberedOncePerLibrary() throws {
        let compiled = try #require(CompiledLibrary([
            "a": try MustacheTemplate(string: "{{page.title}}{{#page.title}}{{/page.title}}{{t.home}}{{.}}"),
            "b": try MustacheTemplate(string: "{{page.title}}{{uppercased(page.title)}}{{page.url}}"),
        ]))
        func names(_ template: String) -> [TagName] {
            compiled.templates[template]!.nodes.compactMap { node in
                switch node {
                case .variable(let name, _), .section(let name, _, _): return name
                case .text, .partial, .contentType: return nil
                }
            }
        }
        let (a, b) = (names("a"), names("b"))
        #expect(a[0].pathSlot == a[1].pathSlot && a[0].pathSlot == b[0].pathSlot)
        #expect(Set([b[0].pathSlot, b[1].pathSlot, b[2].pathSlot, a[2].pathSlot]).count == 4)
        #expect(b[0].firstSlot == b[2].firstSlot && b[0].firstSlot != a[2].firstSlot)
        #expect(a[3].pathSlot == -1, "`.` is the innermost value: never kept")
        #expect((compiled.firstPartCount, compiled.nameCount) == (2, 4))
    }

    @Test func theBuiltInThemeIsCompiled() {
        let theme = ThemeLoader(files: .builtIn).load().0
        #expect(theme?.engine == .compiled)
        #expect(ThemeLoader(files: .builtIn).load(engine: .swiftMustache).0?.engine == .swiftMustache)
    }

    /// Inheritance (`{{<parent}}…{{$block}}`) is not compiled: such a theme
    /// renders through swift-mustache, with the same result.
    @Test func aThemeWithInheritanceFallsBackToSwiftMustache() throws {
        let parent = try MustacheTemplate(string: "<h1>{{$heading}}Mặc định{{/heading}}</h1>")
        let child = try MustacheTemplate(string: "{{<parent}}{{$heading}}{{title}}{{/heading}}{{/parent}}")
        #expect(CompiledLibrary(["parent": parent, "main": child]) == nil)
        #expect(CompiledLibrary(["parent": parent]) == nil, "a block with a default is inheritance too")
    }

    /// swift-mustache's built-in escaping goes Character by Character, so a
    /// quote followed by a combining mark (one Character) passes unescaped
    /// and can close an attribute. The theme's files start with a pragma
    /// for byte-wise escaping; the compiled renderer escapes bytes even in
    /// a template without it.
    @Test func aQuoteBeforeACombiningMarkIsEscaped() throws {
        let template = try MustacheTemplate(string: "<a title=\"{{v}}\">")
        let compiled = try #require(CompiledLibrary(["main": template]))
        let value = "x\"\u{0301} onmouseover=alert(1)"
        #expect(compiled.render(["v": value], withTemplate: "main") == "<a title=\"x&quot;\u{0301} onmouseover=alert(1)\">")
    }
}
