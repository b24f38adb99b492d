import MinhBachData

/// What changed between two loads of the data, and which pages show it.
struct DataChange {
    let old: DataSet
    let new: DataSet

    func affectedPages(in site: Site, oldIndex: DataIndex) -> [Int] {
        let pages = site.plan.pages
        // Any table other than the figures: every data page may show it.
        let figuresOnly = old.areas == new.areas && old.indicators == new.indicators && old.documents == new.documents
            && old.agencies == new.agencies && old.tasks == new.tasks && old.programs == new.programs
            && old.heritage == new.heritage && old.atk == new.atk && old.areaConversions == new.areaConversions
            && old.povertyStandards == new.povertyStandards && old.ntmCriteria == new.ntmCriteria
        guard figuresOnly, pages.count == site.plan.pages.count else {
            return Array(pages.indices.filter { pages[$0].kind == .data || pages[$0].kind == .home })
        }
        var areas: Set<AreaKey> = []
        var indicators: Set<String> = []
        func figures(_ data: DataSet) -> Set<FigureRow> {
            Set(data.observations.map { FigureRow($0) }) .union(data.targets.map { FigureRow($0) })
        }
        for row in figures(old).symmetricDifference(figures(new)) {
            areas.insert(row.area)
            indicators.insert(row.indicator)
        }
        for result in Set(old.ntmResults).symmetricDifference(Set(new.ntmResults)) { areas.insert(result.area) }
        // Charts show an area's parent and children too.
        let index = site.index
        var shown = areas
        for area in areas {
            if let parent = index.parent(of: area) { shown.insert(parent) }
            shown.formUnion(index.children[area] ?? [])
        }
        return pages.indices.filter { page in
            switch pages[page].record {
            case .area(let key)?: return shown.contains(key)
            case .indicator(let id)?: return indicators.contains(id)
            case .report?, .list?: return true
            default: return false
            }
        }
    }
}

/// An observation or target without its line number: moving a row is no change.
private struct FigureRow: Hashable {
    let indicator: String
    let area: AreaKey
    let year: Int
    let value: Double
    let detail: String

    init(_ observation: Observation) {
        indicator = observation.indicator
        area = observation.area
        year = observation.year
        value = observation.value
        detail = "\(observation.status.rawValue)|\(observation.source ?? "")|\(observation.illustrative)|\(observation.method.rawValue)"
    }

    init(_ target: Target) {
        indicator = target.indicator
        area = target.area
        year = target.year
        value = target.value
        detail = "target|\(target.baseline ?? -1)|\(target.baselineYear ?? 0)|\(target.document)|\(target.note ?? "")"
    }
}
