import Foundation

/// Vietnamese has two accepted places for the tone mark in some syllables:
/// "hòa" (old style, on the first vowel) and "hoà" (new style, on the main
/// vowel), "thủy" and "thuỷ". Both are correct and both are typed, but they
/// are different characters, even after Unicode normalisation.
public enum TonePlacement {
    /// Grave, acute, tilde, hook above, dot below.
    static let toneMarks: Set<Unicode.Scalar> = ["\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}"]

    /// True when `a` and `b` differ, but only in which letters carry their tone marks.
    public static func differsOnlyInTonePlacement(_ a: String, _ b: String) -> Bool {
        let (x, y) = (split(a), split(b))
        return x.letters == y.letters && x.tones == y.tones && x.placed != y.placed
    }

    private static func split(_ text: String) -> (letters: [Unicode.Scalar], tones: [Unicode.Scalar], placed: [Int]) {
        var letters: [Unicode.Scalar] = [], tones: [Unicode.Scalar] = [], placed: [Int] = []
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if toneMarks.contains(scalar) {
                tones.append(scalar)
                placed.append(letters.count)
            } else {
                letters.append(scalar)
            }
        }
        return (letters, tones, placed)
    }
}
