import Foundation
import MinhBachContent
import MinhBachDiagnostics
import MinhBachParallel
import MinhBachText

/// The plan stage: turns loaded content files into the page graph. It gives
/// each page its URL (slugged folders, then the slug or file name) and
/// catches the mistakes only visible across files: two files claiming one
/// URL, and layouts the theme does not have.
struct Planner {
    let includeDrafts: Bool
    let layoutExists: (String) -> Bool
    let availableLayouts: [String]

    func plan(_ files: [ContentFile], siteTitle: String) -> (SitePlan, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var pages: [PlannedPage] = []
        var sectionIndex: [String: Int] = [:]   // folder below content/ → page index
        var claimedBy: [String: ContentFile?] = [:]   // URL path → the file (nil: a folder)

        // English versions (`x.en.md`) are placed by the translation step.
        var published = files.filter { (includeDrafts || !$0.frontMatter.draft) && !$0.isTranslation }
        published = PageBundles.withoutPagesInBundles(published, diagnostics: &diagnostics)
        let indexFiles = Dictionary(published.filter(\.isSectionIndex).map { ($0.folders.joined(separator: "/"), $0) },
                                    uniquingKeysWith: { first, _ in first })

        func claim(_ path: String, by file: ContentFile?) -> Bool {
            guard let previous = claimedBy[path] else {
                claimedBy[path] = file
                return true
            }
            diagnostics.append(Self.clash(at: path, previous, file))
            return false
        }

        func layout(for file: ContentFile?, default name: String) -> String {
            guard let file, let requested = file.frontMatter.layout else { return name }
            guard !requested.contains("/"), !requested.contains("\\") else {
                diagnostics.append(Diagnostic(
                    .content(.layoutNameHasFolder), at: file.frontMatter.layoutLocation ?? SourceLocation(path: file.displayPath),
                    [MessageArgument("layout", requested), MessageArgument("layouts", availableLayouts.joined(separator: ", "))]))
                return name
            }
            guard layoutExists(requested) else {
                diagnostics.append(Diagnostic(
                    .content(.unknownLayout), at: file.frontMatter.layoutLocation ?? SourceLocation(path: file.displayPath),
                    [MessageArgument("layout", requested), MessageArgument("layouts", availableLayouts.joined(separator: ", "))]))
                return name
            }
            return requested
        }

        // The home page and one section per folder, parents before children.
        let homeFile = indexFiles[""]
        pages.append(PlannedPage(kind: .home, file: homeFile, title: homeFile?.frontMatter.title ?? siteTitle,
                                 path: "", sectionFolder: "", layout: layout(for: homeFile, default: "home")))
        _ = claim("", by: homeFile)
        sectionIndex[""] = SitePlan.homeIndex

        // Each file's names, on both cores: on one, they were half of the
        // stage (splitting paths, slugs).
        let names = parallelMap(published, FileNames.init)

        // Every folder that holds a published file, with all its parents;
        // shallow folders first so a parent section exists before its children.
        var folderSet: Set<String> = []
        for name in names { folderSet.formUnion(name.sections) }
        let folders = folderSet.sorted { a, b in
            let (da, db) = (a.split(separator: "/").count, b.split(separator: "/").count)
            return da == db ? a < b : da < db
        }
        for folder in folders {
            let parts = folder.split(separator: "/").map(String.init)
            let parentFolder = parts.dropLast().joined(separator: "/")
            let file = indexFiles[folder]
            let slugs = parts.map { Slug.make($0) }
            if slugs.contains(where: { $0.isEmpty }) {
                diagnostics.append(Diagnostic(.content(.folderNameWithoutLetters), at: SourceLocation(path: file?.displayPath ?? "content/\(folder)"),
                                              [MessageArgument("folder", folder)]))
                continue
            }
            let path = slugs.joined(separator: "/") + "/"
            guard claim(path, by: file) else { continue }
            let title = file?.frontMatter.title ?? Self.humanise(parts.last ?? folder)
            let index = pages.count
            pages.append(PlannedPage(kind: .section, file: file, title: title, path: path, sectionFolder: folder,
                                     parent: sectionIndex[parentFolder], layout: layout(for: file, default: "section")))
            sectionIndex[folder] = index
            if let parent = sectionIndex[parentFolder] { pages[parent].subsections.append(index) }
        }

        for (file, name) in zip(published, names) where !name.isSectionIndex {
            guard let parent = sectionIndex[name.sectionFolder] else { continue }
            let leaf = name.leaf
            if leaf.isEmpty {
                diagnostics.append(Diagnostic(.content(.fileNameWithoutLetters), at: SourceLocation(path: file.displayPath),
                                              [MessageArgument("name", file.pageName)]))
                continue
            }
            let path = pages[parent].path + leaf + "/"
            guard claim(path, by: file) else { continue }
            let title = file.frontMatter.title ?? file.pageName
            if file.frontMatter.title == nil, file.frontMatter.isValid {
                diagnostics.append(Diagnostic(Self.missingTitleCode, at: SourceLocation(path: file.displayPath, line: 1)))
            }
            pages.append(PlannedPage(kind: .page, file: file, title: title, path: path, parent: parent,
                                     layout: layout(for: file, default: "page")))
            pages[parent].children.append(pages.count - 1)
        }

        let ordered = Self.listOrder(of: pages)
        for index in pages.indices where pages[index].kind != .page {
            pages[index].children.sort(by: ordered)
            pages[index].subsections.sort(by: ordered)
        }
        let plan = SitePlan(pages: pages, topSections: pages[SitePlan.homeIndex].subsections)
        return (plan, diagnostics)
    }

