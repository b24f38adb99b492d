import Foundation
import Testing
import MinhBachContent
import MinhBachDiagnostics

@Suite("FrontMatterParser.split")
struct FrontMatterSplitTests {
    private func split(_ text: String) throws -> SplitContent {
        try FrontMatterParser.split(text, path: "content/a.md").get()
    }

    @Test("a file without front matter is all body, from line 1")
    func none() throws {
        let text = "# Báo cáo\n\nNội dung.\n"
        let result = try split(text)
        #expect(result.frontMatter == nil)
        #expect(result.body == text)
        #expect(result.bodyFirstLine == 1)
    }

    @Test("front matter closed by ---")
    func closedByDashes() throws {
        let result = try split("---\ntitle: Báo cáo\nweight: 1\n---\n# Tiêu đề\n\nĐoạn.\n")
        #expect(result.frontMatter == "title: Báo cáo\nweight: 1\n")
        #expect(result.body == "# Tiêu đề\n\nĐoạn.\n")
        #expect(result.bodyFirstLine == 5)
    }

    @Test("front matter closed by ...")
    func closedByDots() throws {
        let result = try split("---\ntitle: A\n...\nThân bài\n")
        #expect(result.frontMatter == "title: A\n")
        #expect(result.body == "Thân bài\n")
        #expect(result.bodyFirstLine == 4)
    }

    @Test("empty front matter")
    func empty() throws {
        let result = try split("---\n---\nThân\n")
        #expect(result.frontMatter == "")
        #expect(result.body == "Thân\n")
        #expect(result.bodyFirstLine == 3)
    }

    @Test("closing line at the very end of the file gives an empty body")
    func closerAtEnd() throws {
        let result = try split("---\ntitle: A\n---")
        #expect(result.frontMatter == "title: A\n")
        #expect(result.body == "")
        #expect(result.bodyFirstLine == 4)
    }

    @Test("trailing spaces and tabs after the fences are allowed")
    func trailingSpaces() throws {
        let result = try split("--- \t\ntitle: A\n---  \nThân\n")
        #expect(result.frontMatter == "title: A\n")
        #expect(result.body == "Thân\n")
        #expect(result.bodyFirstLine == 4)
    }

    @Test("only the first closing line ends the front matter; a later --- stays in the body")
    func laterRule() throws {
        let result = try split("---\na: 1\n---\nTrên\n\n---\n\nDưới\n")
        #expect(result.frontMatter == "a: 1\n")
        #expect(result.body == "Trên\n\n---\n\nDưới\n")
        #expect(result.bodyFirstLine == 4)
    }

    @Test("blank lines in the front matter count toward the body's first line")
    func blankLines() throws {
        let result = try split("---\n\ntitle: A\n\n\n---\n\nThân\n")
        #expect(result.frontMatter == "\ntitle: A\n\n\n")
        #expect(result.body == "\nThân\n")
        #expect(result.bodyFirstLine == 7)
    }

    @Test("a first line that is not exactly --- is not front matter", arguments: [
        "----\ntitle: A\n----\n", " ---\ntitle: A\n---\n", "--- x\ntitle: A\n---\n", "...\ntitle: A\n...\n", "Tiêu đề\n---\n",
    ])
    func notFrontMatter(_ text: String) throws {
        let result = try split(text)
        #expect(result.frontMatter == nil)
        #expect(result.body == text)
        #expect(result.bodyFirstLine == 1)
    }

    @Test("an unclosed front matter is an error at line 1, column 1", arguments: [
        "---\ntitle: A\n", "---\n", "---", "---\ntitle: A\n-- \n....\n",
    ])
    func unclosed(_ text: String) {
        let expected = Diagnostic(.content(.frontMatterNotClosed), at: SourceLocation(path: "content/a.md", line: 1, column: 1))
        #expect(FrontMatterParser.split(text, path: "content/a.md") == .failure(expected))
        #expect(expected.message(in: .en) == "front matter starts with '---' but is never closed")
        #expect(expected.formatted(in: .vi) == """
            content/a.md:1:1: error[MB1503]: Phần đầu trang (front matter) mở bằng '---' nhưng không có dòng '---' đóng lại
              gợi ý: Hãy thêm một dòng chỉ có '---' sau khóa cuối cùng của phần đầu trang
            """)
    }

    @Test("CRLF files, once decoded, split like LF files")
    func crlf() throws {
        let bytes = Data("---\r\ntitle: Báo cáo\r\n---\r\nDòng 1\r\nDòng 2\r\n".utf8)
        let text = try TextFile.decode(bytes, displayPath: "content/a.md").get()
        let result = try split(text)
        #expect(result.frontMatter == "title: Báo cáo\n")
        #expect(result.body == "Dòng 1\nDòng 2\n")
        #expect(result.bodyFirstLine == 4)
    }
}
