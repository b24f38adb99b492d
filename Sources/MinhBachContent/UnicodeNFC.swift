/// A quick answer to "is this text already in NFC?", so that the usual file
/// (typed on a Unicode keyboard, hence already composed) skips Foundation's
/// normalisation, which copies the whole text through UTF-16.
enum UnicodeNFC {
    /// True when every scalar is in a block whose characters are all
    /// NFC_QC=Yes and none combines with what precedes it: ASCII to IPA and
    /// spacing modifiers (below U+0300), Latin Extended Additional (all the
    /// precomposed Vietnamese letters), and general punctuation and currency
    /// signs from U+2010 (U+2000 and U+2001 are singletons). Anything else,
    /// combining marks above all, answers false, and the caller normalises.
    static func isCertainlyNormalized(_ text: String) -> Bool {
        var index = text.utf8.startIndex
        let utf8 = text.utf8
        // ASCII runs are the common case: test bytes, decode scalars only above 0x7F.
        while index < utf8.endIndex {
            if utf8[index] < 0x80 {
                utf8.formIndex(after: &index)
                continue
            }
            let scalar = text.unicodeScalars[index]
            switch scalar.value {
            case 0x80..<0x300, 0x1E00..<0x1F00, 0x2010..<0x20C0: break
            default: return false
            }
            text.unicodeScalars.formIndex(after: &index)
        }
        return true
    }
}
