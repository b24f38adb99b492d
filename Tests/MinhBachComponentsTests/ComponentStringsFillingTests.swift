@testable import MinhBachComponents
import Testing

/// Placeholders filled on the bytes must give what the search by
/// Characters gives, whenever the bytes way takes a text.
@Suite struct ComponentStringsFillingTests {
    static let values = ["year": "2025", "area": "Xã {year} Hòa Bình", "n": "", "tên": "giá trị"]

    @Test("every table text with every placeholder filled")
    func tableTexts() {
        for (key, text) in ComponentStrings.table {
            for language in [text.vi, text.en] {
                let names = Self.names(in: language)
                let values = Dictionary(uniqueKeysWithValues: names.map { ($0, "«\($0)» {x}") })
                guard !values.isEmpty else { continue }
                // Every text of the table goes the bytes way, and gives the same.
                #expect(ComponentStrings.fillingOnBytes(language, values) == ComponentStrings.fillingByCharacters(language, values), "\(key)")
            }
        }
    }

    @Test("random templates of braces, names, Vietnamese and combining marks")
    func randomTemplates() {
        let pieces = ["{", "}", "{year}", "{area}", "{n}", "{tên}", "{missing}", "năm ", "Hòa", " – ", "\u{301}", "{\u{301}year}",
                      "{year}\u{301}", "a", " ", "\r\n", "😀", "}{", "{{year}}", "“", "”", "\u{200D}", "\u{0600}", "ế", "\u{93F}"]
        var generator = SystemRandomNumberGenerator()
        var taken = 0
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 1...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let byCharacters = ComponentStrings.fillingByCharacters(text, Self.values)
            guard let onBytes = ComponentStrings.fillingOnBytes(text, Self.values) else { continue }
            taken += 1
            #expect(onBytes == byCharacters, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        // Both ways were exercised: most texts go the bytes way.
        #expect(taken > 5_000)
    }

    @Test("a brace beside a combining mark goes the Character way")
    func combiningMarkBesideBrace() {
        #expect(ComponentStrings.fillingOnBytes("{\u{301}year}", Self.values) == nil)
        #expect(ComponentStrings.fillingOnBytes("năm {year}", Self.values) == "năm 2025")
    }

    private static func names(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
