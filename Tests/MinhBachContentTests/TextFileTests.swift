import Foundation
import Testing
@testable import MinhBachContent
import MinhBachDiagnostics

@Suite("TextFile")
struct TextFileTests {
    private let path = "content/a.md"

    private func decode(_ bytes: [UInt8]) -> Result<String, Diagnostic> {
        TextFile.decode(Data(bytes), displayPath: path)
    }

    private func decode(_ text: String) throws -> String {
        try decode(Array(text.utf8)).get()
    }

    @Test("a byte order mark is stripped")
    func bom() throws {
        let text = try decode([0xEF, 0xBB, 0xBF] + Array("---\ntitle: A\n".utf8)).get()
        #expect(text == "---\ntitle: A\n")
        #expect(text.unicodeScalars.first == "-")
        #expect(try decode([0xEF, 0xBB, 0xBF]).get() == "")
    }

    @Test("only a leading BOM is stripped")
    func innerBOM() throws {
        #expect(try decode("a\u{FEFF}b").unicodeScalars.map(\.value) == [0x61, 0xFEFF, 0x62])
    }

    @Test("line ends become LF", arguments: [
        ("a\r\nb\r\n", "a\nb\n"),
        ("a\rb\r", "a\nb\n"),
        ("a\r\n\rb", "a\n\nb"),
        ("a\n\r\nb\r", "a\n\nb\n"),
        ("a\nb", "a\nb"),
    ])
    func lineEnds(_ input: String, _ expected: String) throws {
        #expect(try decode(input).unicodeScalars.map(\.value) == expected.unicodeScalars.map(\.value))
    }

    @Test("decomposed text (NFD) becomes precomposed (NFC)")
    func nfc() throws {
        let nfd = "Hoà Bình, Đắk Lắk".decomposedStringWithCanonicalMapping
        let nfc = "Hoà Bình, Đắk Lắk".precomposedStringWithCanonicalMapping
        #expect(Array(nfd.unicodeScalars) != Array(nfc.unicodeScalars))
        let decoded = try decode(nfd)
        #expect(Array(decoded.unicodeScalars) == Array(nfc.unicodeScalars))
        #expect(decoded.unicodeScalars.count == 17)
    }

    @Test("empty data is empty text")
    func empty() throws {
        #expect(try decode([]).get() == "")
    }

    private func notUTF8(_ line: Int, _ column: Int) -> Result<String, Diagnostic> {
        .failure(Diagnostic(.content(.notUTF8), at: SourceLocation(path: path, line: line, column: column)))
    }

    @Test("invalid UTF-8 is reported at the line and column of the first bad byte", arguments: [
        // Windows-1258 "Hà Nội" on line 2: 0xCC (a combining grave) is a lone lead byte.
        (Array("dòng một\nH".utf8) + [0x61, 0xCC] + Array(" Nội".utf8), 2, 3),
        (Array("Tiếng Việt".utf8) + [0xFF], 1, 11),
        ([0xFF] + Array("abc".utf8), 1, 1),
        ([0xEF, 0xBB, 0xBF, 0xC3], 1, 1),                                    // after the BOM
        (Array("ab".utf8) + [0xE1, 0xBA], 1, 3),                              // cut short at the end
        (Array("x".utf8) + [0xE1, 0x41, 0x41], 1, 2),                         // bad continuation
        ([0xC0, 0xAF], 1, 1),                                                 // overlong '/'
        (Array("a\n".utf8) + [0xED, 0xA0, 0x80], 2, 1),                       // a UTF-16 surrogate
        (Array("a\r\nb\r\nc".utf8) + [0x80], 3, 2),                           // CRLF lines
        (Array("a\rb\rcd".utf8) + [0x80], 3, 3),                              // old Mac CR lines
        (Array("a\r".utf8) + [0x80], 2, 1),
        (Array("ừ\n\n\nừừ".utf8) + [0xF8], 4, 3),
    ] as [([UInt8], Int, Int)])
    func invalidUTF8(_ bytes: [UInt8], _ line: Int, _ column: Int) {
        #expect(decode(bytes) == notUTF8(line, column))
    }

    @Test("reading a file that does not exist")
    func missingFile() {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("khong-co-\(UUID().uuidString).md")
        guard case .failure(let problem) = TextFile.read(url, displayPath: path) else { Issue.record("read"); return }
        #expect(problem == Diagnostic(.content(.fileNotRead), at: SourceLocation(path: path), [MessageArgument("reason", "no such file")]))
        #expect(problem.code == "MB1401")
        #expect(problem.message(in: .en) == "cannot read the file: no such file")
        #expect(problem.hint(in: .en) == "check that the file exists and that you have permission to read it")
        #expect(problem.message(in: .vi) == "Không đọc được tệp: no such file")
    }
}

@Suite("TextFile: line ends")
struct TextFileLineEndTests {
    @Test("a CR before a combining mark is a line end too (found by fuzzing)")
    func crBeforeCombiningMark() throws {
        let text = try TextFile.decode(Data("a: [x\r\u{06D7}6]\r\r\nb: 1\r".utf8), displayPath: "a.md").get()
        #expect(!text.unicodeScalars.contains("\r"))
        #expect(text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).count == 5)
    }
}

@Suite("UnicodeNFC")
struct UnicodeNFCTests {
    static let fastRanges: [Range<UInt32>] = [0x80..<0x300, 0x1E00..<0x1F00, 0x2010..<0x20C0]

    @Test("every scalar the quick check accepts is unchanged by NFC, alone and after a letter")
    func acceptedScalarsAreNormalized() {
        var changed: [String] = []
        for range in Self.fastRanges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                for text in [String(scalar), "a" + String(scalar), String(scalar) + "a"] {
                    #expect(UnicodeNFC.isCertainlyNormalized(text))
                    if text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars) == false {
                        changed.append(String(value, radix: 16))
                    }
                }
            }
        }
        #expect(changed == [])
    }

    @Test("decomposed Vietnamese and other scripts go the slow, exact way")
    func rejected() {
        let nfd = "Hòa Bình".decomposedStringWithCanonicalMapping
        #expect(!UnicodeNFC.isCertainlyNormalized(nfd))
        #expect(!UnicodeNFC.isCertainlyNormalized("\u{2126}"))      // OHM SIGN, a singleton
        #expect(!UnicodeNFC.isCertainlyNormalized("한국"))
        #expect(UnicodeNFC.isCertainlyNormalized("Tỷ lệ hộ nghèo giảm 1,5% — “đạt” ₫"))
        #expect(UnicodeNFC.isCertainlyNormalized("hoà và hòa"))   // both tone placements are composed text
    }

    @Test("decoding gives NFC whichever way is taken")
    func decodeGivesNFC() throws {
        for text in ["Hòa Bình", "Hòa Bình".decomposedStringWithCanonicalMapping, "Ω \u{2126}", "plain"] {
            let decoded = try TextFile.decode(Data(text.utf8), displayPath: "a.md").get()
            #expect(decoded.unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars))
        }
    }
}
