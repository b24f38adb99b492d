import MinhBachComponents
import MinhBachData
import MinhBachTemplates
import MinhBachText

/// The Mustache context of a data page template (docs/PAGES.md): the
/// record and what relates to it, with numbers formatted for the language.
struct DataContextBuilder {
    let index: DataIndex
    let links: PlanLinks
    let language: Language
    let strings: [String: String]
    let year: Int
    let asOf: CalendarDate

    func context(for record: PageRecord) -> [String: Any] {
        switch record {
        case .area(let key): return ["area": area(key)]
        case .heritage(let id): return index.data.heritage.first { $0.id == id }.map { ["site_record": heritage($0)] } ?? [:]
        case .indicator(let id): return index.indicators[id].map { ["indicator": indicator($0)] } ?? [:]
        case .program(let id): return index.programs[id].map { ["program": program($0)] } ?? [:]
        case .document(let id): return index.documents[id].map { ["document": document($0)] } ?? [:]
        case .agency(let id): return index.agencies[id].map { ["agency": agency($0)] } ?? [:]
        case .report(let year): return ["report": report(year)]
        case .list(let list): return ["list": self.list(list)]
        }
    }

    /// Whether the record's page shows figures marked illustrative.
    func showsIllustrative(_ record: PageRecord) -> Bool {
        switch record {
        case .area(let key): return index.illustrativeAreas.contains(key)
        case .heritage(let id): return index.data.heritage.contains { $0.id == id && $0.illustrative }
        case .indicator(let id): return index.illustrativeIndicators.contains(id)
        case .report: return index.hasIllustrativeFigures || index.hasIllustrativeTasks
        case .agency(let id): return index.data.tasks.contains { ($0.lead == id || $0.partners.contains(id)) && $0.illustrative }
        case .document(let id): return index.data.tasks.contains { $0.source == id && $0.illustrative }
        case .list(let list): return list == .tasks && index.hasIllustrativeTasks
                || list == .heritage && index.data.heritage.contains { $0.illustrative }
        case .program: return false
        }
    }

    // MARK: - Records

    private func name(_ vi: String, _ en: String?) -> String { language == .en ? (en ?? vi) : vi }

    /// Derived figures and missing ones, explained in one line each.
    private var notes: FigureNotes { FigureNotes(index: index, language: language, overrides: strings) }

    /// The keys every shown figure carries about derivation: `derived`, and
    /// `derived_note` saying from which units.
    private func derivation(_ figure: Observation) -> [String: Any] {
        guard let note = notes.derivation(of: figure) else { return [:] }
        return ["derived": true, "derived_mark": notes.derivedMark, "derived_note": note]
    }

    /// An area's name in the page's language (`name_en` of areas.csv where
    /// there is one), or its code when the area is unknown.
    private func areaName(_ key: AreaKey) -> String {
        index.areas[key]?.name(language) ?? key.code
    }

    /// Where a figure comes from: its source document (linked), or the
    /// note that it is illustrative. Every figure on a page names one.
    private func provenance(_ figure: Observation) -> [String: Any] {
        if let id = figure.source, let document = index.documents[id] {
            return ["source": document.label, "source_url": links.url(document: id, language: language) ?? ""]
        }
        return ["source_note": figure.illustrative ? (strings["illustrative_data"] ?? "Dữ liệu minh họa") : (strings["no_source"] ?? "—")]
    }

    private func areaLink(_ key: AreaKey) -> [String: Any] {
        let area = index.areas[key]
        return ["name": area?.name(language) ?? key.code, "code": key.code, "type": area?.type ?? "",
                "url": links.url(area: key, language: language) ?? ""]
    }

    private func unit(_ indicator: Indicator) -> ValueUnit { ValueUnit(rawValue: indicator.unit.rawValue) ?? .number }

    private func format(_ value: Double, _ indicator: Indicator) -> String {
        VietnameseNumber.value(value, unit: unit(indicator), precision: indicator.precision, language: language)
    }

