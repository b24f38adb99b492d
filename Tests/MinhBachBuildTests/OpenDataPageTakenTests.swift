import Foundation
import MinhBachBuild
import MinhBachDiagnostics
import Testing

/// A site with a page of its own at `du-lieu/` keeps it, and is told that
/// the open-data page is not generated, at the page's file (this message
/// is the one docs/ARCHITECTURE.md's "Add a message" recipe was followed for).
@Suite struct OpenDataPageTakenTests {
    @Test func anAuthoredPageAtTheOpenDataAddressIsNamedInAWarning() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let source = scratch.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: source.appendingPathComponent("content/du-lieu"), withIntermediateDirectories: true)
        try Fixtures.copyContents(of: Fixtures.site("data"), into: source)
        try "---\ntitle: Dữ liệu của xã\n---\nBảng số liệu của xã.\n"
            .write(to: source.appendingPathComponent("content/du-lieu/_index.md"), atomically: true, encoding: .utf8)
        let report = Fixtures.build(source, output: scratch.appendingPathComponent("out"))
        #expect(report.succeeded)
        let taken = report.diagnostics.filter { $0.messageCode == .publish(.openDataPageTaken) }
        // The Vietnamese page, and its English version (the same file, untranslated).
        #expect(taken.map { $0.arguments.first?.value.en } == ["/du-lieu/", "/en/du-lieu/"], "\(taken.map(\.formatted))")
        #expect(taken.first?.location.path == "content/du-lieu/_index.md")
        #expect(taken.first?.code == "MB5104")
        #expect(taken.first?.formatted(in: .vi).hasPrefix(
            "content/du-lieu/_index.md: warning[MB5104]: Trang này nằm ở địa chỉ /du-lieu/, địa chỉ của trang Dữ liệu mở, nên trang Dữ liệu mở không được tạo") == true)
        #expect(taken.first?.message(in: .en).hasPrefix("this page is at /du-lieu/, the open-data page's address, so no open-data page is generated") == true)
        let page = String(decoding: (try? Data(contentsOf: scratch.appendingPathComponent("out/du-lieu/index.html"))) ?? Data(), as: UTF8.self)
        #expect(page.contains("Bảng số liệu của xã."))
        #expect(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("out/du-lieu/minhbach-du-lieu.zip").path))
    }

    @Test func theExampleSiteHasNoPageThere() {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let report = Fixtures.build(Fixtures.site("data"), output: scratch.appendingPathComponent("out"))
        #expect(!report.diagnostics.contains { $0.messageCode == .publish(.openDataPageTaken) })
    }
}
