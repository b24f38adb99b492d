import Foundation
import MinhBachBuild
import MinhBachDiagnostics
import Testing

/// The output folder is replaced whole or not at all.
@Suite struct AtomicOutputTests {
    /// A copy of the fixture site in a scratch folder, which a test may break.
    private func copyOfBasicSite(in scratch: URL) throws -> URL {
        let site = scratch.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try Fixtures.copyContents(of: Fixtures.site("basic"), into: site)
        return site
    }

    @Test func failedBuildLeavesThePreviousSiteByteForByte() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let site = try copyOfBasicSite(in: scratch)
        let output = scratch.appendingPathComponent("site-out")
        #expect(Fixtures.build(site, output: output).succeeded)
        let before = Fixtures.snapshot(output)
        #expect(before.count > 8)

        // Change a page (so a successful build would differ) and break another.
        try "---\ntitle: Đã sửa\n---\nNội dung mới.\n".write(to: site.appendingPathComponent("content/bao-cao/2023.md"), atomically: true, encoding: .utf8)
        try "---\ntitle: [hỏng\n---\n".write(to: site.appendingPathComponent("content/hong.md"), atomically: true, encoding: .utf8)
        let failed = Fixtures.build(site, output: output)
        #expect(!failed.succeeded)
        #expect(failed.diagnostics.errors.map(\.location.path) == ["content/hong.md"])
        #expect(Fixtures.snapshot(output) == before)
        #expect(try leftovers(beside: output).isEmpty, "the staging folder of a failed build is removed")
    }

    @Test func successfulBuildReplacesEveryFile() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let site = try copyOfBasicSite(in: scratch)
        let output = scratch.appendingPathComponent("site-out")
        #expect(Fixtures.build(site, output: output).succeeded)
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/bao-cao/2023.md"))
        #expect(Fixtures.build(site, output: output).succeeded)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("bao-cao/2023/index.html").path),
                "a page whose file was deleted disappears from the output")
        #expect(try leftovers(beside: output).isEmpty)
    }

    @Test func stagingFoldersOfKilledBuildsAreCleanedUp() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let output = scratch.appendingPathComponent("site-out")
        // A pid that is not running: what a build killed half-way leaves behind.
        let stale = scratch.appendingPathComponent(".site-out.tmp-999999999-42")
        try FileManager.default.createDirectory(at: stale.appendingPathComponent("bao-cao"), withIntermediateDirectories: true)
        #expect(Fixtures.build(Fixtures.site("basic"), output: output).succeeded)
        #expect(try leftovers(beside: output).isEmpty)
    }

    @Test func refusesToReplaceAFolderItDidNotMake() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let output = scratch.appendingPathComponent("documents")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try "quan trọng".write(to: output.appendingPathComponent("ghi-chu.txt"), atomically: true, encoding: .utf8)
        let report = Fixtures.build(Fixtures.site("basic"), output: output)
        #expect(report.diagnostics.errors.map(\.messageCode) == [.publish(.outputNotMadeByMinhBach)])
        #expect(report.diagnostics.errors.map(\.message) == ["the output folder exists and was not made by MinhBạch; it will not be replaced"])
        #expect(report.diagnostics.errors.map { $0.message(in: .vi) } == ["Thư mục xuất đã có và không do MinhBạch tạo ra; nó sẽ không bị thay thế"])
        #expect(Fixtures.snapshot(output) == ["ghi-chu.txt": Data("quan trọng".utf8)])
    }

    @Test func refusesAnOutputThatHoldsTheSite() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let site = try copyOfBasicSite(in: scratch)
        let report = Fixtures.build(site, output: scratch)
        #expect(report.diagnostics.errors.map(\.message) == ["the output folder contains the site's own files"])
        let inside = Fixtures.build(site, output: site.appendingPathComponent("content/out"))
        #expect(inside.diagnostics.errors.map(\.message) == ["the output folder is inside the site's content/ folder"])
        #expect(inside.diagnostics.errors.map { $0.message(in: .vi) } == ["Thư mục xuất nằm trong thư mục content/ của trang web"])
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("content/site.yaml").path))
    }

    private func leftovers(beside output: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)
            .filter { $0.hasPrefix(".\(output.lastPathComponent).tmp-") }
    }
}
