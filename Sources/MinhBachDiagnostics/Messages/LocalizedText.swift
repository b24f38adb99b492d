import Foundation

/// A text in both languages, with `{name}` placeholders filled in from a
/// message's arguments.
public struct LocalizedText: Hashable, Sendable {
    public var vi: String
    public var en: String

    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    public subscript(language: MessageLanguage) -> String {
        switch language {
        case .vi: return vi
        case .en: return en
        }
    }

    /// The names between braces, in order of appearance: `{table}` → `table`.
    public var placeholders: Set<String> {
        Set(MessageLanguage.allCases.flatMap { Self.placeholders(in: self[$0]) })
    }

    static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// The text in `language` with every `{name}` replaced by its argument
    /// (itself worded in `language` when it is a text of its own).
    public func worded(in language: MessageLanguage, _ arguments: [MessageArgument]) -> String {
        var text = self[language]
        for argument in arguments {
            text = text.replacingOccurrences(of: "{\(argument.name)}", with: argument.value[language])
        }
        return text
    }
}

extension LocalizedText {
    /// `'a'`, `'a' and 'b'`, `'a', 'b' and 'c'` (`và` in Vietnamese).
    public static func quotedList(_ words: [String]) -> LocalizedText { quoted(words, vi: "và", en: "and") }

    /// `'a', 'b' or 'c'` (`hoặc` in Vietnamese).
    public static func quotedChoice(_ words: [String]) -> LocalizedText { quoted(words, vi: "hoặc", en: "or") }

    private static func quoted(_ words: [String], vi: String, en: String) -> LocalizedText {
        let quoted = words.map { "'\($0)'" }
        guard let last = quoted.last, quoted.count > 1 else { return LocalizedText(vi: quoted.first ?? "", en: quoted.first ?? "") }
        let head = quoted.dropLast().joined(separator: ", ")
        return LocalizedText(vi: "\(head) \(vi) \(last)", en: "\(head) \(en) \(last)")
    }
}
