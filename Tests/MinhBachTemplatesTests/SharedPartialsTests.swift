@testable import MinhBachTemplates
import Mustache
import Testing

@Suite struct SharedPartialsTests {
    static func library(_ templates: [String: String]) throws -> CompiledLibrary {
        try #require(CompiledLibrary(templates.mapValues { try MustacheTemplate(string: $0) }))
    }

    @Test func aPartialOfSharedNamesIsRenderedOnceAndReused() throws {
        let library = try Self.library(["main": "{{> footer}}|{{> page}}", "footer": "{{t.home}} {{#site.title}}{{site.title}}{{/site.title}}",
                                        "page": "{{page.title}}"])
        let sharing = SharedPartials(names: ["t", "site.title"])
        #expect(sharing.isShared("footer", in: library))
        #expect(!sharing.isShared("page", in: library), "page.title differs from page to page")
        let first = library.render(["t": ["home": "Trang chủ"], "site": ["title": "Xã A"], "page": ["title": "Một"]],
                                   withTemplate: "main", sharing: sharing)
        #expect(first == "Trang chủ Xã A|Một")
        // Shared names are the same on every page of the language by contract;
        // a changed value shows that the footer came from the first render.
        let second = library.render(["t": ["home": "KHÁC"], "site": ["title": "Xã A"], "page": ["title": "Hai"]],
                                    withTemplate: "main", sharing: sharing)
        #expect(second == "Trang chủ Xã A|Hai")
    }

    @Test func partialsWithOtherNamesOrInsideSectionsAreRenderedEachTime() throws {
        let library = try Self.library(["main": "{{#items}}{{> label}}{{/items}}/{{> dot}}/{{> nested}}",
                                        "label": "{{t.home}}", "dot": "{{#t}}{{.}}{{/t}}", "nested": "{{> page}}", "page": "{{title}}"])
        let sharing = SharedPartials(names: ["t"])
        #expect(!sharing.isShared("dot", in: library), "`.` is whatever the section entered")
        #expect(!sharing.isShared("nested", in: library), "a partial is shared only when the partials it includes are")
        _ = library.render(["t": ["home": "A"], "items": [["t": ["home": "B"]]], "title": "1"], withTemplate: "main", sharing: sharing)
        let text = library.render(["t": ["home": "A"], "items": [["t": ["home": "C"]]], "title": "2"], withTemplate: "main", sharing: sharing)
        #expect(text?.hasPrefix("C/") == true, "inside a section the item's own t answers, so the partial is not taken from the cache")
        #expect(text?.hasSuffix("/2") == true)
    }

    @Test func valuesOfSharedNamesAreFoundOnceForTheLanguage() throws {
        let library = try Self.library(["main": "{{t.home}}|{{{t.home}}}|{{page.title}}|{{#t.home}}{{.}}{{/t.home}}|{{#items}}{{t.home}}{{/items}}"])
        let sharing = SharedPartials(names: ["t"])
        let first = library.render(["t": ["home": "A&B"], "page": ["title": "Một"], "items": [["t": ["home": "C"]]]],
                                   withTemplate: "main", sharing: sharing)
        #expect(first == "A&amp;B|A&B|Một|A&amp;B|C")
        // A changed shared value shows that it came from the first page; a
        // section's own `t` still answers inside it.
        let second = library.render(["t": ["home": "KHÁC"], "page": ["title": "Hai"], "items": [["t": ["home": "D"]]]],
                                    withTemplate: "main", sharing: sharing)
        #expect(second == "A&amp;B|A&B|Hai|A&amp;B|D")
        #expect(library.render(["t": ["home": "KHÁC"], "page": ["title": "Ba"]], withTemplate: "main") == "KHÁC|KHÁC|Ba|KHÁC|",
                "without sharing every page finds its own")
    }
}
