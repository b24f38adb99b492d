/// The spellings of a yes/no cell, exactly as docs/DATA.md lists them.
/// Nothing else is read as a boolean: an `x` in a cell is more likely a note
/// (or a tick whose opposite is unclear) than a decision, so it is an error
/// with the accepted spellings.
enum BooleanSpelling {
    /// Lower-cased spelling → value. `co`/`khong` are the same words typed
    /// without a Vietnamese keyboard; `yes`/`no` are YAML's own booleans.
    static let all: [(spelling: String, value: Bool)] = [
        ("true", true), ("false", false),
        ("1", true), ("0", false),
        ("có", true), ("không", false),
        ("co", true), ("khong", false),
        ("yes", true), ("no", false),
    ]

    static func value(of text: String) -> Bool? {
        let lowered = text.lowercased()
        return all.first { $0.spelling == lowered }?.value
    }
}
