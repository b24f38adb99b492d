import MinhBachTemplates
import MinhBachText

/// `page.*` of every layout and page template (docs/TEMPLATES.md).
struct PageFields: TemplateFields {
    let title: String
    let kind: String
    let isHome: Bool
    let isSection: Bool
    let isPage: Bool
    let url: String
    let permalink: String
    let draft: Bool
    let params: [String: Any]
    let breadcrumbs: [TitledLink]
    /// Absent when empty: templates test for it with `{{#page.description}}`.
    var description: String?
    var sectionTitle: String?
    var date: DateFields?
    var official: [String: Any]?
    /// The pages and sections listed on a home or section page.
    var pages: [ListEntry]?
    var sections: [ListEntry]?
    var translation: TranslationFields?
    /// Set once the body is rendered: a data page's template is rendered
    /// before, and sees no `content`, `toc` or `word_count`.
    var body: BodyFields?

    func child(named key: String) -> Any? {
        switch key {
        case "title": return title
        case "kind": return kind
        case "is_home": return isHome
        case "is_section": return isSection
        case "is_page": return isPage
        case "url": return url
        case "permalink": return permalink
        case "draft": return draft
        case "params": return params
        case "breadcrumbs": return breadcrumbs
        case "description": return description
        case "section_title": return sectionTitle
        case "official": return official
        case "pages": return pages
        case "sections": return sections
        default: return date?.child(named: key) ?? translation?.child(named: key) ?? body?.child(named: key)
        }
    }
}

/// `date`, `date_long` and `date_short`: the date in ISO form and written
/// in the page's language (`ngày 31 tháng 12 năm 2025`, `31 December 2025`).
struct DateFields: TemplateFields {
    let iso: String
    let long: String
    let short: String

    init(_ date: CalendarDate, language: Language) {
        iso = date.iso
        long = date.long(language)
        short = date.short(language)
    }

    func child(named key: String) -> Any? {
        switch key {
        case "date": return iso
        case "date_long": return long
        case "date_short": return short
        default: return nil
        }
    }
}

/// The page in the other language: `translation_url`, `translation_permalink`,
/// `translation_lang` and `translation_lang_name`.
struct TranslationFields: TemplateFields {
    let url: String
    let permalink: String
    let lang: String
    let langName: String

    func child(named key: String) -> Any? {
        switch key {
        case "translation_url": return url
        case "translation_permalink": return permalink
        case "translation_lang": return lang
        case "translation_lang_name": return langName
        default: return nil
        }
    }
}

/// What is learnt from the rendered body: `content`, `toc`, `has_toc`, `word_count`.
struct BodyFields: TemplateFields {
    let content: String
    let toc: [TocEntry]
    let wordCount: Int

    func child(named key: String) -> Any? {
        switch key {
        case "content": return content
        case "toc": return toc
        case "has_toc": return toc.count >= 2
        case "word_count": return wordCount
        default: return nil
        }
    }
}

/// A heading of the table of contents (levels 2 and 3).
struct TocEntry: TemplateFields {
    let level: Int
    let id: String
    let title: String

    func child(named key: String) -> Any? {
        switch key {
        case "level": return level
        case "id": return id
        case "title": return title
        default: return nil
        }
    }
}

/// A `title` and a `url`: breadcrumbs.
struct TitledLink: TemplateFields {
    let title: String
    let url: String

    func child(named key: String) -> Any? {
        switch key {
        case "title": return title
        case "url": return url
        default: return nil
        }
    }
}

/// A page listed on a home or section page.
struct ListEntry: TemplateFields {
    let title: String
    let url: String
    let params: [String: Any]
    var description: String?
    var summary: String?
    var date: DateFields?

    func child(named key: String) -> Any? {
        switch key {
        case "title": return title
        case "url": return url
        case "params": return params
        case "description": return description
        case "summary": return summary
        default: return date?.child(named: key)
        }
    }
}

extension String {
    /// swift-mustache renders a `{{#key}}` section for an empty string, so
    /// empty text is left out: templates test for presence with `{{#key}}`.
    var presentText: String? { isEmpty ? nil : self }
}
