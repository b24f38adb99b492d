import MinhBachData
import MinhBachTemplates

/// A link to an area's page: `name`, `code`, `type` and `url`.
struct AreaLink: TemplateFields {
    let name: String
    let code: String
    let type: String
    let url: String

    func child(named key: String) -> Any? {
        switch key {
        case "name": return name
        case "code": return code
        case "type": return type
        case "url": return url
        default: return nil
        }
    }
}

/// An area link with `partly`: a unit formed from (or into) part of another.
struct ConversionLink: TemplateFields {
    let link: AreaLink
    let partly: Bool

    func child(named key: String) -> Any? { key == "partly" ? partly : link.child(named: key) }
}

/// An area link with `year`, the latest year the area has a figure for.
struct AreaYearLink: TemplateFields {
    let link: AreaLink
    let year: Int

    func child(named key: String) -> Any? { key == "year" ? year : link.child(named: key) }
}

/// An area link with the areas below it (`units`), for lists of communes.
struct AreaTree: TemplateFields {
    let link: AreaLink
    /// Absent on the last level, so that `units` there is not this area's.
    let units: [AreaTree]?

    func child(named key: String) -> Any? { key == "units" ? units : link.child(named: key) }
}

extension DataContextBuilder {
    func areaLink(_ key: AreaKey) -> AreaLink {
        let area = index.areas[key]
        return AreaLink(name: area?.name(language) ?? key.code, code: key.code, type: area?.type ?? "",
                        url: links.url(area: key, language: language) ?? "")
    }
}
