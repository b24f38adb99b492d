import Foundation

/// Text that is not UTF-8: which Windows code page it plausibly is. Only
/// asked about a file that failed UTF-8 validation, so it costs nothing on
/// the files a site usually has.
public enum LegacyEncoding {
    public enum Guess: Sendable, Equatable { case windows1258, windows1252 }

    /// Windows-1258 writes most tones as a combining mark after the letter
    /// (0xEC acute, 0xCC grave, 0xD2 hook, 0xDE tilde, 0xF2 dot below); in
    /// Windows-1252 these bytes are Ì ì Ò Þ ò, which never follow a vowel
    /// in a Western language.
    static let toneMarks: Set<UInt8> = [0xEC, 0xCC, 0xD2, 0xDE, 0xF2]
    /// The letters of Windows-1258 (À Á Â Ă È É Ê Í Đ Ó Ô Ơ Ú Ư and small).
    /// Most are the same letters in Windows-1252; Ă Đ Ơ Ư are Ã Ð Õ Ý there.
    static let letters1258: Set<UInt8> = [0xC0, 0xC1, 0xC2, 0xC3, 0xC8, 0xC9, 0xCA, 0xCD, 0xD0, 0xD3, 0xD4, 0xD5, 0xDA, 0xDD,
                                          0xE0, 0xE1, 0xE2, 0xE3, 0xE8, 0xE9, 0xEA, 0xED, 0xF0, 0xF3, 0xF4, 0xF5, 0xFA, 0xFD]
    /// Vowels a tone mark may follow: ASCII, and â ê ô ă ơ ư with capitals.
    static let vowels: Set<UInt8> = Set("aeiouyAEIOUY".utf8).union([0xE2, 0xEA, 0xF4, 0xE3, 0xF5, 0xFD, 0xC2, 0xCA, 0xD4, 0xC3, 0xD5, 0xDD])
    /// Fewer bytes that are not UTF-8 than this are too few to tell an
    /// encoding from a damaged file.
    static let minimumEvidence = 3
    /// Bytes Windows-1252 leaves undefined.
    static let undefinedIn1252: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]

    /// Which code page the bytes plausibly are:
    /// - nil when the file is mostly valid UTF-8 (damaged, not in another
    ///   encoding) or has too few other bytes to tell;
    /// - Windows-1258 when tone marks follow vowels in a good part of the
    ///   bytes (Vietnamese saved in Windows-1252 has ì and ò only after
    ///   consonants, "thì", "hòa"), or when there is no tone mark byte and
    ///   every byte is a letter of Windows-1258 ("Tân Đông"; most of these
    ///   letters read the same in Windows-1252);
    /// - Windows-1252 when every byte is defined there and most are letters;
    /// - else nil.
    /// Thresholds checked on the example site's tables converted by iconv
    /// (Tests/MinhBachDataTests/Fixtures/encodings).
    public static func guess(_ bytes: Data.SubSequence) -> Guess? {
        bytes.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var utf8Sequences = 0, otherHigh = 0, tonesAfterVowels = 0, tones = 0, otherThan1258Letters = 0, latinLetters = 0, undefined = 0
            var index = 0
            var previous: UInt8 = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    previous = byte
                    index += 1
                    continue
                }
                let length = utf8Length(bytes, at: index)
                if length > 1 {
                    utf8Sequences += 1
                    index += length
                    previous = 0
                    continue
                }
                otherHigh += 1
                if toneMarks.contains(byte) {
                    tones += 1
                    if vowels.contains(previous) { tonesAfterVowels += 1 }
                }
                if !letters1258.contains(byte) { otherThan1258Letters += 1 }
                if undefinedIn1252.contains(byte) { undefined += 1 }
                if byte >= 0xC0, byte != 0xD7, byte != 0xF7 { latinLetters += 1 }
                previous = byte
                index += 1
            }
            if utf8Sequences > otherHigh || otherHigh < minimumEvidence { return nil }
            if tonesAfterVowels > 0, tonesAfterVowels * 8 >= otherHigh { return .windows1258 }
            if tones == 0, otherThan1258Letters == 0 { return .windows1258 }
            return undefined == 0 && latinLetters * 2 > otherHigh ? .windows1252 : nil
        }
    }

    /// The length of the valid UTF-8 sequence at `index`, or 0.
    private static func utf8Length(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let length = lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
        guard length > 0, index + length <= bytes.count else { return 0 }
        let slice = UnsafeBufferPointer(rebasing: bytes[index..<index + length])
        return String(validating: slice, as: UTF8.self) == nil ? 0 : length
    }

    public enum ConversionFailure: Error, Equatable {
        /// iconv cannot convert from this encoding at all.
        case unsupported
        /// The byte at this line and column is not text in the encoding.
        case invalid(line: Int, column: Int)
    }

    /// The bytes converted to UTF-8 by the system's iconv.
    public static func convert(_ bytes: Data.SubSequence, from encoding: TextEncoding) -> Result<Data, ConversionFailure> {
        let input = Array(bytes)
        guard let (output, failedAt) = run(input, from: encoding) else { return .failure(.unsupported) }
        guard let failedAt else { return .success(Data(output)) }
        // Converted again up to the bad byte: iconv holds back a letter that
        // a tone mark may follow, so the output at the failure lacks it.
        let before = run(Array(input[..<failedAt]), from: encoding)?.output ?? []
        var line = 1
        for (offset, byte) in before.enumerated()
        where byte == 0x0A || (byte == 0x0D && (offset + 1 == before.count || before[offset + 1] != 0x0A)) { line += 1 }
        let lineStart = (before.lastIndex { $0 == 0x0A || $0 == 0x0D }).map { $0 + 1 } ?? 0
        let column = String(decoding: before[lineStart...], as: UTF8.self).precomposedStringWithCanonicalMapping.count + 1
        return .failure(.invalid(line: line, column: column))
    }

    /// The UTF-8 output, and the offset of the input byte iconv stopped at
    /// if it could not convert it; nil when iconv lacks the encoding.
    private static func run(_ input: [UInt8], from encoding: TextEncoding) -> (output: [UInt8], failedAt: Int?)? {
        let converter = iconv_open("UTF-8", encoding.iconvName)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var output = [UInt8](repeating: 0, count: input.count * 3 + 16)
        var input = input
        var written = 0
        let failedAt: Int? = input.withUnsafeMutableBufferPointer { inputBuffer in
            var inputPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inputBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
            var inputLeft = inputBuffer.count
            // Until the input is used up, then once more without input: that
            // writes the letter iconv holds back for a tone mark that may follow.
            var flushing = false
            while true {
                let result: Int = output.withUnsafeMutableBufferPointer { outputBuffer in
                    var outputPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outputBuffer.baseAddress! + written)
                        .assumingMemoryBound(to: CChar.self)
                    var outputLeft = outputBuffer.count - written
                    let result = flushing ? iconv(converter, nil, nil, &outputPointer, &outputLeft)
                        : iconv(converter, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
                    written = outputBuffer.count - outputLeft
                    return result
                }
                if result != -1 {
                    if flushing { return nil }
                    flushing = true
                    continue
                }
                guard errno == E2BIG else { return inputBuffer.count - inputLeft }
                output += [UInt8](repeating: 0, count: output.count)
            }
        }
        return (Array(output[..<written]), failedAt)
    }
}
