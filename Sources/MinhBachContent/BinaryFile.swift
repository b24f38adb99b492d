import Foundation
import MinhBachDiagnostics

/// Files that are not text at all: a workbook saved under `.csv`, a picture
/// or a Word document named `.md`, text saved as UTF-16 ("Unicode" in
/// Notepad and Excel). Named for what they are, rather than reported as
/// UTF-8 text with a bad byte somewhere in the first line.
public enum BinaryFile {
    public static func problem(_ bytes: Data.SubSequence, displayPath: String) -> Diagnostic? {
        let kind: LocalizedText
        var at = SourceLocation(path: displayPath, line: 1, column: 1)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return Diagnostic(.content(.fileIsUTF16), at: at)
        } else if bytes.starts(with: Array("PK\u{3}\u{4}".utf8)) {
            kind = .text(vi: "một tệp nén ZIP, như tệp Excel (.xlsx) hoặc Word (.docx)", en: "a ZIP archive, such as an Excel (.xlsx) or Word (.docx) file")
        } else if bytes.starts(with: Array("%PDF".utf8)) {
            kind = .text(vi: "một tài liệu PDF", en: "a PDF document")
        } else if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) || bytes.starts(with: [0xFF, 0xD8, 0xFF]) || bytes.starts(with: Array("GIF8".utf8)) {
            kind = .text(vi: "một hình ảnh", en: "a picture")
        } else if let nul = firstNUL(in: bytes.prefix(8192)) {
            // NUL is valid UTF-8 but never in text: the file holds binary data.
            let (line, column) = position(of: nul, in: bytes)
            at = SourceLocation(path: displayPath, line: line, column: column)
            kind = .text(vi: "dữ liệu nhị phân (có byte NUL)", en: "binary data (it has a NUL byte)")
        } else {
            return nil
        }
        return Diagnostic(.content(code(for: displayPath)), at: at, [MessageArgument("kind", kind)])
    }

    /// The line and column of the byte at `index`. Lines end at LF, CRLF or
    /// a lone CR; the column counts the characters before it on its line,
    /// an invalid UTF-8 sequence as one (a binary file has them before its
    /// first NUL, and they must not stop the count).
    private static func position(of index: Data.Index, in bytes: Data.SubSequence) -> (Int, Int) {
        var line = 1
        var lineStart = bytes.startIndex
        var cursor = bytes.startIndex
        while cursor < index {
            let byte = bytes[cursor]
            cursor += 1
            if byte == 0x0A || (byte == 0x0D && (cursor == bytes.endIndex || bytes[cursor] != 0x0A)) {
                line += 1
                lineStart = cursor
            }
        }
        let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).unicodeScalars.count + 1
        return (line, column)
    }

    /// memchr rather than `firstIndex(of:)`, which walks `Data` byte by byte
    /// through its iterator: this runs on every file a build reads.
    private static func firstNUL(in bytes: Data.SubSequence) -> Data.Index? {
        bytes.withUnsafeBytes { raw -> Int? in
            guard raw.count > 0, let found = memchr(raw.baseAddress!, 0, raw.count) else { return nil }
            return raw.baseAddress!.distance(to: UnsafeRawPointer(found))
        }.map { bytes.startIndex + $0 }
    }

    /// The codes differ by their hint: what to do depends on the file.
    private static func code(for path: String) -> ContentMessage {
        switch (path as NSString).pathExtension.lowercased() {
        case "csv": return .tableFileNotText
        case "md": return .markdownFileNotText
        default: return .fileNotText
        }
    }
}
