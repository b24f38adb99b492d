import MinhBachData
import MinhBachTemplates

/// `document`: the context of a legal document's page.
struct DocumentContext: TemplateFields {
    let id: String
    let label: String
    let number: String
    let kind: String
    let issued: TemplateDate
    let date: String
    let dateShort: String
    let issuer: String
    let title: String
    let tasks: [TaskFields]
    let programs: [NamedLink]
    /// The published text, when the document has an address.
    let url: String?

    func child(named key: String) -> Any? {
        switch key {
        case "id": return id
        case "label": return label
        case "number": return number
        case "kind": return kind
        case "issued": return issued
        case "date": return date
        case "date_short": return dateShort
        case "issuer": return issuer
        case "title": return title
        case "tasks": return tasks
        case "programs": return programs
        case "url": return url
        default: return nil
        }
    }
}

extension DataContextBuilder {
    func document(_ document: Document) -> DocumentContext {
        DocumentContext(
            id: document.id, label: document.label, number: document.number, kind: document.kind,
            issued: TemplateDate(document.date, language: language), date: document.date.long(language),
            dateShort: document.date.short(language), issuer: document.issuer, title: document.title,
            tasks: index.data.tasks.filter { $0.source == document.id }.map(task),
            programs: index.data.programs.filter { $0.legalBasis.contains(document.id) }.map {
                NamedLink(name: name($0.nameVI, $0.nameEN), url: links.url(.program($0.id), language: language) ?? "")
            },
            url: document.url)
    }
}
