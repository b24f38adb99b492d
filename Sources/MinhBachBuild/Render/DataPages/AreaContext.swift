import MinhBachData
import MinhBachTemplates
import MinhBachText

/// `area`: the context of a province, district or commune page.
struct AreaContext: TemplateFields {
    let name: String
    let code: String
    let type: String
    let level: String
    let scheme: String
    let schemeLabel: String
    let url: String
    let parents: [AreaLink]
    let children: [AreaLink]
    /// Absent when empty: the unit was not merged (into) anything.
    var formedInto: [ConversionLink]?
    var formedFrom: [ConversionLink]?
    var atk: ATKRecognitionFields?
    var ntm: NTMFields?
    let indicators: [AreaIndicatorRow]
    let heritage: [HeritageLink]
    let tasks: [TaskFields]

    func child(named key: String) -> Any? {
        switch key {
        case "name": return name
        case "code": return code
        case "type": return type
        case "level": return level
        case "scheme": return scheme
        case "scheme_label": return schemeLabel
        case "legacy": return scheme == Scheme.legacy.rawValue
        case "url": return url
        case "parents": return parents
        case "children": return children
        case "has_children": return !children.isEmpty
        case "children_count": return children.count
        case "formed_into": return formedInto
        case "formed_from": return formedFrom
        case "atk": return atk
        case "ntm": return ntm
        case "indicators": return indicators
        case "has_indicators": return !indicators.isEmpty
        case "heritage": return heritage
        case "has_heritage": return !heritage.isEmpty
        case "tasks": return tasks
        case "has_tasks": return !tasks.isEmpty
        default: return nil
        }
    }
}

/// `area.atk`: the decision recognising an ATK commune; `via`, on a 2025
/// unit, names the unit it was formed from that holds the recognition.
struct ATKRecognitionFields: TemplateFields {
    let decision: String
    let decisionURL: String
    let date: String
    let via: String?

    func child(named key: String) -> Any? {
        switch key {
        case "decision": return decision
        case "decision_url": return decisionURL
        case "date": return date
        case "via": return via
        default: return nil
        }
    }
}

/// `area.ntm`: the latest New Rural Development result.
struct NTMFields: TemplateFields {
    let year: Int
    let level: String
    let levelText: String
    let criteriaCount: Int

    func child(named key: String) -> Any? {
        switch key {
        case "year": return year
        case "level": return level
        case "level_text": return levelText
        case "criteria_count": return criteriaCount
        default: return nil
        }
    }
}

/// `area.indicators[]`: an indicator with the area's latest figure, how it
/// moved since the year before, and the area's target.
struct AreaIndicatorRow: TemplateFields {
    let id: String
    let name: String
    let url: String
    var year: Int?
    var value: String?
    var figure: TemplateNumber?
    var figureFields: FigureFields?
    var change: String?
    var changeSince: Int?
    let yearCount: Int
    var target: String?
    var targetYear: Int?

    func child(named key: String) -> Any? {
        switch key {
        case "id": return id
        case "name": return name
        case "url": return url
        case "year": return year
        case "value": return value
        case "figure": return figure
        case "change": return change
        case "change_since": return changeSince
        case "year_count": return yearCount
        case "has_series": return yearCount >= 2
        case "target": return target
        case "target_year": return targetYear
        default: return figureFields?.child(named: key)
        }
    }
}

extension DataContextBuilder {
    func area(_ key: AreaKey) -> AreaContext? {
        guard let area = index.areas[key] else { return nil }
        var values = AreaContext(
            name: name(area.name, area.nameEN), code: area.code, type: area.type, level: area.level.rawValue,
            scheme: area.scheme.rawValue,
            schemeLabel: strings[area.scheme == .legacy ? "scheme_legacy" : "scheme_2025"] ?? area.scheme.label,
            url: links.url(area: key, language: language) ?? "",
            parents: index.ancestors(of: key).map(areaLink),
            children: (index.children[key] ?? []).map(areaLink),
            indicators: index.indicators(for: key).map { indicatorRow($0, key) },
            heritage: (index.heritageByArea[key] ?? []).map { heritageLink(index.data.heritage[$0]) },
            tasks: (index.tasksByArea[key] ?? []).map { task(index.data.tasks[$0]) })
        if area.scheme == .legacy {
            let into = (index.formedInto[area.code] ?? []).map {
                ConversionLink(link: areaLink(AreaKey(.v2025, $0.newCode)), partly: $0.partlyMerged)
            }
            if !into.isEmpty { values.formedInto = into }
        } else {
            let from = (index.formedFrom[area.code] ?? []).map {
                ConversionLink(link: areaLink(AreaKey(.legacy, $0.oldCode)), partly: $0.partlyMerged)
            }
            if !from.isEmpty { values.formedFrom = from }
            // A 2025 unit inherits the ATK recognition of a unit it was formed from.
            if let recognised = (index.formedFrom[area.code] ?? []).lazy.compactMap({ index.atk[AreaKey(.legacy, $0.oldCode)] }).first,
               let decision = index.documents[recognised.decision] {
                values.atk = ATKRecognitionFields(decision: decision.label,
                                                  decisionURL: links.url(document: decision.id, language: language) ?? "",
                                                  date: recognised.date.long(language), via: areaName(recognised.area))
            }
        }
        if let atk = index.atk[key], let decision = index.documents[atk.decision] {
            values.atk = ATKRecognitionFields(decision: decision.label, decisionURL: links.url(document: decision.id, language: language) ?? "",
                                              date: atk.date.long(language), via: nil)
        }
        if let latest = index.ntm[key]?.keys.max(), let result = index.ntm[key]?[latest] {
            values.ntm = NTMFields(year: latest, level: result.level.rawValue,
                                   levelText: strings["ntm_level_\(result.level.rawValue)"] ?? result.level.rawValue,
                                   criteriaCount: result.criteria.count)
        }
        return values
    }

    private func indicatorRow(_ indicator: Indicator, _ key: AreaKey) -> AreaIndicatorRow {
        let years = index.years(indicator.id, key)
        var row = AreaIndicatorRow(id: indicator.id, name: name(indicator.nameVI, indicator.nameEN),
                                   url: links.url(indicator: indicator.id, language: language) ?? "", yearCount: years.count)
        if let latest = years.last, let figure = index.observation(indicator.id, key, latest) {
            row.year = latest
            row.value = format(figure.value, indicator)
            row.figure = number(figure.value, indicator)
            row.figureFields = figureFields(figure)
            // How it moved since the year before it, worded ("giảm 2,1 điểm %").
            if let previous = years.dropLast().last, let before = index.observation(indicator.id, key, previous) {
                row.change = VietnameseNumber.change(from: before.value, to: figure.value, unit: unit(indicator),
                                                     precision: indicator.precision, language: language)
                row.changeSince = previous
            }
        }
        if let target = index.targets[indicator.id]?[key]?.last {
            row.target = format(target.value, indicator)
            row.targetYear = target.year
        }
        return row
    }
}
