/// Diagnostics made from the catalogue: a code and its payload, worded in
/// either language when they are shown.
extension Diagnostic {
    /// A problem of the kind `code`, naming `arguments` (every placeholder of
    /// its wording; a missing one stops a debug build and its tests). Its
    /// severity is the catalogue's; `message` and `hint` hold the English
    /// wording, for code that reads them as text.
    public init(_ code: MessageCode, at location: SourceLocation, _ arguments: [MessageArgument] = [], cause: String? = nil) {
        let entry = code.entry
        assert(entry.placeholders.isSubset(of: Set(arguments.map(\.name))),
               "\(code.identifier) needs \(entry.placeholders.subtracting(arguments.map(\.name)).sorted())")
        self.init(entry.severity, at: location, entry.message.worded(in: .en, arguments),
                  hint: entry.hint?.worded(in: .en, arguments), code: code.identifier, cause: cause)
        self.messageCode = code
        self.arguments = arguments
    }

    /// The message in `language`: the catalogue's wording, or the text a
    /// message without a code was given (English). The English wording is
    /// the one `init` stored: sorting thousands of problems compares it at
    /// every step, and wording it again each time would fill the strings in
    /// over and over.
    public func message(in language: MessageLanguage) -> String {
        guard let messageCode, language != .en else { return message }
        return Self.shortened(messageCode.entry.message.worded(in: language, arguments))
    }

    public func hint(in language: MessageLanguage) -> String? {
        guard let messageCode else { return hint }
        return messageCode.entry.hint?.worded(in: language, arguments)
    }

    /// `content/a.csv:3:7: error[MB2101]: message`, then the hint on its own
    /// line. `error` and `warning` stay English in both languages: they are
    /// what editors and CI look for in a compiler's output.
    public func formatted(in language: MessageLanguage) -> String {
        let label = messageCode.map { "\(severity.rawValue)[\($0.identifier)]" } ?? severity.rawValue
        var text = "\(location.description): \(label): \(shownMessage(in: language))"
        // A message outside the catalogue is English whatever the language.
        let hintLanguage = messageCode == nil ? MessageLanguage.en : language
        if let hint = hint(in: language) { text += "\n  \(Self.hintLabel[hintLanguage]): \(hint)" }
        return text
    }

    public static let hintLabel = LocalizedText(vi: "gợi ý", en: "hint")
}
