import MinhBachTemplates

/// `site.*` of every layout and page template (docs/TEMPLATES.md). The
/// site-wide part is built once per language; `menu`, `url` and
/// `open_data_url` are the page's language's.
struct SiteFields: TemplateFields {
    var title: String
    let baseURL: String
    var url: String
    var language: String
    var params: [String: Any]
    var description: String?
    var copyright: String?
    var menu: [MenuEntry] = []
    var openDataURL: String?

    func child(named key: String) -> Any? {
        switch key {
        case "title": return title
        case "base_url": return baseURL
        case "url": return url
        case "language": return language
        case "params": return params
        case "description": return description
        case "copyright": return copyright
        case "menu": return menu
        case "open_data_url": return openDataURL
        default: return nil
        }
    }
}

/// An entry of the site's menu, `is_active` on the pages below it.
struct MenuEntry: TemplateFields {
    let title: String
    let url: String
    let isActive: Bool

    func child(named key: String) -> Any? {
        switch key {
        case "title": return title
        case "url": return url
        case "is_active": return isActive
        default: return nil
        }
    }
}
