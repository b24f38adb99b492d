/// The stable code of a message kind: `MB` and four digits, the first the
/// area (`MB2101`, a data table). Each area's cases come from its catalogue
/// enum; a new area is a new case here and in `allCases`.
public enum MessageCode: Hashable, Sendable {
    case content(ContentMessage)
    case data(DataMessage)
    case components(ComponentMessage)
    case render(TemplateMessage)
    case publish(PublishMessage)
    case links(LinkMessage)

    /// Every code, in order: what docs/ERRORS.md lists.
    public static var allCases: [MessageCode] {
        (ContentMessage.allCases.map(MessageCode.content) + DataMessage.allCases.map(MessageCode.data)
         + ComponentMessage.allCases.map(MessageCode.components) + TemplateMessage.allCases.map(MessageCode.render)
         + PublishMessage.allCases.map(MessageCode.publish) + LinkMessage.allCases.map(MessageCode.links))
            .sorted { $0.identifier < $1.identifier }
    }

    public var area: MessageArea {
        switch self {
        case .content: return ContentMessage.area
        case .data: return DataMessage.area
        case .components: return ComponentMessage.area
        case .render: return TemplateMessage.area
        case .publish: return PublishMessage.area
        case .links: return LinkMessage.area
        }
    }

    public var entry: MessageEntry {
        switch self {
        case .content(let message): return message.entry
        case .data(let message): return message.entry
        case .components(let message): return message.entry
        case .render(let message): return message.entry
        case .publish(let message): return message.entry
        case .links(let message): return message.entry
        }
    }

    var number: Int {
        switch self {
        case .content(let message): return message.number
        case .data(let message): return message.number
        case .components(let message): return message.number
        case .render(let message): return message.number
        case .publish(let message): return message.number
        case .links(let message): return message.number
        }
    }

    /// `MB2101`.
    public var identifier: String {
        "MB\(area.rawValue)" + String(1000 + number).dropFirst()
    }

    /// The code written `MB2101` (or `mb2101`, `2101`), for `minhbach explain`.
    public init?(identifier: String) {
        let digits = identifier.uppercased().hasPrefix("MB") ? String(identifier.dropFirst(2)) : identifier
        guard let code = Self.allCases.first(where: { $0.identifier == "MB" + digits }) else { return nil }
        self = code
    }
}
