import Foundation

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

    /// What one scalar of any text becomes: its NFD decomposition, folded
    /// part by part (a dropped mark gives nothing). Folding text scalar by
    /// scalar equals folding its NFD: the decomposition is per scalar, and
    /// the reordering of marks NFD also does cannot change what is kept.
    public static func folded(_ scalar: Unicode.Scalar) -> [Unit] {
        if scalar.value < tableLimit { return table[Int(scalar.value)] }
        return fold(decomposing: scalar)
    }

    /// Precomputed below U+3000 (Latin, Vietnamese, combining marks,
    /// letter-like symbols such as the Kelvin sign, which decomposes to `K`):
    /// Foundation's decomposition of a whole heading cost about 25,000
    /// instructions.
    private static let tableLimit: UInt32 = 0x3000
    private static let table: [[Unit]] = decomposingAll(below: tableLimit)

    /// `fold(decomposing:)` of every scalar below `limit` (a surrogate code
    /// is a separator), from one decomposition of all of them, each after a
    /// private-use separator: a scalar whose combining class is 0 and that
    /// has no decomposition, so no mark is reordered across it. One
    /// decomposition a scalar cost 72 M instructions on every build, on the
    /// path before any page is rendered.
    static func decomposingAll(below limit: UInt32) -> [[Unit]] {
        let separator = Unicode.Scalar(0xE000)!
        var joined = String.UnicodeScalarView()
        for value in 0..<limit {
            joined.append(separator)
            if let scalar = Unicode.Scalar(value) { joined.append(scalar) }
        }
        var table: [[Unit]] = []
        table.reserveCapacity(Int(limit))
        var current: [Unit]?
        for scalar in String(joined).decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar == separator {
                if let current { table.append(current) }
                current = []
            } else if let unit = fold(decomposed: scalar) {
                current?.append(unit)
            }
        }
        if let current { table.append(current) }
        // A surrogate code has no scalar: its piece is empty, and it is a separator.
        for value in 0xD800..<0xE000 where value < Int(limit) { table[value] = [.separator] }
        precondition(table.count == Int(limit), "one decomposition for each scalar")
        return table
    }

    /// `folded(_:)` of every scalar below `packedLimit`, packed in 32 bits
    /// for folding straight from UTF-8 (the search index folds every word of
    /// every page; an array per scalar cost more than the rest of the walk):
    /// the low byte is the number of units, 0 to 3; each byte above it, from
    /// the lowest, is a unit: a letter's ASCII byte, or 0 for a separator.
    /// Separators in a row are one (what ends a word once ends it), and a
    /// scalar with more units than fit is `packedOverflow`: fold it by
    /// `folded(_:)`.
    public static let packedTable: [UInt32] = table.map(pack)
    public static let packedLimit: UInt32 = tableLimit
    public static let packedOverflow: UInt32 = 0xFF

    static func pack(_ units: [Unit]) -> UInt32 {
        var bytes: [UInt8] = []
        for unit in units {
            switch unit {
            case .letter(let letter): bytes.append(letter)
            case .separator: if bytes.last != 0 { bytes.append(0) }
            }
        }
        guard bytes.count <= 3 else { return packedOverflow }
        var packed = UInt32(bytes.count)
        for (position, byte) in bytes.enumerated() { packed |= UInt32(byte) << (8 * (position + 1)) }
        return packed
    }

    static func fold(decomposing scalar: Unicode.Scalar) -> [Unit] {
        String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars.compactMap(fold(decomposed:))
    }
}
