import MinhBachContent
import MinhBachDiagnostics

/// What a published page is.
public enum PageKind: String, Sendable {
    case home, section, page
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
