import MinhBachComponents
import MinhBachContent
import MinhBachData
import MinhBachText

/// The numbers behind a page, and every table of the site, as tables of
/// open data. Names are in Vietnamese (the language of the data); column
/// names are plain identifiers, the same in CSV and JSON.
struct OpenDataTables {
    let index: DataIndex
    let links: PlanLinks
    let site: SiteAddress

    // MARK: - The numbers behind a page

    static let observationColumns = ["indicator", "indicator_name", "area_code", "area_name", "scheme", "year", "value", "unit",
                                     "status", "illustrative", "source_document", "source_url", "method", "derived_from"]

    /// One row per target (docs/PROGRESS.md): `baseline_source` says whether the
    /// baseline was stated or taken from the figures; `progress_category`,
    /// `progress_ratio` (observed over required pace) and `progress_method`
    /// (`cagr` or the `linear` fallback) are the assessment; `value_method`
    /// and `value_derived_from` say whether the figure was derived across the
    /// 2025 reorganisation, and `value_note` why the target or report year
    /// has no figure.
    static let targetColumns = ["indicator", "indicator_name", "area_code", "area_name", "scheme", "unit",
                                "baseline_year", "baseline", "baseline_source", "value_year", "value", "target_year", "target",
                                "progress_category", "progress_ratio", "progress_method", "progress_distance_to_limit",
                                "target_year_passed", "illustrative", "source_document", "source_url", "target_document", "target_document_url",
                                "value_method", "value_derived_from", "value_note"]

    /// The pages that offer their numbers: indicators, areas and reports
    /// with at least one figure. Nil for every other page.
    func pageTable(for record: PageRecord) -> DataTable? {
        let table: DataTable
        switch record {
        case .indicator(let id):
            guard let indicator = index.indicators[id] else { return nil }
            // Units before 1 July 2025 first, then the 2025 ones: the order of time.
            let areas = index.areas(with: id).sorted { ($0.scheme == .legacy ? 0 : 1, $0.code) < ($1.scheme == .legacy ? 0 : 1, $1.code) }
            table = DataTable(name: "du-lieu", columns: Self.observationColumns, rows: areas.flatMap { area in
                index.years(id, area).compactMap { index.observation(id, area, $0) }.map { observationRow($0, indicator) }
            })
        case .area(let key):
            table = DataTable(name: "du-lieu", columns: Self.observationColumns, rows: index.indicators(for: key).flatMap { indicator in
                index.years(indicator.id, key).compactMap { index.observation(indicator.id, key, $0) }.map { observationRow($0, indicator) }
            })
        case .report(let year):
            table = DataTable(name: "du-lieu", columns: Self.targetColumns, rows: targetRows(index.data.targets, upTo: year))
        // Their records have no figures to download.
        case .heritage, .program, .document, .agency, .task, .list:
            return nil
        }
        return table.rows.isEmpty ? nil : table
    }

    private func observationRow(_ observation: Observation, _ indicator: Indicator) -> [DataTable.Cell] {
        let (document, url) = source(observation.source)
        return [.text(indicator.id), .text(indicator.nameVI), .text(observation.area.code), .text(areaName(observation.area)),
                .text(observation.area.scheme.rawValue), .integer(observation.year), .number(observation.value),
                .text(indicator.unit.rawValue), .text(observation.status.rawValue), .bool(observation.illustrative), document, url]
            + derivation(observation)
    }

    /// `method` (`reported` or `derived`) and, for a derived figure, the
    /// units it was added up from (`2025:01840; legacy:01957`).
    private func derivation(_ observation: Observation?) -> [DataTable.Cell] {
        guard let observation else { return [.empty, .empty] }
        return [.text(observation.method.rawValue),
                observation.isDerived ? .list(observation.derivedFrom.map { "\($0.scheme.rawValue):\($0.code)" }) : .empty]
    }

    /// Why the report year has no figure (Vietnamese, as on the page).
    private func missingNote(_ indicator: Indicator, _ area: AreaKey, _ year: Int, have figure: Observation?) -> DataTable.Cell {
        guard figure?.year != year else { return .empty }
        return .text(FigureNotes(index: index, language: .vi, overrides: [:]).missing(indicator, area, year))
    }

