/// cmark counts columns in bytes; a location counts characters, as an
/// editor shows them ("có chữ <b>": column 8, not 11). The line starts are
/// found by scanning bytes once: splitting the whole text into lines of
/// `Character`s for one link took 1.4 M instructions a page, an eighth of
/// a build (docs/PERFORMANCE.md, "Speed on every page shape").
struct CharacterColumns {
    /// The byte offset where each line starts; line 1 at index 0.
    private let lineStarts: [Int]
    private let markdown: String

    init(_ markdown: String) {
        self.markdown = markdown
        // On the contiguous bytes: walking `utf8` through its iterator cost
        // about 35 instructions a byte.
        var text = markdown
        lineStarts = text.withUTF8 { bytes in
            var starts = [0]
            for offset in bytes.indices where bytes[offset] == UInt8(ascii: "\n") {
                starts.append(offset + 1)
            }
            return starts
        }
    }

    /// The character column of cmark's byte column `byteColumn` on `line`
    /// (both from 1); the byte column itself when the line is not in the text.
    func column(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return byteColumn }
        guard byteColumn > 1 else { return 1 }
        let utf8 = markdown.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lineStarts[line - 1])
        let lineEnd = line < lineStarts.count ? utf8.index(utf8.startIndex, offsetBy: lineStarts[line] - 1) : utf8.endIndex
        let end = utf8.index(start, offsetBy: byteColumn - 1, limitedBy: lineEnd) ?? lineEnd
        return String(decoding: utf8[start..<end], as: UTF8.self).count + 1
    }
}