    /// A number templates can reformat (`{{number(figure)}}`, `{{rounded(figure)}}`).
    private func number(_ value: Double, _ indicator: Indicator) -> TemplateNumber {
        TemplateNumber(value, unit: unit(indicator), precision: indicator.precision, language: language)
    }

    private func area(_ key: AreaKey) -> [String: Any] {
        guard let area = index.areas[key] else { return [:] }
        var values: [String: Any] = [
            "name": name(area.name, area.nameEN), "code": area.code, "type": area.type, "level": area.level.rawValue,
            "scheme": area.scheme.rawValue,
            "scheme_label": strings[area.scheme == .legacy ? "scheme_legacy" : "scheme_2025"] ?? area.scheme.label,
            "url": links.url(area: key, language: language) ?? "",
            "parents": index.ancestors(of: key).map(areaLink),
        ]
        let children = index.children[key] ?? []
        values["children"] = children.map(areaLink)
        values["has_children"] = !children.isEmpty
        values["children_count"] = children.count
        if area.scheme == .legacy {
            let into = (index.formedInto[area.code] ?? []).map { conversion -> [String: Any] in
                var link = areaLink(AreaKey(.v2025, conversion.newCode))
                link["partly"] = conversion.partlyMerged
                return link
            }
            if !into.isEmpty { values["formed_into"] = into }
        } else {
            let from = (index.formedFrom[area.code] ?? []).map { conversion -> [String: Any] in
                var link = areaLink(AreaKey(.legacy, conversion.oldCode))
                link["partly"] = conversion.partlyMerged
                return link
            }
            if !from.isEmpty { values["formed_from"] = from }
            // A 2025 unit inherits the ATK recognition of a unit it was formed from.
            if let recognised = (index.formedFrom[area.code] ?? []).lazy.compactMap({ index.atk[AreaKey(.legacy, $0.oldCode)] }).first,
               let decision = index.documents[recognised.decision] {
                values["atk"] = ["decision": decision.label,
                                 "decision_url": links.url(document: decision.id, language: language) ?? "",
                                 "date": recognised.date.long(language),
                                 "via": areaName(recognised.area)]
            }
        }
        if let atk = index.atk[key], let decision = index.documents[atk.decision] {
            values["atk"] = ["decision": decision.label,
                             "decision_url": links.url(document: decision.id, language: language) ?? "",
                             "date": atk.date.long(language)]
        }
        if let latest = index.ntm[key]?.keys.max(), let result = index.ntm[key]?[latest] {
            values["ntm"] = ["year": latest, "level": result.level.rawValue,
                             "level_text": strings["ntm_level_\(result.level.rawValue)"] ?? result.level.rawValue,
                             "criteria_count": result.criteria.count]
        }
        values["indicators"] = index.indicators(for: key).map { indicator -> [String: Any] in
            var row: [String: Any] = ["id": indicator.id, "name": name(indicator.nameVI, indicator.nameEN),
                                      "url": links.url(indicator: indicator.id, language: language) ?? ""]
            if let latest = index.years(indicator.id, key).last, let figure = index.observation(indicator.id, key, latest) {
                row["year"] = latest
                row["value"] = format(figure.value, indicator)
                row["figure"] = number(figure.value, indicator)
                row.merge(provenance(figure)) { _, new in new }
                row.merge(derivation(figure)) { _, new in new }
                // How it moved since the year before it, worded ("giảm 2,1 điểm %").
                if let previous = index.years(indicator.id, key).dropLast().last,
                   let before = index.observation(indicator.id, key, previous) {
                    row["change"] = VietnameseNumber.change(from: before.value, to: figure.value, unit: unit(indicator),
                                                            precision: indicator.precision, language: language)
                    row["change_since"] = previous
                }
            }
            let years = index.years(indicator.id, key)
            row["year_count"] = years.count
            row["has_series"] = years.count >= 2
            if let target = index.targets[indicator.id]?[key]?.last {
                row["target"] = format(target.value, indicator)
                row["target_year"] = target.year
            }
            return row
        }
        values["has_indicators"] = !(values["indicators"] as? [Any] ?? []).isEmpty
        let heritage = (index.heritageByArea[key] ?? []).map { index.data.heritage[$0] }
        values["heritage"] = heritage.map(heritageLink)
        values["has_heritage"] = !heritage.isEmpty
        let tasks = (index.tasksByArea[key] ?? []).map { index.data.tasks[$0] }
        values["tasks"] = tasks.map(task)
        values["has_tasks"] = !tasks.isEmpty
        return values
    }

