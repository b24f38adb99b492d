/// URL slugs for Vietnamese text.
///
/// Written here rather than taken from a package: none of the mirrored
/// packages slugify, and Vietnamese needs two things a generic ASCII folding
/// gets wrong: `đ`/`Đ` have no decomposition (they must map to `d` by hand),
/// and the same word arrives both precomposed (NFC) and decomposed (NFD) from
/// different keyboards and spreadsheets, which must give the same slug.
public enum Slug {
    /// "Phường An Bình" → "phuong-an-binh"; "Quyết định 241/QĐ-TTg" → "quyet-dinh-241-qd-ttg".
    /// Returns an empty string when nothing usable remains.
    public static func make(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingDash = false
        // NFD splits every Vietnamese letter into a base letter and its
        // combining marks (tones, circumflex, breve, horn), which
        // `VietnameseFolding` drops; it folds scalar by scalar from a table.
        for scalar in text.unicodeScalars {
            for unit in VietnameseFolding.folded(scalar) {
                switch unit {
                case .letter(let letter):
                    if pendingDash && !result.isEmpty { result.append("-") }
                    pendingDash = false
                    result.append(Unicode.Scalar(letter))
                case .separator:
                    pendingDash = true
                }
            }
        }
        return String(result)
    }
}

/// Hands out slugs unique within one scope (for example, heading ids within a
/// page): the second "Mục tiêu" becomes `muc-tieu-1`, as GitHub does.
public struct UniqueSlugs {
    private var used: [String: Int] = [:]

    public init() {}

    public mutating func make(_ text: String, fallback: String = "muc") -> String {
        var base = Slug.make(text)
        if base.isEmpty { base = fallback }
        guard let count = used[base] else {
            used[base] = 0
            return base
        }
        var next = count + 1
        while used["\(base)-\(next)"] != nil { next += 1 }
        used[base] = next
        used["\(base)-\(next)"] = 0
        return "\(base)-\(next)"
    }
}
