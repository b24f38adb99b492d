/// The language a message is worded in. Office staff read Vietnamese; the
/// English wording is for the people who help them and for search engines.
public enum MessageLanguage: String, CaseIterable, Sendable {
    case vi
    case en

    /// The language of a site whose `site.yaml` says `language: <code>`:
    /// English for `en` (and `en-GB`…), Vietnamese for anything else, as the
    /// theme falls back to Vietnamese too.
    public init(siteLanguage: String) {
        self = siteLanguage.lowercased().hasPrefix("en") ? .en : .vi
    }
}