    /// What the plan needs of a file's path.
    private struct FileNames: Sendable {
        var isSectionIndex: Bool
        var sectionFolder: String
        /// The last part of the page's URL: its slug, or its name made one.
        var leaf: String
        /// The folders that are sections because the file is in them.
        var sections: [String]

        init(_ file: ContentFile) {
            isSectionIndex = file.isSectionIndex
            sectionFolder = file.sectionFolder
            leaf = isSectionIndex ? "" : file.frontMatter.slug ?? Slug.make(file.pageName)
            let folders = file.folders, isBundle = file.isPageBundleIndex
            sections = folders.indices.filter { !(isBundle && $0 == folders.count - 1) }.map { folders[...$0].joined(separator: "/") }
        }
    }

    /// Two files that would be written to the same URL. The message points at
    /// a `slug:` line when one caused the clash, and says so when the two
    /// names differ only in how their Vietnamese letters are encoded.
    static func clash(at path: String, _ first: ContentFile?, _ second: ContentFile?) -> Diagnostic {
        let folder = LocalizedText(vi: "thư mục của một mục", en: "a section folder")
        let names = [first, second].map { $0.map { LocalizedText(vi: $0.displayPath, en: $0.displayPath) } ?? folder }
        let culprit = [second, first].compactMap { $0 }.first { $0.frontMatter.slugLocation != nil }
        let location = culprit?.frontMatter.slugLocation ?? SourceLocation(path: second?.displayPath ?? names[0].en)
        var code = ContentMessage.pagesClash
        // Swift compares strings by canonical equivalence: compare the bytes.
        if names[0] == names[1], !names[0].en.utf8.elementsEqual(names[1].en.utf8) {
            code = .pagesClashUnicodeForms
        } else if let first, let second, TonePlacement.differsOnlyInTonePlacement(first.displayPath, second.displayPath) {
            code = .pagesClashTonePlacement
        }
        return Diagnostic(.content(code), at: location,
                          [MessageArgument("path", path), MessageArgument("first", names[0]), MessageArgument("second", names[1])])
    }

    /// The data planner withdraws this warning for a narrative whose record
    /// gives the title: it finds it by this code, not by its words.
    static let missingTitleCode = MessageCode.content(.pageWithoutTitle)

    /// Hugo's order of the pages at these indices: by weight (pages without
    /// one last), newest first, then title. Each page's weight and date are
    /// read once: a comparison that copied two whole planned pages cost more
    /// than it compared (a sort of a 10,000-page section was most of the
    /// plan stage, on one core).
    private static func listOrder(of pages: [PlannedPage]) -> (Int, Int) -> Bool {
        let keys = pages.map(ListKey.init)
        return { a, b in
            keys[a].precedes(keys[b]) ?? (pages[a].title.compare(pages[b].title, locale: vietnamese) == .orderedAscending)
        }
    }

    /// What `listOrder` compares before the titles.
    private struct ListKey {
        /// Pages without a weight last.
        var weight: Int
        var date: CalendarDate?

        init(_ page: PlannedPage) {
            weight = page.weight == 0 ? Int.max : page.weight
            date = page.file?.frontMatter.date
        }

        /// Nil when the titles decide.
        func precedes(_ other: ListKey) -> Bool? {
            if weight != other.weight { return weight < other.weight }
            if date != other.date {
                guard let date else { return false }
                guard let otherDate = other.date else { return true }
                return date > otherDate
            }
            return nil
        }
    }

    /// Made once: a `Locale` made for every comparison of a sort cost more
    /// than the comparison.
    private static let vietnamese = Locale(identifier: "vi")

    /// "bao-cao" → "Bao cao": a readable title for a folder without `_index.md`.
    static func humanise(_ folder: String) -> String {
        let words = folder.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
