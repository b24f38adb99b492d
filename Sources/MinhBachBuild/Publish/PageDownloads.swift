import Foundation
import MinhBachContent
import MinhBachData
import MinhBachDiagnostics
import MinhBachParallel
import MinhBachText

/// The numbers behind each indicator, area and report page, as
/// `du-lieu.csv` and `du-lieu.json` in the page's folder. The files sit
/// beside the Vietnamese page; its English version links to the same files.
struct PageDownloads {
    static let csvName = "du-lieu.csv"
    static let jsonName = "du-lieu.json"

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
        default: return nil
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

    /// The files of a Vietnamese page, or nil when it has no figures.
    func files(ofPage page: Int) -> Files? {
        let planned = plan.pages[page]
        guard let record = planned.record, let table = tables.pageTable(for: record) else { return nil }
        var header: [(String, JSONValue)] = [
            ("title", .string(planned.title)),
            ("url", .string(site.absolute(path: planned.path))),
            ("publisher", .string(site.publisher)),
        ]
        if let licence = site.licence {
            header.append(("license", .object([("name", .string(licence.name))] + (licence.url.map { [("url", .string($0))] } ?? []))))
        }
        header.append(("illustrative", .bool(table.hasIllustrativeRows)))
        let json = JSONValue.object(header + [("records", .array(table.rows.map { row in
            .object(zip(table.columns, row).map { ($0, JSONValue($1)) })
        }))])
        return Files(table: table, csv: CSVWriter.data(table), json: JSONWriter.data(json),
                     csvPath: planned.path + Self.csvName, jsonPath: planned.path + Self.jsonName)
    }

    /// `data_downloads` of a page's layout context: the files with their
    /// sizes, the link to the whole-site bundle, and the schema.org
    /// `Dataset` description as JSON-LD, escaped for a `<script>` element.
    ///
    /// The files come back too, for the page that publishes them (the
    /// Vietnamese one): made once, written with the page.
    func context(forPage page: Int, strings: [String: String], sizes: DownloadSizes) -> (context: [String: Any], published: [OutputFile])? {
        guard let source = filesPage(of: page), let record = plan.pages[source].record else { return nil }
        let table: DataTable
        let bytes: DownloadSizes.Bytes
        var published: [OutputFile] = []
        // The English page shows the sizes of the Vietnamese page's files; on
        // a national site an indicator's JSON is 15 MB, not to be made twice.
        if source != page, let known = sizes[source], let sourceTable = tables.pageTable(for: record) {
            (table, bytes) = (sourceTable, known)
        } else {
            guard let files = files(ofPage: source) else { return nil }
            (table, bytes) = (files.table, DownloadSizes.Bytes(csv: files.csv.count, json: files.json.count))
            sizes[source] = bytes
            if source == page { published = [OutputFile(path: files.csvPath, data: files.csv), OutputFile(path: files.jsonPath, data: files.json)] }
        }
        let planned = plan.pages[page]
        let basePath = site.config.basePath
        let csvURL = basePath + plan.pages[source].path + Self.csvName, jsonURL = basePath + plan.pages[source].path + Self.jsonName
        let language = planned.language
        let downloads: [[String: Any]] = [
            ["label": "CSV", "format": "csv", "media_type": "text/csv", "url": csvURL, "bytes": bytes.csv,
             "size": Self.size(bytes.csv, language: language)],
            ["label": "JSON", "format": "json", "media_type": "application/json", "url": jsonURL, "bytes": bytes.json,
             "size": Self.size(bytes.json, language: language)],
        ]
        let jsonLD = dataset(page: planned, table: table, strings: strings, csvURL: csvURL, jsonURL: jsonURL)
        let context: [String: Any] = ["files": downloads, "rows": table.rows.count, "bundle_url": basePath + DataBundle.path,
                                      "jsonld": JSONWriter.text(jsonLD, forScript: true)]
        return (context, published)
    }

    /// schema.org `Dataset` (https://schema.org/Dataset).
    func dataset(page: PlannedPage, table: DataTable, strings: [String: String], csvURL: String, jsonURL: String) -> JSONValue {
        let years = table.range(of: "year") ?? table.range(of: "value_year")
        let yearText = years.map { $0.lowerBound == $0.upperBound ? String($0.lowerBound) : "\($0.lowerBound)–\($0.upperBound)" } ?? ""
        let description = (strings["dataset_description"] ?? "{title}: {rows} rows ({years}), CSV and JSON.")
            .replacingOccurrences(of: "{title}", with: page.title)
            .replacingOccurrences(of: "{rows}", with: VietnameseNumber.format(table.rows.count, language: page.language))
            .replacingOccurrences(of: "{years}", with: yearText)
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
        let places = spatialCoverage(table)
        if !places.isEmpty {
            let values = places.map { JSONValue.object([("@type", .string("Place")), ("name", .string($0))]) }
            members.append(("spatialCoverage", values.count == 1 ? values[0] : .array(values)))
        }
        var measured: [String] = []
        if let column = table.columns.firstIndex(of: "indicator_name") {
            for row in table.rows { if case .text(let name) = row[column], !measured.contains(name) { measured.append(name) } }
        }
        if !measured.isEmpty { members.append(("variableMeasured", .array(measured.map { .string($0) }))) }
        members.append(("distribution", .array([
            .object([("@type", .string("DataDownload")), ("encodingFormat", .string("text/csv")), ("contentUrl", .string(site.absolute(csvURL)))]),
            .object([("@type", .string("DataDownload")), ("encodingFormat", .string("application/json")), ("contentUrl", .string(site.absolute(jsonURL)))]),
        ])))
        return .object(members)
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

/// The byte sizes of each page's download files, shared by the renders of a
/// build: the English page of a pair reads what the Vietnamese one made.
final class DownloadSizes: @unchecked Sendable {
    struct Bytes {
        var csv: Int
        var json: Int
    }

    private let lock = NSLock()
    private var bytes: [Int: Bytes] = [:]

    subscript(page: Int) -> Bytes? {
        get { lock.withLock { bytes[page] } }
        set { lock.withLock { bytes[page] = newValue } }
    }
}
