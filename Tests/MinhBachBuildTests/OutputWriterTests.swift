import Foundation
@testable import MinhBachBuild
import Testing

/// Writing one file below the staging folder with plain system calls.
@Suite struct OutputWriterTests {
    @Test("missing folders are made; an existing file is replaced")
    func writesAndMakesFolders() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        try OutputWriter.write(Data("một".utf8), to: "xa/phuong-an-binh/index.html", in: scratch)
        try OutputWriter.write(Data("hai".utf8), to: "xa/phuong-an-binh/index.html", in: scratch)
        let written = try String(contentsOf: scratch.appendingPathComponent("xa/phuong-an-binh/index.html"), encoding: .utf8)
        #expect(written == "hai")
    }

    @Test("a file where a folder must be is an error naming the path and the reason")
    func fileInTheWay() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        try Data().write(to: scratch.appendingPathComponent("xa"))
        #expect {
            try OutputWriter.write(Data("một".utf8), to: "xa/phuong-an-binh/index.html", in: scratch)
        } throws: { error in
            error.localizedDescription == scratch.path + "/xa/phuong-an-binh/index.html: not a directory"
        }
    }
}
