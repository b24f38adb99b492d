/// Everything the catalogue says about one kind of message: how serious it
/// is, its wording and hint in both languages, an example payload (for
/// docs/ERRORS.md and for the test that every placeholder is provided) and
/// the longer explanation `minhbach explain` prints.
public struct MessageEntry: Sendable {
    public var severity: Diagnostic.Severity
    /// A few words for the list in docs/ERRORS.md.
    public var title: LocalizedText
    public var message: LocalizedText
    public var hint: LocalizedText?
    public var example: [MessageArgument]
    public var explanation: LocalizedText

    public init(_ severity: Diagnostic.Severity, title: LocalizedText, message: LocalizedText, hint: LocalizedText? = nil,
                example: [MessageArgument] = [], explanation: LocalizedText) {
        self.severity = severity
        self.title = title
        self.message = message
        self.hint = hint
        self.example = example
        self.explanation = explanation
    }

    /// Every placeholder the message and hint use.
    public var placeholders: Set<String> {
        message.placeholders.union(hint?.placeholders ?? [])
    }
}

/// Catalogue entries read as `.init(.error, title: .text(vi:en:)...)`.
extension LocalizedText {
    public static func text(vi: String, en: String) -> LocalizedText { LocalizedText(vi: vi, en: en) }
}