    private func heritageLink(_ site: HeritageSite) -> [String: Any] {
        ["name": site.name, "url": links.url(.heritage(site.id), language: language) ?? "",
         "rank": strings["rank_\(site.rank.rawValue)"] ?? site.rank.rawValue]
    }

    func task(_ task: PlanTask) -> [String: Any] {
        let overdue = task.isOverdue(on: asOf)
        var values: [String: Any] = [
            "id": task.id, "text": task.text,
            "lead": index.agencies[task.lead].map { name($0.nameVI, $0.nameEN) } ?? task.lead,
            "lead_url": links.url(agency: task.lead, language: language) ?? "",
            "partners": task.partners.compactMap { index.agencies[$0].map { name($0.nameVI, $0.nameEN) } }.joined(separator: "; "),
            "status": task.status.rawValue,
            "status_text": strings[overdue ? "status_overdue" : "status_\(task.status.rawValue)"] ?? task.status.rawValue,
            "overdue": overdue,
        ]
        if let text = task.deadlineText { values["deadline"] = text }
        if let date = task.deadline { values["deadline_date"] = date.short(language) }
        return values
    }

    private func heritage(_ site: HeritageSite) -> [String: Any] {
        var values: [String: Any] = [
            "name": site.name, "kind": site.kind, "rank": strings["rank_\(site.rank.rawValue)"] ?? site.rank.rawValue,
            "area_name": areaName(site.area),
            "area_url": links.url(area: site.area, language: language) ?? "",
            "date": site.recognitionDate.long(language), "recognition_date": TemplateDate(site.recognitionDate, language: language),
            "body": site.body,
        ]
        if let id = site.recognition, let document = index.documents[id] {
            values["recognition"] = document.label
            values["recognition_url"] = links.url(document: id, language: language) ?? ""
        }
        values["projects"] = site.projects.map { project -> [String: Any] in
            var row: [String: Any] = ["name": project.name]
            if let budget = project.budgetMillionVND {
                row["budget"] = VietnameseNumber.vnd(budget * 1_000_000, language: language)
                row["budget_vnd"] = TemplateNumber(budget * 1_000_000, language: language)
            }
            if let start = project.start { row["years"] = project.end.map { "\(start)–\($0)" } ?? String(start) }
            if let status = project.status { row["status"] = strings["status_\(status.rawValue)"] ?? status.rawValue }
            return row
        }
        values["has_projects"] = !site.projects.isEmpty
        let total = site.projects.compactMap(\.budgetMillionVND).reduce(0, +)
        if total > 0 { values["budget_total"] = VietnameseNumber.vnd(total * 1_000_000, language: language) }
        return values
    }

    /// Units named beside the by-area table, each with its latest year: a
    /// short list in full, a long one as its first few and a count.
    private func unitList(_ units: [FiguresByArea.Unit]) -> [String: Any]? {
        guard !units.isEmpty else { return nil }
        let shown = 10
        let items = units.prefix(shown).map { unit -> [String: Any] in
            var item = areaLink(unit.area)
            item["year"] = unit.latestYear
            return item
        }
        var list: [String: Any] = ["items": items, "count": units.count]
        if units.count > shown { list["more"] = units.count - shown }
        return list
    }

