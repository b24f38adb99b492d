import MinhBachData
import MinhBachTemplates

/// `list`: the context of a list page; `groups` or `items` by the list.
enum ListContext: TemplateFields {
    /// Communes (or legacy units) by province, then district.
    case areas(groups: [AreaTree])
    case indicators(items: [IndicatorListItem])
    case heritage(groups: [HeritageRankGroup])
    case atk(items: [ATKListItem])
    case tasks(groups: [TaskStatusGroup])
    case agencies(items: [AgencyListItem])

    func child(named key: String) -> Any? {
        switch self {
        case .areas(let groups): return key == "groups" ? groups : nil
        case .indicators(let items): return key == "items" ? items : nil
        case .heritage(let groups): return key == "groups" ? groups : nil
        case .atk(let items): return key == "items" ? items : nil
        case .tasks(let groups): return key == "groups" ? groups : nil
        case .agencies(let items): return key == "items" ? items : nil
        }
    }
}

struct IndicatorListItem: TemplateFields {
    let name: String
    let url: String
    let unit: String

    func child(named key: String) -> Any? {
        switch key {
        case "name": return name
        case "url": return url
        case "unit": return unit
        default: return nil
        }
    }
}

struct HeritageRankGroup: TemplateFields {
    let rank: String
    let items: [HeritageLink]

    func child(named key: String) -> Any? {
        switch key {
        case "rank": return rank
        case "items": return items
        default: return nil
        }
    }
}

/// An ATK commune with the `decision` recognising it and its `date`.
struct ATKListItem: TemplateFields {
    let link: AreaLink
    let decision: DocumentLink
    let date: String

    func child(named key: String) -> Any? {
        switch key {
        case "decision": return decision
        case "date": return date
        default: return link.child(named: key)
        }
    }
}

struct TaskStatusGroup: TemplateFields {
    let status: String
    let statusText: String
    let items: [TaskFields]

    func child(named key: String) -> Any? {
        switch key {
        case "status": return status
        case "status_text": return statusText
        case "items": return items
        case "count": return items.count
        default: return nil
        }
    }
}

struct AgencyListItem: TemplateFields {
    let name: String
    let url: String
    let level: String
    let taskCount: Int

    func child(named key: String) -> Any? {
        switch key {
        case "name": return name
        case "url": return url
        case "level": return level
        case "task_count": return taskCount
        default: return nil
        }
    }
}

extension DataContextBuilder {
    func list(_ list: DataList) -> ListContext {
        switch list {
        case .communes, .legacyUnits:
            let scheme: Scheme = list == .communes ? .v2025 : .legacy
            let provinces = index.data.areas.filter { $0.scheme == scheme && $0.level == .province }
            return .areas(groups: provinces.map { province in
                AreaTree(link: areaLink(province.key), units: (index.children[province.key] ?? []).map { key in
                    AreaTree(link: areaLink(key), units: (index.children[key] ?? []).map { AreaTree(link: areaLink($0), units: nil) })
                })
            })
        case .indicators:
            return .indicators(items: index.data.indicators.map {
                IndicatorListItem(name: name($0.nameVI, $0.nameEN), url: links.url(indicator: $0.id, language: language) ?? "",
                                  unit: strings["unit_\($0.unit.rawValue)"] ?? $0.unit.rawValue)
            })
        case .heritage:
            return .heritage(groups: HeritageRank.allCases.compactMap { rank in
                let sites = index.data.heritage.filter { $0.rank == rank }
                guard !sites.isEmpty else { return nil }
                return HeritageRankGroup(rank: strings["rank_\(rank.rawValue)"] ?? rank.rawValue, items: sites.map(heritageLink))
            })
        case .atk:
            return .atk(items: index.data.atk.map {
                ATKListItem(link: areaLink($0.area), decision: documentLink($0.decision), date: $0.date.short(language))
            })
        case .tasks:
            let statuses = ["overdue", "in_progress", "planned", "done"]
            return .tasks(groups: statuses.compactMap { status in
                let tasks = index.data.tasks.filter { task in
                    status == "overdue" ? task.isOverdue(on: asOf) : !task.isOverdue(on: asOf) && task.status.rawValue == status
                }
                guard !tasks.isEmpty else { return nil }
                return TaskStatusGroup(status: status, statusText: strings["status_\(status)"] ?? status, items: tasks.map(task))
            })
        case .agencies:
            return .agencies(items: index.data.agencies.map { agency in
                AgencyListItem(name: name(agency.nameVI, agency.nameEN), url: links.url(agency: agency.id, language: language) ?? "",
                               level: strings["agency_\(agency.level.rawValue)"] ?? agency.level.rawValue,
                               taskCount: index.data.tasks.filter { $0.lead == agency.id || $0.partners.contains(agency.id) }.count)
            })
        }
    }
}
