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

    /// The same test on UTF-8 bytes, on the lead bytes where they decide:
    /// ASCII eight bytes at a time, U+0080–U+02FF by the lead (C2–CB),
    /// U+1E00–U+1EFF and U+2010–U+20BF by the lead and the next byte. No
    /// scalar is decoded: the check reads every byte of every page, and
    /// decoding each sequence was most of its cost (42 M instructions per
    /// 1,000 rich pages before). Bytes that are not UTF-8 give no
    /// meaningful answer, but no crash.
    public static func isCertainlyNormalized(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        while index < count {
            if index + 8 <= count,
               UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let lead = base[index]
            if lead < 0x80 {
                index += 1
            } else if lead >= 0xC2, lead <= 0xCB, index + 1 < count {
                index += 2                                              // U+0080–U+02FF
            } else if lead == 0xE1 || lead == 0xE2, index + 2 < count {
                let second = base[index + 1]
                let accepted = lead == 0xE1
                    ? second >= 0xB8 && second <= 0xBB                  // U+1E00–U+1EFF
                    : second == 0x81 || second == 0x82 || (second == 0x80 && base[index + 2] >= 0x90)   // U+2010–U+20BF
                guard accepted else { return false }
                index += 3
            } else {
                return false        // combining marks, other scripts, beyond the BMP, or cut short: the slow way
            }
        }
        return true
    }
}
