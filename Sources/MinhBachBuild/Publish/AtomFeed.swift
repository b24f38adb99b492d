import Foundation
import MinhBachContent
import MinhBachDiagnostics
import MinhBachText

/// Atom feeds (RFC 4287) of reports and dated pages, newest first: the
/// Vietnamese site's at `feed.xml`, the English site's at `en/feed.xml`.
/// A page's date is its front matter `date`; a yearly report without one
/// is dated 31 December of its year. Dates are days, written at midnight
/// Vietnam time (+07:00). Drafts are left out.
struct AtomFeeds: ExtraOutput {
    static let maximumEntries = 50
    var maximumEntries = AtomFeeds.maximumEntries

    func publishes(_ path: String, in site: Site) -> Bool {
        site.plan.pages.contains { $0.kind == .home && $0.path + "feed.xml" == path }
    }

    func files(for site: Site, pages: [RenderedPage], basePath: String) -> ([OutputFile], [Diagnostic]) {
        let homes = site.plan.pages.indices.filter { site.plan.pages[$0].kind == .home }
        var seen: Set<Language> = []
        return (homes.compactMap { home in
            let language = site.plan.pages[home].language
            guard seen.insert(language).inserted else { return nil }
            let path = site.plan.pages[home].path + "feed.xml"
            return OutputFile(path: path, data: Data(feed(site, language: language, home: home, path: path).utf8))
        }, [])
    }

    struct Entry {
        var page: PlannedPage
        var date: CalendarDate
    }

    /// The entries of a language, newest first (then by address). The best
    /// `maximumEntries` are kept as the pages are read: copying every dated
    /// page to sort them all held 22 MB at 10,000 pages, 220 MB at 100,000.
    func entries(_ site: Site, language: Language) -> [Entry] {
        let pages = site.plan.pages
        var best = NewestFirst(limit: maximumEntries, pages: pages)
        for index in pages.indices {
            let page = pages[index]
            guard page.language == language, !(page.file?.frontMatter.draft ?? false) else { continue }
            if case .report(let year)? = page.record {
                best.offer(index, date: page.file?.frontMatter.date ?? CalendarDate(year: year, month: 12, day: 31)!)
            } else if page.kind == .page, let date = page.file?.frontMatter.date {
                best.offer(index, date: date)
            }
        }
        return best.kept.map { Entry(page: pages[$0.page], date: $0.date) }
    }

    /// The newest `limit` pages offered, in feed order, kept in a sorted
    /// array: a page older than the last kept is passed over at once.
    private struct NewestFirst {
        let limit: Int
        let pages: [PlannedPage]
        private(set) var kept: [(page: Int, date: CalendarDate)] = []

        init(limit: Int, pages: [PlannedPage]) {
            self.limit = limit
            self.pages = pages
        }

        /// Newer first; of one day, by address.
        private func precedes(_ a: (page: Int, date: CalendarDate), _ b: (page: Int, date: CalendarDate)) -> Bool {
            (a.date, pages[b.page].path) > (b.date, pages[a.page].path)
        }

        mutating func offer(_ page: Int, date: CalendarDate) {
            let entry = (page: page, date: date)
            if kept.count == limit {
                guard let last = kept.last, precedes(entry, last) else { return }
            }
            var low = 0, high = kept.count
            while low < high {
                let middle = (low + high) / 2
                if precedes(kept[middle], entry) { low = middle + 1 } else { high = middle }
            }
            kept.insert(entry, at: low)
            if kept.count > limit { kept.removeLast() }
        }
    }

    func feed(_ site: Site, language: Language, home: Int, path: String) -> String {
        let address = SiteAddress(config: site.config)
        let strings = site.theme.strings[language.rawValue] ?? [:]
        let title = language == .en ? (strings["site_title"] ?? site.config.title) : site.config.title
        let entries = entries(site, language: language)
        let updated = entries.first?.date ?? site.asOf
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(language.rawValue)">
        <title>\(XMLText.escape(title))</title>

        """
        // site.yaml's description is in the site's language; another language has one only in its strings.
        let subtitle = language.rawValue == site.config.language ? site.config.description : strings["site_description"] ?? ""
        if !subtitle.isEmpty { xml += "<subtitle>\(XMLText.escape(subtitle))</subtitle>\n" }
        xml += """
        <id>\(XMLText.escape(address.absolute(path: path)))</id>
        <link rel="self" type="application/atom+xml" href="\(XMLText.escape(address.absolute(path: path)))"/>
        <link rel="alternate" type="text/html" href="\(XMLText.escape(address.absolute(path: site.plan.pages[home].path)))"/>
        <updated>\(Self.timestamp(updated))</updated>
        <author><name>\(XMLText.escape(address.publisher))</name></author>
        <generator version="\(SiteBuilder.version)">MinhBạch</generator>

        """
        if !site.config.copyright.isEmpty { xml += "<rights>\(XMLText.escape(site.config.copyright))</rights>\n" }
        for entry in entries {
            let url = XMLText.escape(address.absolute(path: entry.page.path))
            let summary = (entry.page.file?.summary ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            xml += "<entry>\n<title>\(XMLText.escape(entry.page.title))</title>\n<link rel=\"alternate\" type=\"text/html\" href=\"\(url)\"/>\n"
            xml += "<id>\(url)</id>\n<published>\(Self.timestamp(entry.date))</published>\n<updated>\(Self.timestamp(entry.date))</updated>\n"
            if !summary.isEmpty { xml += "<summary>\(XMLText.escape(summary))</summary>\n" }
            xml += "</entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// `2025-12-31T00:00:00+07:00`.
    static func timestamp(_ date: CalendarDate) -> String { date.iso + "T00:00:00+07:00" }
}
