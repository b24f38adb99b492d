import MinhBachContent

/// site.yaml values for the English site: a key ending in `_en` replaces
/// the key without it, at any depth (`publisher_en`, `license: {name_en}`,
/// `copyright_en`), so the footer of an English page is in English where
/// the site gives the words. Keys without an English value keep theirs.
enum LocalisedParams {
    static let englishSuffix = "_en"

    static func english(_ params: [String: ParamValue]) -> [String: ParamValue] {
        var result = params
        for (key, value) in params {
            if case .map(let nested) = value { result[key] = .map(english(nested)) }
        }
        for (key, value) in params where key.hasSuffix(englishSuffix) && key.count > englishSuffix.count {
            let base = String(key.dropLast(englishSuffix.count))
            switch (result[base], value) {
            case (.map(let original)?, .map(let translated)):
                // A group's English values override those of the group, one by one.
                result[base] = .map(original.merging(english(translated)) { _, new in new })
            case (_, .map(let translated)):
                result[base] = .map(english(translated))
            case (_, .string), (_, .int), (_, .double), (_, .bool), (_, .list), (_, .null):
                result[base] = value
            }
        }
        return result
    }
}
