import Foundation
import MinhBachContent
import MinhBachData
import MinhBachDiagnostics
import MinhBachParallel
import MinhBachText

/// The numbers behind each indicator, area and report page, as
/// `du-lieu.csv` and `du-lieu.json` in the page's folder, and an indicator's
/// targets with their progress as `muc-tieu.csv` and `muc-tieu.json`. The
/// files sit beside the Vietnamese page; its English version links to the
/// same files.
struct PageDownloads {

    let plan: SitePlan
    let tables: OpenDataTables

    init(plan: SitePlan, config: SiteConfig, index: DataIndex, links: PlanLinks) {
        self.plan = plan
        self.tables = OpenDataTables(index: index, links: links, site: SiteAddress(config: config))
    }

    var site: SiteAddress { tables.site }

    /// The page whose folder holds the files of a page: itself, or for an
    /// English page its Vietnamese version.
    func filesPage(of page: Int) -> Int? {
        let planned = plan.pages[page]
        guard let record = planned.record else { return nil }
        switch record {
        case .indicator, .area, .report: break
        case .heritage, .program, .document, .agency, .task, .list: return nil
        }
        if planned.language == .vi { return page }
        guard let other = planned.translation, plan.pages[other].language == .vi else { return nil }
        return other
    }

    struct Files {
        var table: DataTable
        var csv: Data
        var json: Data
        /// Below the output folder: `chi-tieu/poverty-rate/du-lieu.csv`.
        var csvPath: String
        var jsonPath: String
    }

    /// The tables a page publishes: its figures first, then an indicator's
    /// targets. None when the page has no figures.
    func tables(for record: PageRecord) -> [DataTable] {
        guard let figures = tables.pageTable(for: record) else { return [] }
        return [figures] + [tables.targetTable(for: record)].compactMap { $0 }
    }

    /// The files of a Vietnamese page, one pair per table; empty when it has no figures.
    func files(ofPage page: Int) -> [Files] {
        let planned = plan.pages[page]
        guard let record = planned.record else { return [] }
        return tables(for: record).map { table in
            var header: [(String, JSONValue)] = [
                ("title", .string(planned.title)),
                ("url", .string(site.absolute(path: planned.path))),
                ("publisher", .string(site.publisher)),
            ]
            if let licence = site.licence {
                header.append(("license", .object([("name", .string(licence.name))] + (licence.url.map { [("url", .string($0))] } ?? []))))
            }
            header.append(("illustrative", .bool(table.hasIllustrativeRows)))
            return Files(table: table, csv: CSVWriter.data(table), json: JSONWriter.document(header, records: table),
                         csvPath: planned.path + table.name + ".csv", jsonPath: planned.path + table.name + ".json")
        }
    }

    /// `data_downloads` of a page's layout context: the files with their
    /// sizes, the link to the whole-site bundle, and the schema.org
    /// `Dataset` description as JSON-LD, escaped for a `<script>` element.
    ///
    /// The files come back too, for the page that publishes them (the
    /// Vietnamese one): made once, written with the page.
    func context(forPage page: Int, strings: [String: String], summaries: DownloadSummaries) -> (context: [String: Any], published: [OutputFile])? {
        guard let source = filesPage(of: page), plan.pages[source].record != nil else { return nil }
        let summary: DownloadSummaries.Summary
        var published: [OutputFile] = []
        // The English page shows what the Vietnamese page's files hold; on a
        // national site an indicator's JSON is 15 MB, and its table 100,000
        // rows, not to be made twice.
        if source != page, let known = summaries[source] {
            summary = known
        } else {
            let files = files(ofPage: source)
            guard let figures = files.first?.table else { return nil }
            summary = DownloadSummaries.Summary(
                files: files.map { .init(table: $0.table.name, csv: $0.csv.count, json: $0.json.count) }, rows: figures.rows.count,
                years: figures.range(of: "year") ?? figures.range(of: "value_year"), places: spatialCoverage(figures),
                measured: Self.measured(figures))
            summaries[source] = summary
            if source == page { published = files.flatMap { [OutputFile(path: $0.csvPath, data: $0.csv), OutputFile(path: $0.jsonPath, data: $0.json)] } }
        }
        guard let figures = summary.files.first else { return nil }
        let planned = plan.pages[page]
        let folder = site.config.basePath + plan.pages[source].path
        let language = planned.language
        var downloads: [[String: Any]] = []
        for file in summary.files {
            // The figures' files are plain "CSV", "JSON"; a further table says what it holds.
            let what = file.table == figures.table ? "" : " (" + (strings["data_downloads_\(file.table)"] ?? file.table) + ")"
            downloads.append(["label": "CSV" + what, "format": "csv", "media_type": "text/csv", "url": folder + file.table + ".csv",
                              "bytes": file.csv, "size": Self.size(file.csv, language: language)])
            downloads.append(["label": "JSON" + what, "format": "json", "media_type": "application/json", "url": folder + file.table + ".json",
                              "bytes": file.json, "size": Self.size(file.json, language: language)])
        }
        let jsonLD = dataset(page: planned, summary: summary, strings: strings,
                             files: downloads.map { (url: $0["url"] as? String ?? "", mediaType: $0["media_type"] as? String ?? "") })
        let context: [String: Any] = ["files": downloads, "rows": summary.rows, "bundle_url": site.config.basePath + DataBundle.path,
                                      "workbook_url": site.config.basePath + OpenDataWorkbook.path,
                                      "jsonld": JSONWriter.text(jsonLD, forScript: true)]
        return (context, published)
    }

