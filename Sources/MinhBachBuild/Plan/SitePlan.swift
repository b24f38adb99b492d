import MinhBachContent
import MinhBachData
import MinhBachDiagnostics
import MinhBachText

/// What a published page is.
public enum PageKind: String, Sendable {
    case home, section, page
    /// Generated from programme data by a template of templates/pages/.
    case data
}

/// The record a data page shows.
public enum PageRecord: Sendable, Hashable {
    case area(AreaKey)
    case heritage(String)
    case indicator(String)
    case program(String)
    case document(String)
    case agency(String)
    /// A task of a plan or directive (tasks.csv).
    case task(String)
    /// A yearly progress report: a content file with `type: report`.
    case report(year: Int)
    case list(DataList)

    /// The page template (`templates/pages/<name>.md`) that renders it.
    func templateName(_ index: DataIndex) -> String {
        switch self {
        case .area(let key): return index.areas[key]?.level.rawValue ?? "commune"
        case .heritage: return "heritage"
        case .indicator: return "indicator"
        case .program: return "program"
        case .document: return "document"
        case .agency: return "agency"
        case .task: return "task"
        case .report: return "report"
        case .list(let list): return list.templateName
        }
    }
}

/// The list pages generated from data.
public enum DataList: String, Sendable, CaseIterable {
    case communes, legacyUnits, indicators, heritage, atk, tasks, agencies

    var templateName: String {
        switch self {
        case .communes, .legacyUnits: return "communes"
        case .indicators: return "indicators-list"
        case .heritage: return "heritage-list"
        case .atk: return "atk-list"
        case .tasks: return "tasks-list"
        case .agencies: return "agencies-list"
        }
    }

    var path: String {
        switch self {
        case .communes: return "xa/"
        case .legacyUnits: return "truoc-2025/"
        case .indicators: return "chi-tieu/"
        case .heritage: return "di-tich/"
        case .atk: return "xa-atk/"
        case .tasks: return "nhiem-vu/"
        case .agencies: return "co-quan/"
        }
    }

    /// The interface-string key of its title.
    var titleKey: String { "list_\(rawValue)" }
}

/// One page of the site, placed: its URL, its place in the section tree.
public struct PlannedPage: Sendable {
    public var kind: PageKind
    /// The content file, or nil for a section folder without `_index.md`
    /// (and a site without `content/_index.md`).
    public var file: ContentFile?
    public var title: String
    /// Below the base path, ending with `/`: "" for home, `van-ban/chi-thi-14/`.
    public var path: String
    /// For home and sections: the folder below `content/` ("" for home).
    public var sectionFolder: String?
    /// Index of the section (or home) page this page is listed on.
    public var parent: Int?
    /// For home and sections: the pages listed, already sorted.
    public var children: [Int] = []
    /// For home and sections: the sub-sections, sorted.
    public var subsections: [Int] = []
    public var layout: String
    /// For data pages: the record shown.
    public var record: PageRecord?
    public var language: Language = .vi
    /// The same page in the other language, if there is one.
    public var translation: Int?

    /// The file this page writes, below the output folder.
    public var outputPath: String { path + "index.html" }

    public var weight: Int { file?.frontMatter.weight ?? 0 }
}

/// The page graph: every page, where it goes, and how pages list each other.
public struct SitePlan: Sendable {
    public var pages: [PlannedPage]
    /// Top-level sections, in menu order.
    public var topSections: [Int]
    public static let homeIndex = 0
}
