import Foundation
import MinhBachContent
import MinhBachText

/// Every file of `content/` a page may refer to, and where each is
/// published: built once per site, shared by every page.
///
/// Files other than Markdown are published at their own path below
/// `content/` (`tin-tuc/anh-le.jpg` → `/tin-tuc/anh-le.jpg`); a Markdown
/// file is published as its page's URL, one per language.
struct ContentTargets: Sendable {
    /// Files other than Markdown: path below `content/` (NFC) → output path.
    let files: [String: String]
    /// Markdown files published as pages: path below `content/` (NFC) →
    /// the page's path in each language it is published in.
    let pages: [String: [Language: String]]
    /// Markdown files that are not published, and whether each is a draft.
    let unpublished: [String: Bool]
    /// Every page's path and every file's output path, for links written
    /// relative to the page's URL rather than to its file.
    let publishedPaths: Set<String>
    /// Section folders below `content/`, with a `/` (`Văn bản/`), and
    /// their pages' paths (`van-ban/`, `en/van-ban/`).
    let sections: [String: [Language: String]]

    init(plan: SitePlan, content: LoadedSite) {
        files = Dictionary(content.staticFiles.map { (Self.normalised($0.outputPath), $0.outputPath) },
                           uniquingKeysWith: { first, _ in first })
        var pages: [String: [Language: String]] = [:]
        for page in plan.pages {
            guard let file = page.file else { continue }
            pages[Self.normalised(file.relativePath), default: [:]][page.language] = page.path
            // The Vietnamese file of a page with an English twin leads to
            // the twin on English pages.
            if let twin = page.translation, page.language == .vi {
                pages[Self.normalised(file.relativePath), default: [:]][.en] = plan.pages[twin].path
            }
        }
        self.pages = pages
        var unpublished: [String: Bool] = [:]
        for file in content.files where pages[Self.normalised(file.relativePath)] == nil {
            unpublished[Self.normalised(file.relativePath)] = file.frontMatter.draft
        }
        self.unpublished = unpublished
        var sections: [String: [Language: String]] = [:]
        for page in plan.pages {
            guard let folder = page.sectionFolder, !folder.isEmpty else { continue }
            sections[Self.normalised(folder) + "/", default: [:]][page.language] = page.path
        }
        self.sections = sections
        publishedPaths = Set(plan.pages.map(\.path)).union(content.staticFiles.map { Self.normalised($0.outputPath) })
    }

    /// Vietnamese letters typed precomposed or decomposed name the same file.
    static func normalised(_ path: String) -> String {
        UnicodeNFC.isCertainlyNormalized(path) ? path : path.precomposedStringWithCanonicalMapping
    }

    /// The names of the files in one folder below `content/`, Markdown or not.
    func names(in folder: String) -> [String] {
        let prefix = folder.isEmpty ? "" : folder + "/"
        return (Array(files.keys) + Array(pages.keys) + Array(unpublished.keys))
            .filter { $0.hasPrefix(prefix) && !$0.dropFirst(prefix.count).contains("/") }
            .map { String($0.dropFirst(prefix.count)) }
            .sorted()
    }
}