    /// The targets of an indicator page, with where each stands on the latest figure.
    func targetTable(for record: PageRecord) -> DataTable? {
        guard case .indicator(let id) = record else { return nil }
        let targets = (index.targets[id] ?? [:]).values.flatMap { $0 }.sorted { $0.area < $1.area }
        return targets.isEmpty ? nil : DataTable(name: "muc-tieu", columns: Self.targetColumns, rows: targetRows(targets, upTo: nil))
    }

    /// One row per target, as the report and the indicator page show it:
    /// the latest figure (up to a report's year) and the progress assessment.
    private func targetRows(_ targets: [Target], upTo year: Int?) -> [[DataTable.Cell]] {
        targets.compactMap { target in
            guard let indicator = index.indicators[target.indicator] else { return nil }
            let standing = TargetStanding(target, indicator, in: index, upTo: year)
            let (figure, baseline, assessment) = (standing.figure, standing.baseline, standing.assessment)
            let (document, url) = source(figure?.source)
            let (targetDocument, targetURL) = source(target.document)
            return [.text(indicator.id), .text(indicator.nameVI), .text(target.area.code), .text(areaName(target.area)),
                    .text(target.area.scheme.rawValue), .text(indicator.unit.rawValue),
                    .integer(baseline?.figure.year), .number(baseline?.figure.value), .text(baseline?.source.rawValue),
                    .integer(figure?.year), .number(figure?.value), .integer(target.year), .number(target.value),
                    .text(assessment.category.rawValue), .number(assessment.ratio.map { ($0 * 10_000).rounded() / 10_000 }),
                    .text(assessment.method?.rawValue), assessment.method == nil ? .empty : .bool(assessment.onDistanceToLimit),
                    .bool(assessment.targetYearPassed),
                    figure.map { .bool($0.illustrative) } ?? .empty, document, url, targetDocument, targetURL]
                + derivation(figure) + [missingNote(indicator, target.area, year ?? target.year, have: figure)]
        }
    }

    private func areaName(_ key: AreaKey) -> String { index.areas[key]?.name ?? key.code }

    /// A document's number (`241/QĐ-TTg`) and where to read it: its
    /// official copy, else its page on this site.
    private func source(_ id: String?) -> (DataTable.Cell, DataTable.Cell) {
        guard let id, let document = index.documents[id] else { return (.empty, .empty) }
        let url = document.url ?? links.url(document: id, language: .vi).map { site.absolute($0) }
        return (.text(document.number), .text(url))
    }

    // MARK: - Every table of the site (the data bundle)

    /// The tables of docs/DATA.md with their columns, each area reference
    /// with its `scheme`, so that the files can be loaded back as a site's
    /// data (each table declares its open-data columns: `DataTables`).
    /// Each table's rows are made as they are written, so that a large
    /// site holds a thousand of them at a time.
    func allTables() -> [BundleTableWriter] {
        let data = index.data
        return OpenDataTable.all.map { BundleTableWriter(name: $0.name, columns: $0.columns, rows: $0.rowsOneAtATime(data)) }
    }
}

/// Where the site is published and who publishes it, for links in files
/// that leave the site (downloads, feeds, sitemaps).
struct SiteAddress {
    let config: SiteConfig

    /// A site-root path with the base path (`/chi-tieu/x/`) as an absolute
    /// URL (`https://example.gov.vn/chi-tieu/x/`); unchanged when the base
    /// URL is itself a path.
    func absolute(_ url: String) -> String {
        guard !config.baseURL.hasPrefix("/") else { return url }
        let basePath = config.basePath
        let relative = url.hasPrefix(basePath) ? url.dropFirst(basePath.count) : url.drop(while: { $0 == "/" })
        return config.baseURL + relative
    }

    /// A path below the base path (`sitemap.xml`, `chi-tieu/x/`) as an absolute URL.
    func absolute(path: String) -> String { absolute(config.basePath + path) }

    var isAbsolute: Bool { !config.baseURL.hasPrefix("/") }

    /// `publisher:` of site.yaml, else the site's title.
    var publisher: String {
        if let name = config.params["publisher"]?.text, !name.isEmpty { return name }
        return config.title
    }

    /// `license: {name: ..., url: ...}` of site.yaml.
    var licence: (name: String, url: String?)? {
        guard case .map(let fields)? = config.params["license"], let name = fields["name"]?.text, !name.isEmpty else { return nil }
        let url = fields["url"]?.text.flatMap { $0.isEmpty ? nil : $0 }
        return (name, url)
    }
}
