import Foundation
import MinhBachData
import MinhBachDiagnostics
import MinhBachTemplates
import MinhBachText

/// `du-lieu/` (and `en/du-lieu/` on a site with English pages): the open-data
/// page, linked from every page's footer. It offers the whole data as one
/// Excel workbook and as the CSV and JSON bundle, with their sizes, and
/// lists each table with what it holds and how many records it has.
/// Rendered with `layouts/open-data` and made with the bundle, whose files
/// it describes.
enum OpenDataPage {
    static let folder = "du-lieu/"
    static let layout = "open-data"

    /// A table of the bundle and its number of records.
    struct Table {
        var name: String
        var records: Int
    }

    /// The page's path for each language that has a home page, unless an
    /// authored page is already there (then the bundle is still published).
    static func paths(in plan: SitePlan) -> [(language: Language, path: String)] {
        let taken = Set(plan.pages.map(\.path))
        return plan.pages.filter { $0.kind == .home }.map { ($0.language, $0.path + folder) }.filter { !taken.contains($0.path) }
    }

    /// A warning for each authored page that stands where the open-data
    /// page would be, naming its file: the page is kept, and nothing else
    /// says that the open-data page is missing.
    static func authoredPages(in plan: SitePlan, basePath: String) -> [Diagnostic] {
        let addresses = Set(plan.pages.filter { $0.kind == .home }.map { $0.path + folder })
        return plan.pages.compactMap { page in
            guard addresses.contains(page.path), let file = page.file else { return nil }
            return Diagnostic(.publish(.openDataPageTaken), at: SourceLocation(path: file.displayPath),
                              [MessageArgument("address", basePath + page.path), MessageArgument("workbook", basePath + OpenDataWorkbook.path),
                               MessageArgument("bundle", basePath + DataBundle.path)])
        }
    }

    static func files(site: Site, tables: [Table], downloads: [OutputFile], illustrative: Bool) -> ([OutputFile], [Diagnostic]) {
        guard site.theme.hasLayout(layout) else {
            return ([], [.layoutMissing(layout, consequence: LocalizedText(vi: "trang Dữ liệu mở không được tạo (các tệp dữ liệu vẫn được tạo)",
                                                                            en: "the open-data page is not written (the data files are)"))])
        }
        let contexts = SiteRendering.contexts(of: site)
        var problems: [Diagnostic] = []
        let files = paths(in: site.plan).compactMap { language, path -> OutputFile? in
            guard let home = site.plan.pages.firstIndex(where: { $0.kind == .home && $0.language == language }) else { return nil }
            let strings = contexts.strings[language] ?? [:]
            var context = contexts.context(for: home, rendered: nil)
            context["page"] = [
                "title": strings["open_data"] ?? "Dữ liệu mở", "kind": "open_data", "is_home": false, "is_section": false, "is_page": false,
                "url": contexts.config.basePath + path, "permalink": SiteAddress(config: site.config).absolute(path: path),
                "content": "", "toc": [] as [Any], "has_toc": false, "draft": false, "params": [:] as [String: Any],
                "breadcrumbs": [] as [Any], "word_count": 0,
            ] as [String: Any]
            context["open_data"] = [
                "files": downloads.map { file in download(file, strings: strings, language: language, basePath: contexts.config.basePath) },
                "tables": tables.map { table in
                    ["name": table.name, "title": strings["open_data_table_\(table.name)"] ?? table.name,
                     "records": VietnameseNumber.format(table.records, language: language)] as [String: Any]
                },
                "illustrative": illustrative,
            ] as [String: Any]
            do throws(TemplateFailure) {
                let html = try site.theme.render(layout: layout, context: context)
                return OutputFile(path: path + "index.html", data: Data(html.utf8))
            } catch {
                problems.append(error.diagnostic(page: path))
                return nil
            }
        }
        return (files, problems)
    }

    /// What each file of the bundle is, as the page offers it.
    private static func download(_ file: OutputFile, strings: [String: String], language: Language, basePath: String) -> [String: Any] {
        let workbook = file.path == OpenDataWorkbook.path
        return [
            "label": strings[workbook ? "open_data_workbook" : "open_data_bundle"] ?? file.path,
            "url": basePath + file.path,
            "media_type": workbook ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/zip",
            "size": PageDownloads.size(file.data.count, language: language),
        ]
    }
}