    /// schema.org `Dataset` (https://schema.org/Dataset).
    /// - Parameter files: each file's address and media type.
    func dataset(page: PlannedPage, summary: DownloadSummaries.Summary, strings: [String: String],
                 files: [(url: String, mediaType: String)]) -> JSONValue {
        let years = summary.years
        let yearText = years.map { $0.lowerBound == $0.upperBound ? String($0.lowerBound) : "\($0.lowerBound)–\($0.upperBound)" } ?? ""
        let description = Placeholders.fill(strings["dataset_description"] ?? "{title}: {rows} rows ({years}), CSV and JSON.",
                                            ["title": page.title, "rows": VietnameseNumber.format(summary.rows, language: page.language),
                                             "years": yearText])
        let organisation = JSONValue.object([("@type", .string("Organization")), ("name", .string(site.publisher)),
                                             ("url", .string(site.absolute(path: "")))])
        var members: [(String, JSONValue)] = [
            ("@context", .string("https://schema.org")),
            ("@type", .string("Dataset")),
            ("name", .string(page.title)),
            ("description", .string(description)),
            ("url", .string(site.absolute(path: page.path))),
            ("inLanguage", .string(page.language.rawValue)),
            ("isAccessibleForFree", .bool(true)),
        ]
        if let licence = site.licence { members.append(("license", .string(licence.url ?? licence.name))) }
        members += [("creator", organisation), ("publisher", organisation)]
        if let years { members.append(("temporalCoverage", .string(years.lowerBound == years.upperBound ? "\(years.lowerBound)" : "\(years.lowerBound)/\(years.upperBound)"))) }
        let places = summary.places
        if !places.isEmpty {
            let values = places.map { JSONValue.object([("@type", .string("Place")), ("name", .string($0))]) }
            members.append(("spatialCoverage", values.count == 1 ? values[0] : .array(values)))
        }
        if !summary.measured.isEmpty { members.append(("variableMeasured", .array(summary.measured.map { .string($0) }))) }
        members.append(("distribution", .array(files.map { file in
            .object([("@type", .string("DataDownload")), ("encodingFormat", .string(file.mediaType)), ("contentUrl", .string(site.absolute(file.url)))])
        })))
        return .object(members)
    }

    /// The indicators a table's rows measure, in the order they come.
    private static func measured(_ table: DataTable) -> [String] {
        var measured: [String] = []
        if let column = table.columns.firstIndex(of: "indicator_name") {
            for row in table.rows { if case .text(let name) = row[column], !measured.contains(name) { measured.append(name) } }
        }
        return measured
    }

    /// The provinces the rows cover (an area's province, or the area itself).
    private func spatialCoverage(_ table: DataTable) -> [String] {
        guard let code = table.columns.firstIndex(of: "area_code"), let scheme = table.columns.firstIndex(of: "scheme") else { return [] }
        let index = tables.index
        var names: [String] = []
        var seen: Set<AreaKey> = []
        for row in table.rows {
            guard case .text(let areaCode) = row[code], case .text(let schemeName) = row[scheme],
                  let schemeValue = Scheme(rawValue: schemeName) else { continue }
            let key = AreaKey(schemeValue, areaCode)
            guard seen.insert(key).inserted else { continue }
            // One area: the area itself; several: the provinces they are in.
            let top = index.ancestors(of: key).first ?? key
            if let name = index.areas[top]?.name, !names.contains(name) { names.append(name) }
        }
        if seen.count == 1, let only = seen.first, let name = index.areas[only]?.name { return [name] }
        return names
    }

    /// `2,1 kB`, `850 B`, `1,3 MB` (SI units).
    static func size(_ bytes: Int, language: Language) -> String {
        if bytes < 1000 { return "\(bytes) B" }
        if bytes < 1_000_000 { return VietnameseNumber.format(Double(bytes) / 1000, precision: 1, language: language) + " kB" }
        return VietnameseNumber.format(Double(bytes) / 1_000_000, precision: 1, language: language) + " MB"
    }
}

/// What each page's download files hold, shared by the renders of a
/// build: the English page of a pair reads what the Vietnamese one made,
/// instead of making the tables again.
final class DownloadSummaries: @unchecked Sendable {
    struct Summary {
        struct File {
            /// The table's name, the files' name (`du-lieu`, `muc-tieu`).
            var table: String
            var csv: Int
            var json: Int
        }

        /// In the order of the tables, the figures first.
        var files: [File]
        /// Of the figures: their rows, years, provinces and indicators.
        var rows: Int
        var years: ClosedRange<Int>?
        var places: [String]
        var measured: [String]
    }

    private let lock = NSLock()
    private var summaries: [Int: Summary] = [:]

    subscript(page: Int) -> Summary? {
        get { lock.withLock { summaries[page] } }
        set { lock.withLock { summaries[page] = newValue } }
    }
}
