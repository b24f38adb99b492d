import MinhBachContent
import MinhBachData
import MinhBachDiagnostics
import MinhBachText

/// Adds the English site under `/en/`: the home page, every section and data
/// page, and each content page that has an English file (`x.en.md`). A page
/// without an English file keeps its Vietnamese text on the English side
/// only where it must exist (home and sections), with a warning. A data
/// page takes the English name its record has (`name_en`), unless its
/// English file gives a title.
struct TranslationPlanner {
    let includeDrafts: Bool
    let strings: [String: String]
    let index: DataIndex

    func extend(_ pages: inout [PlannedPage], files: [ContentFile], diagnostics: inout [Diagnostic]) {
        let english = Dictionary(files.filter { $0.isTranslation && (includeDrafts || !$0.frontMatter.draft) }
            .map { ($0.translatedPath, $0) }, uniquingKeysWith: { first, _ in first })
        let original = pages.count
        var counterpart: [Int: Int] = [:]
        for index in 0..<original {
            var page = pages[index]
            let translatedFile = page.file.flatMap { english[$0.relativePath] }
            switch page.kind {
            case .page:
                guard translatedFile != nil else { continue }
            case .home, .section:
                if translatedFile == nil, let file = page.file, !file.bodyIsBlank {
                    diagnostics.append(Diagnostic(.content(.noEnglishVersion), at: SourceLocation(path: file.displayPath),
                                               [MessageArgument("file", String(file.relativePath.dropLast(3)))]))
                }
            case .data:
                break
            }
            let recordName = page.record.flatMap(englishName)
            if let translatedFile {
                page.file = translatedFile
                page.title = translatedFile.frontMatter.title ?? recordName ?? page.title
            } else if let recordName {
                page.title = recordName
            }
            if page.kind == .home, translatedFile == nil {
                page.title = strings["site_title"] ?? page.title
            }
            page.path = "en/" + page.path
            page.language = .en
            page.children = []
            page.subsections = []
            pages.append(page)
            counterpart[index] = pages.count - 1
        }
        for (vi, en) in counterpart {
            pages[vi].translation = en
            pages[en].translation = vi
            pages[en].parent = pages[vi].parent.flatMap { counterpart[$0] }
            pages[en].children = pages[vi].children.compactMap { counterpart[$0] }
            pages[en].subsections = pages[vi].subsections.compactMap { counterpart[$0] }
        }
    }

    /// The English name of what a data page shows, when the data or the
    /// interface strings have one. Documents keep their Vietnamese number
    /// and kind; heritage sites have no English name in the data; a report
    /// is titled by its file.
    func englishName(_ record: PageRecord) -> String? {
        switch record {
        case .area(let key): index.areas[key]?.nameEN
        case .indicator(let id): index.indicators[id]?.nameEN
        case .program(let id): index.programs[id]?.nameEN
        case .agency(let id): index.agencies[id]?.nameEN
        case .list(let list): strings[list.titleKey]
        case .heritage, .document, .report, .task: nil
        }
    }
}
