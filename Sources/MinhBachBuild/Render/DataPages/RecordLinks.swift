import MinhBachTemplates

/// A link with a name: `name` and `url` (programmes, indicators).
struct NamedLink: TemplateFields {
    let name: String
    let url: String

    func child(named key: String) -> Any? {
        switch key {
        case "name": return name
        case "url": return url
        default: return nil
        }
    }
}

/// A document cited by a record: `number`, and `title` and `url` when the
/// document is known (an unknown one shows its id as the number).
struct DocumentLink: TemplateFields {
    let number: String
    var title: String?
    var url: String?

    func child(named key: String) -> Any? {
        switch key {
        case "number": return number
        case "title": return title
        case "url": return url
        default: return nil
        }
    }
}

extension DataContextBuilder {
    func documentLink(_ id: String) -> DocumentLink {
        guard let document = index.documents[id] else { return DocumentLink(number: id) }
        return DocumentLink(number: document.label, title: document.title, url: links.url(document: id, language: language) ?? "")
    }
}
