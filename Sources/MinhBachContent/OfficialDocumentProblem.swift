import MinhBachDiagnostics

/// What can be wrong with the `official:` key of a page's front matter.
/// Worded by the catalogue (`MB1521`–`MB1532`, and `MB1507`/`MB1508` for
/// dates); the key is filled in by the office staff who print and sign the
/// document, so the decree's Vietnamese names stay in both languages.
public enum OfficialDocumentProblem: Hashable, Sendable {
    /// `official:` (or `official.signer:`) is not a group of keys; `found` describes it.
    case notAGroup(key: String, found: LocalizedText)
    /// A key the group does not have; `suggestion` is the known key closest to it.
    case unknownKey(key: String, group: String, suggestion: String?, known: [String])
    /// A required key is missing; `example` is a line that would do.
    case missingKey(key: String, group: String, meaning: LocalizedText, example: String)
    /// A key that must be text holds a list or a group.
    case notText(key: String, found: LocalizedText, example: String)
    /// A key written without a value.
    case emptyText(key: String, example: String)
    /// `number: "Số: 125/BC-UBND"`: the label is printed by the layout.
    case numberWithLabel(String)
    /// `number: "125"`: no `/` before the symbol of the document.
    case numberWithoutSymbol(String)
    case dateNotADate(String)
    case dateImpossible(String)
    /// Neither `official.date` nor the page's `date` is set.
    case noDate
    case recipientsNotAList(found: LocalizedText)
    /// Item `index` (from 1) of `recipients` is not text; `keyed` when YAML read
    /// `- Lưu: VT` as a key and a value.
    case recipientNotText(index: Int, found: LocalizedText, keyed: Bool)

    /// A short, stable name for the problem (tests, editors).
    public var code: String {
        switch self {
        case .notAGroup: "official-not-a-group"
        case .unknownKey: "official-unknown-key"
        case .missingKey: "official-missing-key"
        case .notText: "official-not-text"
        case .emptyText: "official-empty"
        case .numberWithLabel: "official-number-label"
        case .numberWithoutSymbol: "official-number-symbol"
        case .dateNotADate: "official-date-format"
        case .dateImpossible: "official-date-impossible"
        case .noDate: "official-no-date"
        case .recipientsNotAList: "official-recipients-not-a-list"
        case .recipientNotText: "official-recipient-not-text"
        }
    }

    /// The catalogue's code: `notAGroup` and `recipientNotText` have two,
    /// their hints saying different things.
    public var messageCode: MessageCode {
        switch self {
        case .notAGroup(let key, _): .content(key == "official" ? .officialNotAGroup : .signerNotAGroup)
        case .unknownKey: .content(.officialUnknownKey)
        case .missingKey: .content(.officialMissingKey)
        case .notText: .content(.officialNotText)
        case .emptyText: .content(.officialEmpty)
        case .numberWithLabel: .content(.officialNumberWithLabel)
        case .numberWithoutSymbol: .content(.officialNumberWithoutSymbol)
        case .dateNotADate: .content(.dateNotADate)
        case .dateImpossible: .content(.dateDoesNotExist)
        case .noDate: .content(.officialNoDate)
        case .recipientsNotAList: .content(.officialRecipientsNotAList)
        case .recipientNotText(_, _, let keyed): .content(keyed ? .officialRecipientKeyed : .officialRecipientNotText)
        }
    }

    /// The values the wording names.
    public var arguments: [MessageArgument] {
        switch self {
        case .notAGroup(let key, let found):
            [MessageArgument("key", key), MessageArgument("found", found)]
        case .unknownKey(let key, let group, let suggestion, let known):
            [MessageArgument("key", key), MessageArgument("group", group), MessageArgument("known", known.joined(separator: ", ")),
             MessageArgument("suggestion", suggestion.map { .text(vi: "; có phải là '\($0)'?", en: "; did you mean '\($0)'?") }
                 ?? LocalizedText(vi: "", en: ""))]
        case .missingKey(let key, let group, let meaning, let example):
            [MessageArgument("key", key), MessageArgument("group", group), MessageArgument("meaning", meaning),
             MessageArgument("example", example)]
        case .notText(let key, let found, let example):
            [MessageArgument("key", key), MessageArgument("found", found), MessageArgument("example", example)]
        case .emptyText(let key, let example):
            [MessageArgument("key", key), MessageArgument("example", example)]
        case .numberWithLabel(let value), .numberWithoutSymbol(let value):
            [MessageArgument("number", value)]
        case .dateNotADate(let value), .dateImpossible(let value):
            [MessageArgument("date", value)]
        case .noDate:
            []
        case .recipientsNotAList(let found):
            [MessageArgument("found", found)]
        case .recipientNotText(let index, let found, _):
            [MessageArgument("index", "\(index)"), MessageArgument("found", found)]
        }
    }

    public func diagnostic(at location: SourceLocation) -> Diagnostic {
        Diagnostic(messageCode, at: location, arguments)
    }
}
