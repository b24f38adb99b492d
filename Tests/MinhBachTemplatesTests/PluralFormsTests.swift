import Foundation
import MinhBachDiagnostics
@testable import MinhBachTemplates
import Testing

/// Phrases after a number in the i18n files: `one` and `other` forms, and
/// how a template picks one (templates/pages/report.md).
@Suite struct PluralFormsTests {
    private func theme(i18n: String, layout: String) throws -> (Theme?, [Diagnostic]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plural-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for sub in ["layouts", "i18n"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        try layout.write(to: folder.appendingPathComponent("layouts/page.mustache"), atomically: true, encoding: .utf8)
        try i18n.write(to: folder.appendingPathComponent("i18n/en.yaml"), atomically: true, encoding: .utf8)
        var files = ThemeFiles.builtIn
        try files.overlay(directory: folder, displayRoot: "templates")
        return ThemeLoader(files: files).load()
    }

    @Test func oneAndOtherForms() throws {
        let (theme, diagnostics) = try theme(
            i18n: "overdue_summary: {one: \"overdue task\", other: \"overdue tasks\"}\nhome: \"Home\"\n",
            layout: "{{#counts}}{{n}} {{#equalzero(minusone(n))}}{{t.overdue_summary_one}}{{/equalzero(minusone(n))}}"
                + "{{^equalzero(minusone(n))}}{{t.overdue_summary}}{{/equalzero(minusone(n))}}; {{/counts}}")
        #expect(diagnostics.map(\.formatted) == [])
        let strings = try #require(theme?.strings["en"])
        #expect(strings["overdue_summary"] == "overdue tasks")
        #expect(strings["overdue_summary_one"] == "overdue task")
        #expect(strings["home"] == "Home")
        let counts: [[String: Any]] = [["n": 0], ["n": 1], ["n": 2], ["n": 21]]
        #expect(try theme?.render(layout: "page", context: ["t": strings, "counts": counts])
                == "0 overdue tasks; 1 overdue task; 2 overdue tasks; 21 overdue tasks; ")
    }

    @Test func theBuiltInThemeDeclaresTheReportPhrasesInBothLanguages() throws {
        let (theme, _) = ThemeLoader(files: .builtIn).load()
        let en = try #require(theme?.strings["en"]), vi = try #require(theme?.strings["vi"])
        let categories = ["achieved", "on_track", "acceleration_needed", "limited_progress", "deterioration", "not_assessable"]
        for key in categories.map({ "progress_count_" + $0 }) + ["overdue_summary"] {
            #expect(en[key + "_one"] != nil && en[key] != en[key + "_one"], "\(key): English has two forms")
            #expect(vi[key + "_one"] != nil && vi[key] == vi[key + "_one"], "\(key): Vietnamese has one")
        }
        #expect(en["overdue_summary_one"] == "overdue task")
    }

    @Test func aGroupThatIsNotPluralFormsIsAnError() throws {
        let (_, diagnostics) = try theme(i18n: "overdue_summary:\n  one: \"overdue task\"\n  many: \"overdue tasks\"\n", layout: "x")
        #expect(diagnostics.map(\.formatted) == ["""
            templates/i18n/en.yaml:2:3: error[MB4116]: 'overdue_summary' must be text, or plural forms 'one' and 'other'
              hint: write 'one:' (the form after 1) and 'other:' (every other number) under the key, \
            e.g. 'overdue_summary: {one: "overdue task", other: "overdue tasks"}'
            """])
        #expect(diagnostics.map { $0.formatted(in: .vi) } == ["""
            templates/i18n/en.yaml:2:3: error[MB4116]: Mục 'overdue_summary' phải là văn bản, hoặc các dạng số nhiều 'one' và 'other'
              gợi ý: Hãy viết 'one:' (dạng đi sau số 1) và 'other:' (dạng đi sau mọi số khác) dưới khoá, \
            ví dụ 'overdue_summary: {one: "overdue task", other: "overdue tasks"}'
            """])
    }
}
