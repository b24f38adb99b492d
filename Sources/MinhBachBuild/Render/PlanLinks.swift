import MinhBachComponents
import MinhBachData
import MinhBachText

/// Where each record's page is, in each language: built once from the plan.
struct PlanLinks: PageLinks {
    private let paths: [PageRecord: [Language: String]]
    private let basePath: String
    /// Documents published as content pages (`page:` in documents).
    private let documentPages: [String: String]
    private let allPaths: Set<String>

    init(plan: SitePlan, basePath: String, index: DataIndex) {
        var paths: [PageRecord: [Language: String]] = [:]
        for page in plan.pages {
            guard let record = page.record else { continue }
            paths[record, default: [:]][page.language] = page.path
        }
        self.paths = paths
        self.basePath = basePath
        allPaths = Set(plan.pages.map(\.path))
        documentPages = Dictionary(index.data.documents.compactMap { document in document.page.map { (document.id, $0) } },
                                   uniquingKeysWith: { first, _ in first })
    }

    func url(_ record: PageRecord, language: Language) -> String? {
        guard let byLanguage = paths[record], let path = byLanguage[language] ?? byLanguage[.vi] else { return nil }
        return basePath + path
    }

    func url(area: AreaKey, language: Language) -> String? { url(.area(area), language: language) }
    func url(indicator: String, language: Language) -> String? { url(.indicator(indicator), language: language) }
    func url(agency: String, language: Language) -> String? { url(.agency(agency), language: language) }

    func url(document: String, language: Language) -> String? {
        if let page = documentPages[document] {
            var path = page.hasPrefix("/") ? String(page.dropFirst()) : page
            if !path.hasSuffix("/") { path += "/" }
            return basePath + (language == .en && allPaths.contains("en/" + path) ? "en/" + path : path)
        }
        return url(.document(document), language: language)
    }
}
