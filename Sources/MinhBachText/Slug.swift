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
        var slug = Builder(capacity: text.utf8.count)
        // NFD splits every Vietnamese letter into a base letter and its
        // combining marks (tones, circumflex, breve, horn), which
        // `VietnameseFolding` drops; it folds scalar by scalar from a table.
        // ASCII, most of a heading, is its own decomposition; and the slug
        // grows as bytes: appending scalar by scalar to a `String` cost
        // 10,000 instructions a heading.
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                slug.add(VietnameseFolding.fold(decomposed: scalar))
            } else {
                for unit in VietnameseFolding.folded(scalar) { slug.add(unit) }
            }
        }
        return String(decoding: slug.bytes, as: UTF8.self)
    }

    private struct Builder {
        var bytes: [UInt8] = []
        var pendingDash = false

        init(capacity: Int) { bytes.reserveCapacity(capacity) }

        mutating func add(_ unit: VietnameseFolding.Unit?) {
            switch unit {
            case .letter(let letter):
                if pendingDash && !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
                pendingDash = false
                bytes.append(letter)
            case .separator:
                pendingDash = true
            case nil:
                break
            }
        }
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