    private func indicator(_ indicator: Indicator) -> [String: Any] {
        var values: [String: Any] = [
            "id": indicator.id, "name": name(indicator.nameVI, indicator.nameEN),
            "unit": strings["unit_\(indicator.unit.rawValue)"] ?? indicator.unit.rawValue,
            "direction": strings["direction_\(indicator.direction.rawValue)"] ?? indicator.direction.rawValue,
        ]
        if let id = indicator.program, let program = index.programs[id] {
            values["program"] = name(program.nameVI, program.nameEN)
            values["program_url"] = links.url(.program(id), language: language) ?? ""
        }
        let byArea = FiguresByArea(indicator: indicator.id, in: index)
        values["latest_year"] = byArea?.year ?? ""
        values["areas"] = (byArea?.areas ?? []).compactMap { key -> [String: Any]? in
            guard let year = byArea?.year, let figure = index.observation(indicator.id, key, year) else { return nil }
            var row = areaLink(key)
            row["value"] = format(figure.value, indicator)
            row.merge(provenance(figure)) { _, new in new }
            row.merge(derivation(figure)) { _, new in new }
            return row
        }
        if let byArea {
            values["areas_missing"] = unitList(byArea.missing)
            values["areas_newer"] = unitList(byArea.newer)
        }
        values["targets"] = (index.targets[indicator.id] ?? [:]).values.flatMap { $0 }.sorted { $0.area < $1.area }.map { target -> [String: Any] in
            let standing = TargetStanding(target, indicator, in: index)
            var row = progress(standing)
            // `value` and `year` are the target's; the latest figure is `latest`.
            row["latest"] = row.removeValue(forKey: "value")
            row["latest_year"] = row.removeValue(forKey: "value_year")
            row.merge(["area": areaName(target.area),
                       "area_code": "\(target.area.scheme.rawValue):\(target.area.code)",
                       "has_figures": !index.years(indicator.id, target.area).isEmpty,
                       "area_url": links.url(area: target.area, language: language) ?? "",
                       "year": target.year, "value": format(target.value, indicator)]) { _, new in new }
            if let document = index.documents[target.document] {
                row["document"] = document.label
                row["document_url"] = links.url(document: document.id, language: language) ?? ""
            }
            if let note = target.note { row["note"] = note }
            if let figure = standing.figure { row.merge(derivation(figure)) { _, new in new } }
            if standing.figure.map({ $0.year < target.year }) ?? true {
                row["reason"] = notes.missing(indicator, target.area, target.year)
            }
            return row
        }
        values["progress_key"] = progressKey
        return values
    }

    private func documentLink(_ id: String) -> [String: Any] {
        guard let document = index.documents[id] else { return ["number": id] }
        return ["number": document.label, "title": document.title,
                "url": links.url(document: id, language: language) ?? ""]
    }

    private func program(_ program: Program) -> [String: Any] {
        ["id": program.id, "name": name(program.nameVI, program.nameEN), "period": "\(program.periodStart)–\(program.periodEnd)",
         "legal_basis": program.legalBasis.map(documentLink),
         "indicators": index.data.indicators.filter { $0.program == program.id }.map {
             ["name": name($0.nameVI, $0.nameEN), "url": links.url(indicator: $0.id, language: language) ?? ""]
         }]
    }

    private func document(_ document: Document) -> [String: Any] {
        var values: [String: Any] = ["id": document.id, "label": document.label, "number": document.number, "kind": document.kind,
                                     "issued": TemplateDate(document.date, language: language), "date": document.date.long(language),
                                     "date_short": document.date.short(language), "issuer": document.issuer, "title": document.title,
                                     "tasks": index.data.tasks.filter { $0.source == document.id }.map(task),
                                     "programs": index.data.programs.filter { $0.legalBasis.contains(document.id) }.map {
                                         ["name": name($0.nameVI, $0.nameEN), "url": links.url(.program($0.id), language: language) ?? ""]
                                     }]
        if let url = document.url { values["url"] = url }
        return values
    }

    private func agency(_ agency: Agency) -> [String: Any] {
        let lead = index.data.tasks.filter { $0.lead == agency.id }
        let partner = index.data.tasks.filter { $0.partners.contains(agency.id) }
        return ["id": agency.id, "name": name(agency.nameVI, agency.nameEN), "level": strings["agency_\(agency.level.rawValue)"] ?? agency.level.rawValue,
                "tasks": (lead + partner).map(task), "lead_count": lead.count, "partner_count": partner.count]
    }

