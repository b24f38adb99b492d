import MinhBachComponents
import MinhBachData
import MinhBachTemplates
import MinhBachText

/// `indicator`: the context of an indicator's page.
struct IndicatorContext: TemplateFields {
    let id: String
    let name: String
    let unit: String
    let direction: String
    var program: String?
    var programURL: String?
    /// The year of the by-area table; "" when there is none.
    let latestYear: Int?
    let areas: [IndicatorAreaRow]
    var areasMissing: UnitList?
    var areasNewer: UnitList?
    /// Set instead of listing `areas` when there are too many to list
    /// (`unitsListedInFull`): one row per province.
    var provinces: [ProvinceFiguresRow]?
    let targets: [IndicatorTargetRow]
    let progressKey: [ProgressKeyEntry]

    /// The most units the by-area table lists one by one. All 10,051 legacy
    /// communes of the country made a 4 MB table (about 400 bytes a row,
    /// twice with the English page) that no one reads on a phone; each
    /// unit's figure stays on its own page and in the page's downloads.
    static let unitsListedInFull = 500

    /// The most targets drawn as a chart each. One indicator of the national
    /// site has 1,436 targets: their charts were 11 of its 16 MB. Each
    /// area's page shows its figures over the years with its target.
    static let targetsChartedAtMost = 12

    func child(named key: String) -> Any? {
        switch key {
        case "id": return id
        case "name": return name
        case "unit": return unit
        case "direction": return direction
        case "program": return program
        case "program_url": return programURL
        case "latest_year": return latestYear.map { $0 as Any } ?? ""
        case "areas": return areas
        case "areas_missing": return areasMissing
        case "areas_newer": return areasNewer
        case "provinces": return provinces
        case "targets": return targets
        case "charts_targets": return targets.filter(\.hasFigures).count <= Self.targetsChartedAtMost
        case "progress_key": return progressKey
        default: return nil
        }
    }
}

/// `indicator.areas[]`: an area's figure in the table's year.
struct IndicatorAreaRow: TemplateFields {
    let link: AreaLink
    let value: String
    let figure: FigureFields

    func child(named key: String) -> Any? {
        key == "value" ? value : link.child(named: key) ?? figure.child(named: key)
    }
}

/// `indicator.provinces[]`: a province's units with a figure in the
/// table's year, and the lowest and highest of them.
struct ProvinceFiguresRow: TemplateFields {
    let link: AreaLink
    let count: Int
    let lowest: String
    let lowestArea: AreaLink
    let highest: String
    let highestArea: AreaLink

    func child(named key: String) -> Any? {
        switch key {
        case "count": return count
        case "lowest": return lowest
        case "lowest_area": return lowestArea
        case "highest": return highest
        case "highest_area": return highestArea
        default: return link.child(named: key)
        }
    }
}

/// Units named beside the by-area table, each with its latest year: a
/// short list in full, a long one as its first few (`items`), the `count`
/// and how many are not shown (`more`).
struct UnitList: TemplateFields {
    static let shown = 10
    let items: [AreaYearLink]
    let count: Int

    func child(named key: String) -> Any? {
        switch key {
        case "items": return items
        case "count": return count
        case "more": return count > Self.shown ? count - Self.shown : nil
        default: return nil
        }
    }
}

/// `indicator.targets[]`: a target and the progress towards it. `value` and
/// `year` are the target's; the latest figure is `latest` (`latest_year`).
struct IndicatorTargetRow: TemplateFields {
    let progress: ProgressFields
    let area: String
    let areaCode: String
    let hasFigures: Bool
    let areaURL: String
    let year: Int
    let value: String
    var document: String?
    var documentURL: String?
    var note: String?
    var derivation: Derivation?
    var reason: String?

    func child(named key: String) -> Any? {
        switch key {
        case "latest": return progress.value
        case "latest_year": return progress.valueYear
        case "value_year": return nil
        case "area": return area
        case "area_code": return areaCode
        case "has_figures": return hasFigures
        case "area_url": return areaURL
        case "year": return year
        case "value": return value
        case "document": return document
        case "document_url": return documentURL
        case "note": return note
        case "reason": return reason
        default: return progress.child(named: key) ?? derivation?.child(named: key)
        }
    }
}

