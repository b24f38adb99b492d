import MinhBachText

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
        // On the contiguous bytes, with memchr from line end to line end:
        // walking `utf8` through its iterator cost about 35 instructions a
        // byte, testing every byte in a loop about 5.
        var text = markdown
        lineStarts = text.withUTF8 { bytes in
            var starts = [0]
            var from = 0
            while let newline = ByteSearch.first(UInt8(ascii: "\n"), in: bytes, from: from) {
                starts.append(newline + 1)
                from = newline + 1
            }
            return starts
        }
    }

    /// The character column of cmark's byte column `byteColumn` on `line`
    /// (both from 1); the byte column itself when the line is not in the text.
    func column(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return byteColumn }
        guard byteColumn > 1 else { return 1 }
        var text = markdown
        return text.withUTF8 { bytes in
            let start = lineStarts[line - 1]
            let lineEnd = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
            let end = min(start + byteColumn - 1, lineEnd)
            let prefix = UnsafeBufferPointer(rebasing: bytes[start..<end])
            return (Self.simpleCharacterCount(prefix) ?? String(decoding: prefix, as: UTF8.self).count) + 1
        }
    }

    /// The number of characters of `bytes` when each scalar is a character
    /// of its own, as in Vietnamese written with precomposed letters: ASCII
    /// letters, digits, punctuation and tab, and the Latin blocks
    /// (U+00A0–U+024F, U+1E00–U+1EFF), none of which join a neighbour into
    /// one grapheme. Nil when another scalar appears (a combining mark, an
    /// emoji, a carriage return): then the characters are counted by
    /// `String`, about 30 instructions a byte where this takes a few.
    static func simpleCharacterCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var count = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard byte >= 0x20 && byte < 0x7F || byte == 0x09 else { return nil }
                index += 1
            } else if byte >= 0xC2, byte <= 0xC9 {
                // Two bytes: U+0080–U+027F; U+0080–U+009F are controls, U+0250 on are IPA.
                guard index + 1 < bytes.count else { return nil }
                let scalar = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                guard scalar >= 0xA0, scalar <= 0x24F else { return nil }
                index += 2
            } else if byte == 0xE1 {
                // Three bytes: U+1E00–U+1EFF is E1 B8 80 – E1 BB BF.
                guard index + 2 < bytes.count, bytes[index + 1] >= 0xB8, bytes[index + 1] <= 0xBB else { return nil }
                index += 3
            } else {
                return nil
            }
            count += 1
        }
        return count
    }
}