    // MARK: - Reports and lists

    /// For each target: its latest figure up to the report year and where
    /// it stands (docs/PROGRESS.md), with a count of targets per category.
    private func report(_ reportYear: Int) -> [String: Any] {
        var counts: [ProgressCategory: Int] = [:]
        let rows = index.data.targets.compactMap { target -> [String: Any]? in
            guard let indicator = index.indicators[target.indicator] else { return nil }
            let standing = TargetStanding(target, indicator, in: index, upTo: reportYear)
            counts[standing.assessment.category, default: 0] += 1
            var row: [String: Any] = ["indicator": name(indicator.nameVI, indicator.nameEN),
                                      "indicator_url": links.url(indicator: indicator.id, language: language) ?? "",
                                      "area": areaName(target.area),
                                      "target": format(target.value, indicator), "target_year": target.year]
            if let document = index.documents[target.document] {
                row["target_document"] = document.label
                row["target_document_url"] = links.url(document: document.id, language: language) ?? ""
            }
            if let figure = standing.figure {
                row.merge(provenance(figure)) { _, new in new }
                row.merge(derivation(figure)) { _, new in new }
                row["has_figure_source"] = true
            }
            // No figure for the report year: say why in one sentence.
            if standing.figure?.year != reportYear { row["reason"] = notes.missing(indicator, target.area, reportYear) }
            row.merge(progress(standing)) { _, new in new }
            return row
        }
        let tasks = index.data.tasks.sorted { a, b in
            let (oa, ob) = (a.isOverdue(on: asOf), b.isOverdue(on: asOf))
            if oa != ob { return oa }
            return (a.deadline ?? CalendarDate(year: 9999, month: 12, day: 31)!) < (b.deadline ?? CalendarDate(year: 9999, month: 12, day: 31)!)
        }
        return ["year": reportYear, "targets": rows, "tasks": tasks.map(task), "progress_summary": progressSummary(counts),
                "progress_key": progressKey, "overdue_count": tasks.filter { $0.isOverdue(on: asOf) }.count]
    }

    // MARK: - Progress towards targets

    /// The keys of a target row about its figures and progress (docs/PAGES.md):
    /// baseline and latest figure with their years, the category with its mark
    /// and words, the ratio of observed to required pace, and notes on how it
    /// was measured.
    private func progress(_ standing: TargetStanding) -> [String: Any] {
        let indicator = standing.indicator, assessment = standing.assessment
        var row: [String: Any] = [:]
        if let baseline = standing.baseline {
            row["baseline"] = format(baseline.figure.value, indicator)
            row["baseline_year"] = baseline.figure.year
            row["baseline_source"] = baseline.source.rawValue
        }
        if let figure = standing.figure {
            row["value"] = format(figure.value, indicator)
            row["value_year"] = figure.year
        }
        let category = assessment.category
        row["progress"] = category.rawValue
        row["progress_mark"] = category.mark
        row["progress_text"] = strings[category.labelKey] ?? category.rawValue
        if let ratio = assessment.ratio, category != .achieved {
            row["progress_ratio"] = VietnameseNumber.percent(ratio * 100, precision: 0, language: language)
        }
        if let method = assessment.method { row["progress_method"] = method.rawValue }
        var notes: [String] = []
        // A row without a figure says why in its own sentence (`reason`).
        if let reason = assessment.reason, reason != .noFigure { notes.append(strings[reason.labelKey] ?? reason.rawValue) }
        if let baseline = standing.baseline, baseline.source != .stated {
            notes.append((strings[baseline.source.labelKey] ?? baseline.source.rawValue)
                .replacingOccurrences(of: "{year}", with: String(baseline.figure.year)))
        }
        if assessment.targetYearPassed { notes.append(strings["progress_note_target_year_passed"] ?? "target year passed") }
        if category != .achieved {
            if assessment.method == .linear { notes.append(strings["progress_note_linear"] ?? "linear") }
            if assessment.onDistanceToLimit { notes.append(strings["progress_note_distance_to_limit"] ?? "distance to 100%") }
        }
        if !notes.isEmpty { row["progress_note"] = notes.joined(separator: "; ") }
        // The pace and the notes in one bracket, for tables without a pace column.
        let pace = (row["progress_ratio"] as? String).map {
            (strings["progress_pace"] ?? "{percent}").replacingOccurrences(of: "{percent}", with: $0)
        }
        let detail = (pace.map { [$0] } ?? []) + notes
        if !detail.isEmpty { row["progress_detail"] = detail.joined(separator: "; ") }
        return row
    }