extension DataContextBuilder {
    func indicator(_ indicator: Indicator) -> IndicatorContext {
        let byArea = FiguresByArea(indicator: indicator.id, in: index)
        var program: Program?
        if let id = indicator.program { program = index.programs[id] }
        let areas = (byArea?.areas ?? []).compactMap { key -> IndicatorAreaRow? in
            guard let year = byArea?.year, let figure = index.observation(indicator.id, key, year) else { return nil }
            return IndicatorAreaRow(link: areaLink(key), value: format(figure.value, indicator), figure: figureFields(figure))
        }
        let targets = (index.targets[indicator.id] ?? [:]).values.flatMap { $0 }.sorted { $0.area < $1.area }
        var provinces: [ProvinceFiguresRow]?
        if let byArea, byArea.areas.count > IndicatorContext.unitsListedInFull {
            provinces = provinceRows(byArea, indicator)
        }
        return IndicatorContext(
            id: indicator.id, name: name(indicator.nameVI, indicator.nameEN),
            unit: strings["unit_\(indicator.unit.rawValue)"] ?? indicator.unit.rawValue,
            direction: strings["direction_\(indicator.direction.rawValue)"] ?? indicator.direction.rawValue,
            program: program.map { name($0.nameVI, $0.nameEN) },
            programURL: program.map { links.url(.program($0.id), language: language) ?? "" },
            latestYear: byArea?.year, areas: areas,
            areasMissing: byArea.flatMap { unitList($0.missing) }, areasNewer: byArea.flatMap { unitList($0.newer) },
            provinces: provinces, targets: targets.map { targetRow($0, indicator) }, progressKey: progressKey)
    }

    /// The by-area table's units grouped by the province they are in, in
    /// the order of the table (code order), with the lowest and highest figure.
    private func provinceRows(_ byArea: FiguresByArea, _ indicator: Indicator) -> [ProvinceFiguresRow] {
        var order: [AreaKey] = []
        var figures: [AreaKey: [(area: AreaKey, value: Double)]] = [:]
        for key in byArea.areas {
            guard let figure = index.observation(indicator.id, key, byArea.year) else { continue }
            let province = index.ancestors(of: key).first ?? key
            if figures[province] == nil { order.append(province) }
            figures[province, default: []].append((key, figure.value))
        }
        return order.compactMap { province in
            guard let units = figures[province], let low = units.min(by: { $0.value < $1.value }),
                  let high = units.max(by: { $0.value < $1.value }) else { return nil }
            return ProvinceFiguresRow(link: areaLink(province), count: units.count,
                                      lowest: format(low.value, indicator), lowestArea: areaLink(low.area),
                                      highest: format(high.value, indicator), highestArea: areaLink(high.area))
        }
    }

    private func unitList(_ units: [FiguresByArea.Unit]) -> UnitList? {
        guard !units.isEmpty else { return nil }
        return UnitList(items: units.prefix(UnitList.shown).map { AreaYearLink(link: areaLink($0.area), year: $0.latestYear) },
                        count: units.count)
    }

    private func targetRow(_ target: Target, _ indicator: Indicator) -> IndicatorTargetRow {
        let standing = TargetStanding(target, indicator, in: index)
        var row = IndicatorTargetRow(
            progress: progress(standing), area: areaName(target.area),
            areaCode: "\(target.area.scheme.rawValue):\(target.area.code)",
            hasFigures: !index.years(indicator.id, target.area).isEmpty,
            areaURL: links.url(area: target.area, language: language) ?? "",
            year: target.year, value: format(target.value, indicator))
        if let document = index.documents[target.document] {
            row.document = document.label
            row.documentURL = links.url(document: document.id, language: language) ?? ""
        }
        row.note = target.note
        row.derivation = standing.figure.flatMap(derivation)
        if standing.figure.map({ $0.year < target.year }) ?? true {
            row.reason = notes.missing(indicator, target.area, target.year)
        }
        return row
    }
}
