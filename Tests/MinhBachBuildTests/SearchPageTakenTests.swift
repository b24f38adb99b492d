import Foundation
import MinhBachBuild
import MinhBachDiagnostics
import Testing

/// A page of the site's own at the search page's address keeps it, and a
/// warning (MB5301) says the language has no search page.
@Suite struct SearchPageTakenTests {
    @Test func aPageAtTheSearchAddressIsNamedInBothLanguages() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let site = scratch.appendingPathComponent("trang")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try Fixtures.copyContents(of: Fixtures.site("basic"), into: site)
        try "---\ntitle: Tìm kiếm của tôi\n---\nTrang riêng.\n".write(
            to: site.appendingPathComponent("content/tim-kiem.md"), atomically: true, encoding: .utf8)
        let report = Fixtures.build(site, output: scratch.appendingPathComponent("site-out"))
        let taken = try #require(report.diagnostics.first { $0.messageCode == .publish(.searchPageTaken) },
                                 "\(report.diagnostics.map(\.formatted))")
        #expect(taken.severity == .warning)
        #expect(taken.message(in: .vi) == "Trang ở /tim-kiem/ chiếm địa chỉ của trang tìm kiếm; trang web không có trang tìm kiếm bằng 'vi'")
        #expect(taken.message(in: .en) == "the page at /tim-kiem/ takes the search page's address; the site has no search page in 'vi'")
        #expect(taken.hint(in: .vi) == "Hãy chuyển trang đó sang chỗ khác, hoặc xoá nó để có lại trang tìm kiếm")
        #expect(taken.formatted(in: .en).contains("warning[MB5301]: the page at /tim-kiem/"))
    }
}