    /// One line per category that occurs, in the order of the categories:
    /// its mark, the count and the words for that count.
    private func progressSummary(_ counts: [ProgressCategory: Int]) -> [[String: Any]] {
        ProgressCategory.allCases.compactMap { category -> [String: Any]? in
            guard let count = counts[category], count > 0 else { return nil }
            let key = "progress_count_\(category.rawValue)"
            let text = (count == 1 ? strings[key + "_one"] : nil) ?? strings[key] ?? category.rawValue
            return ["progress": category.rawValue, "mark": category.mark, "count": count, "text": text]
        }
    }

    /// Every category's mark and words, for the key under a table.
    private var progressKey: [[String: Any]] {
        ProgressCategory.allCases.map { ["mark": $0.mark, "text": strings[$0.labelKey] ?? $0.rawValue] }
    }

    private func list(_ list: DataList) -> [String: Any] {
        switch list {
        case .communes, .legacyUnits:
            let scheme: Scheme = list == .communes ? .v2025 : .legacy
            let provinces = index.data.areas.filter { $0.scheme == scheme && $0.level == .province }
            return ["groups": provinces.map { province -> [String: Any] in
                var group = areaLink(province.key)
                let below = index.children[province.key] ?? []
                group["units"] = below.map { key -> [String: Any] in
                    var unit = areaLink(key)
                    unit["units"] = (index.children[key] ?? []).map(areaLink)
                    return unit
                }
                return group
            }]
        case .indicators:
            return ["items": index.data.indicators.map { ["name": name($0.nameVI, $0.nameEN), "url": links.url(indicator: $0.id, language: language) ?? "",
                                                          "unit": strings["unit_\($0.unit.rawValue)"] ?? $0.unit.rawValue] }]
        case .heritage:
            return ["groups": HeritageRank.allCases.compactMap { rank -> [String: Any]? in
                let sites = index.data.heritage.filter { $0.rank == rank }
                guard !sites.isEmpty else { return nil }
                return ["rank": strings["rank_\(rank.rawValue)"] ?? rank.rawValue, "items": sites.map(heritageLink)]
            }]
        case .atk:
            return ["items": index.data.atk.map { atk -> [String: Any] in
                var row = areaLink(atk.area)
                row["decision"] = documentLink(atk.decision)
                row["date"] = atk.date.short(language)
                return row
            }]
        case .tasks:
            let statuses = ["overdue", "in_progress", "planned", "done"]
            return ["groups": statuses.compactMap { status -> [String: Any]? in
                let tasks = index.data.tasks.filter { task in
                    status == "overdue" ? task.isOverdue(on: asOf) : !task.isOverdue(on: asOf) && task.status.rawValue == status
                }
                guard !tasks.isEmpty else { return nil }
                return ["status": status, "status_text": strings["status_\(status)"] ?? status, "items": tasks.map(task), "count": tasks.count]
            }]
        case .agencies:
            return ["items": index.data.agencies.map { agency -> [String: Any] in
                ["name": name(agency.nameVI, agency.nameEN), "url": links.url(agency: agency.id, language: language) ?? "",
                 "level": strings["agency_\(agency.level.rawValue)"] ?? agency.level.rawValue,
                 "task_count": index.data.tasks.filter { $0.lead == agency.id || $0.partners.contains(agency.id) }.count]
            }]
        }
    }
}
