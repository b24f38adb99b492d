import Foundation
@testable import MinhBachBuild
import Testing

/// Deleting the previous build on all cores, after the swap.
@Suite struct FolderRemovalTests {
    @Test("a site of many page folders, deep folders, hidden and empty ones is deleted whole")
    func deletesEverything() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let old = scratch.appendingPathComponent("old")
        for page in 0..<300 {
            try OutputWriter.write(Data("trang \(page)".utf8), to: "bao-cao-xa/p\(page)/index.html", in: old)
        }
        try OutputWriter.write(Data("x".utf8), to: "a/b/c/d/e/sâu.html", in: old)
        try OutputWriter.write(Data("{}".utf8), to: "tim-kiem/chi-muc/a.json", in: old)
        try OutputWriter.write(Data(), to: ".minhbach-output", in: old)
        try OutputWriter.write(Data("<h1>".utf8), to: "index.html", in: old)
        try FileManager.default.createDirectory(at: old.appendingPathComponent("trống/rỗng"), withIntermediateDirectories: true)

        FolderRemoval.remove(old.path)

        #expect(!FileManager.default.fileExists(atPath: old.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)
    }

    @Test("links are deleted, never followed: what they point at stays")
    func keepsWhatLinksPointAt() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let kept = scratch.appendingPathComponent("kept")
        try OutputWriter.write(Data("giữ lại".utf8), to: "p/index.html", in: kept)
        let old = scratch.appendingPathComponent("old")
        try OutputWriter.write(Data("x".utf8), to: "section/page/index.html", in: old)
        // A link at each level the removal handles differently: at the top,
        // among a section's entries, and inside a page folder.
        for link in ["top", "section/linked", "section/page/linked"] {
            try FileManager.default.createSymbolicLink(atPath: old.appendingPathComponent(link).path, withDestinationPath: kept.path)
        }

        FolderRemoval.remove(old.path)

        #expect(!FileManager.default.fileExists(atPath: old.path))
        #expect(try String(contentsOf: kept.appendingPathComponent("p/index.html"), encoding: .utf8) == "giữ lại")
    }

    @Test("a folder that is gone already is nothing to do")
    func missingFolder() {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        FolderRemoval.remove(scratch.appendingPathComponent("không có").path)
        #expect(FileManager.default.fileExists(atPath: scratch.path))
    }
}
