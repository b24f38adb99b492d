import MinhBachContent
import Testing

/// The quick NFC check reads lead bytes instead of decoding scalars; on
/// valid UTF-8 it must answer exactly as decoding each scalar and testing
/// its range does (the reference below, the check as first written).
@Suite struct UnicodeNFCReferenceTests {
    static func reference(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0..<0x80, 0x80..<0x300, 0x1E00..<0x1F00, 0x2010..<0x20C0: return true
            default: return false
            }
        }
    }

    @Test("every scalar of the Basic Multilingual Plane and beyond, alone and at every place in an ASCII run")
    func everyScalar() {
        var wrong: [String] = []
        for value in UInt32(0)...0x1_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let one = String(scalar)
            // Offsets 0 to 9 in a run of ASCII put the scalar at each place
            // of an eight-byte word, and across two.
            for padding in [0, 1, 5, 7, 8, 9] {
                let text = String(repeating: "a", count: padding) + one + "bcdefghij"
                if UnicodeNFC.isCertainlyNormalized(text) != Self.reference(text) { wrong.append(String(value, radix: 16)) }
            }
        }
        #expect(wrong == [])
    }

    @Test("random text of ASCII, Vietnamese, marks, punctuation and other scripts")
    func randomText() {
        let pieces: [ClosedRange<UInt32>] = [0x20...0x7E, 0xC0...0x1B0, 0x1EA0...0x1EF9, 0x300...0x323, 0x2000...0x20CF,
                                             0x370...0x3FF, 0xAC00...0xAC20, 0x1F600...0x1F60F, 0x1DFF...0x1F01, 0xA0...0xFF]
        var generator = SystemRandomNumberGenerator()
        var wrong: [String] = []
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                let range = pieces.randomElement(using: &generator)!
                // Mostly ASCII and Vietnamese, as pages are.
                let chosen = Int.random(in: 0..<4, using: &generator) == 0 ? range : pieces[Int.random(in: 0...2, using: &generator)]
                if let scalar = Unicode.Scalar(UInt32.random(in: chosen, using: &generator)) { text.unicodeScalars.append(scalar) }
            }
            if UnicodeNFC.isCertainlyNormalized(text) != Self.reference(text) { wrong.append(text) }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    }

    @Test("bytes that are not UTF-8 answer without a crash, however they are cut")
    func invalidBytes() {
        let samples: [[UInt8]] = [[0xE1], [0xE1, 0xBA], [0xE2, 0x80], [0xC3], [0xF0, 0x9F, 0x98], [0x80, 0x80, 0x80],
                                  [0xFF, 0xFE, 0x41], [0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0xC3]]
        for bytes in samples {
            _ = bytes.withUnsafeBufferPointer(UnicodeNFC.isCertainlyNormalized(utf8:))
        }
        #expect([UInt8]().withUnsafeBufferPointer(UnicodeNFC.isCertainlyNormalized(utf8:)))
    }
}
