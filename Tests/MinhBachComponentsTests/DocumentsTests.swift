import MinhBachComponents
import MinhBachDiagnostics
import Testing

/// The `documents` block: the documents table, filtered and newest first.
@Suite struct DocumentsTests {
    @Test func reportsNewestFirst() {
        let result = Fixture.render("documents", "kind: Báo cáo\n")
        #expect(result.diagnostics.isEmpty)
        Golden.assertMatches(result.html ?? "", file: Golden.url("documents-reports.html"))
    }

    @Test func everyDocumentOfAYearInEnglish() {
        let result = Fixture.render("documents", "year: 2024\ntitle: Documents of 2024\n", language: .en)
        #expect(result.diagnostics.isEmpty)
        Golden.assertMatches(result.html ?? "", file: Golden.url("documents-2024-en.html"))
    }

    @Test func theKindIsMatchedWhateverItsCase() {
        #expect(Fixture.render("documents", "kind: kế hoạch\n").html == Fixture.render("documents", "kind: Kế hoạch\n").html)
    }

    /// A misspelt kind shows "Chưa có văn bản" and a warning at the fence naming the kind meant.
    @Test func aMisspeltKindSuggestsTheKindMeant() {
        let result = Fixture.render("documents", "kind: Bao cao\n")
        #expect(result.html?.contains("<p class=\"mb-empty\">Chưa có văn bản</p>") == true)
        #expect(result.diagnostics.map(\.location.description) == ["content/xa/a.md:7:1"])
        #expect(result.diagnostics.map(\.severity) == [.warning])
        #expect(result.diagnostics.first?.hint?.contains("'Báo cáo'") == true)
        #expect(result.diagnostics.map(\.messageCode) == [.components(.noDocumentMatchesMisspelt)])
        #expect(result.diagnostics.map { $0.formatted(in: .vi) } == [
            "content/xa/a.md:7:1: warning[MB3222]: Không có văn bản nào khớp 'Bao cao'\n  gợi ý: Có phải ý bạn là 'Báo cáo'?",
        ])
        #expect(result.diagnostics.map { $0.formatted(in: .en) } == [
            "content/xa/a.md:7:1: warning[MB3222]: no document matches 'Bao cao'\n  hint: did you mean 'Báo cáo'?",
        ])
    }

    @Test func aWrongYearIsAnError() {
        let result = Fixture.render("documents", "year: 24\n")
        #expect(result.diagnostics.map(\.location.description) == ["content/xa/a.md:8:7"])
        #expect(result.diagnostics.map(\.severity) == [.error])
    }
}
