import Foundation
import MinhBachContent
import MinhBachMarkdown
import MinhBachText

/// Builds the Mustache context of one page: the keys of docs/TEMPLATES.md.
/// Values that come from input files are passed as plain strings, which
/// Mustache's `{{...}}` escapes; only HTML we rendered goes out unescaped.
struct PageContextBuilder {
    let plan: SitePlan
    let config: SiteConfig
    let assetURLs: [String: String]
    let generator: String
    /// The site-wide part of the context, built once.
    let siteValues: [String: Any]

    init(plan: SitePlan, config: SiteConfig, assetURLs: [String: String], generator: String) {
        self.plan = plan
        self.config = config
        self.assetURLs = assetURLs
        self.generator = generator
        self.siteValues = [
            "title": config.title,
            "description": config.description,
            "base_url": config.baseURL,
            "url": config.basePath,
            "language": config.language,
            "copyright": config.copyright,
            "params": config.params.mapValues(\.templateValue),
        ]
    }

    func url(of page: PlannedPage) -> String { config.basePath + page.path }

    func permalink(of page: PlannedPage) -> String {
        config.baseURL.hasPrefix("/") ? url(of: page) : config.baseURL + page.path
    }

    func context(for index: Int, rendered: RenderedMarkdown?) -> [String: Any] {
        let page = plan.pages[index]
        let matter = page.file?.frontMatter ?? FrontMatter()
        let toc = (rendered?.headings ?? []).filter { (2...3).contains($0.level) }
        var values: [String: Any] = [
            "title": page.title,
            "description": matter.description ?? "",
            "kind": page.kind.rawValue,
            "is_home": page.kind == .home,
            "is_section": page.kind == .section,
            "is_page": page.kind == .page,
            "url": url(of: page),
            "permalink": permalink(of: page),
            "content": rendered?.html ?? "",
            "toc": toc.map { ["level": $0.level, "id": $0.id, "title": $0.text] as [String: Any] },
            "has_toc": toc.count >= 2,
            "draft": matter.draft,
            "params": matter.params.mapValues(\.templateValue),
            "breadcrumbs": breadcrumbs(of: page),
            "section_title": page.parent.map { plan.pages[$0].title } ?? "",
            "word_count": rendered?.wordCount ?? 0,
        ]
        values.merge(dateValues(matter.date)) { _, new in new }
        if page.kind != .page {
            values["pages"] = page.children.map { listEntry(plan.pages[$0]) }
            values["sections"] = page.subsections.map { listEntry(plan.pages[$0]) }
        }
        var site = siteValues
        site["menu"] = menu(activePath: page.path)
        return ["site": site, "page": values, "asset": assetURLs, "generator": generator]
    }

    private func dateValues(_ date: CalendarDate?) -> [String: Any] {
        ["date": date?.iso ?? "", "date_long": date?.long ?? "", "date_short": date?.short ?? ""]
    }

    private func listEntry(_ page: PlannedPage) -> [String: Any] {
        let matter = page.file?.frontMatter ?? FrontMatter()
        var entry: [String: Any] = [
            "title": page.title,
            "url": url(of: page),
            "description": matter.description ?? "",
            "summary": matter.description ?? Summary.of(page.file?.body ?? ""),
            "params": matter.params.mapValues(\.templateValue),
        ]
        entry.merge(dateValues(matter.date)) { _, new in new }
        return entry
    }

    private func breadcrumbs(of page: PlannedPage) -> [[String: Any]] {
        var trail: [[String: Any]] = []
        var cursor = page.parent
        while let index = cursor {
            let ancestor = plan.pages[index]
            trail.insert(["title": ancestor.kind == .home ? "Trang chủ" : ancestor.title, "url": url(of: ancestor)], at: 0)
            cursor = ancestor.parent
        }
        return trail
    }

    private func menu(activePath: String) -> [[String: Any]] {
        if let entries = config.menu {
            return entries.map { entry in
                let target = entry.url.hasPrefix("/") ? config.basePath + entry.url.dropFirst() : entry.url
                let relative = entry.url.hasPrefix("/") ? String(entry.url.dropFirst()) : nil
                return ["title": entry.title, "url": target,
                        "is_active": relative.map { !$0.isEmpty && activePath.hasPrefix($0) } ?? false]
            }
        }
        return plan.topSections.map { index in
            let section = plan.pages[index]
            return ["title": section.title, "url": url(of: section), "is_active": activePath.hasPrefix(section.path)]
        }
    }
}

/// A short plain-text summary for list pages, from the Markdown source, when
/// the page has no description.
enum Summary {
    static let maxLength = 220

    static func of(_ markdown: String) -> String {
        let paragraph = markdown.split(separator: "\n\n").first { block in
            let trimmed = block.drop(while: { $0 == " " || $0 == "\n" })
            guard let first = trimmed.first else { return false }
            return !"#|-*>`[!<0123456789".contains(first)
        } ?? ""
        var text = paragraph.replacingOccurrences(of: "\n", with: " ")
        for marker in ["**", "__", "*", "_", "`"] { text = text.replacingOccurrences(of: marker, with: "") }
        text = text.replacingOccurrences(of: #"\[\^[^\]]*\]"#, with: "", options: .regularExpression)
        text = text.replacingOccurrences(of: #"\[([^\]]*)\]\([^)]*\)"#, with: "$1", options: .regularExpression)
        guard text.count > maxLength else { return text }
        let cut = text.prefix(maxLength)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
    }
}
