/// The one rule by which Vietnamese text is folded for comparing, for URLs
/// and for search: decomposed (NFD), tone and vowel marks dropped, `đ`/`Đ`
/// made `d` (they have no decomposition), ASCII letters lower-cased, digits
/// kept, anything else a separator. So "Hoà", "Hòa" and "hoa" are one word,
/// and a precomposed and a decomposed spelling of a name fold alike.
/// `Slug.make` and the search index fold by it; `templates/assets/search.js`
/// repeats it for what the reader types (Tests/js/fold-cases.json holds the
/// words both test suites check).
public enum VietnameseFolding {
    public enum Unit: Equatable, Sendable {
        case letter(UInt8)
        case separator
    }

    /// What one scalar of an NFD decomposition becomes; nil for a mark that is dropped.
    @inlinable
    public static func fold(decomposed scalar: Unicode.Scalar) -> Unit? {
        switch scalar.value {
        case 0x61...0x7A, 0x30...0x39: return .letter(UInt8(scalar.value))       // a-z 0-9
        case 0x41...0x5A: return .letter(UInt8(scalar.value + 0x20))             // A-Z
        case 0x0111, 0x0110: return .letter(UInt8(ascii: "d"))                   // đ Đ
        case 0x0300...0x036F: return nil                                         // combining marks
        default: return .separator
        }
    }
}
