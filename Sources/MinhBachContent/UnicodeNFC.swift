/// A quick answer to "is this text already in NFC?", so that the usual file
/// (typed on a Unicode keyboard, hence already composed) skips Foundation's
/// normalisation, which copies the whole text through UTF-16.
public enum UnicodeNFC {
    /// True when every scalar is in a block whose characters are all
    /// NFC_QC=Yes and none combines with what precedes it: ASCII to IPA and
    /// spacing modifiers (below U+0300), Latin Extended Additional (all the
    /// precomposed Vietnamese letters), and general punctuation and currency
    /// signs from U+2010 (U+2000 and U+2001 are singletons). Anything else,
    /// combining marks above all, answers false, and the caller normalises.
    public static func isCertainlyNormalized(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(isCertainlyNormalized(utf8:))
    }

    /// The same test on UTF-8 bytes: ASCII bytes are skipped, longer
    /// sequences decoded by hand (String's scalar view checks every index).
    /// Bytes that are not UTF-8 give no meaningful answer, but no crash.
    public static func isCertainlyNormalized(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let value: UInt32
            if lead < 0xE0, index + 1 < count {
                value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
            } else if lead < 0xF0, index + 2 < count {
                value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index += 3
            } else {
                return false                                   // beyond the BMP, or cut short: the slow way
            }
            switch value {
            case 0x80..<0x300, 0x1E00..<0x1F00, 0x2010..<0x20C0: continue
            default: return false
            }
        }
        return true
    }
}
