import MinhBachData

/// What changed between two loads of the data, and which pages show it.
struct DataChange {
    let old: DataSet
    let new: DataSet

    func affectedPages(in site: Site, oldIndex: DataIndex) -> [Int] {
        let pages = site.plan.pages
        var areas: Set<AreaKey> = []
        var indicators: Set<String> = []
        for change in TableChange.all(from: old, to: new) {
            switch change {
            case .none:
                continue
            case .figures(let changedAreas, let changedIndicators):
                areas.formUnion(changedAreas)
                indicators.formUnion(changedIndicators)
            case .everyDataPage:
                return Array(pages.indices.filter { pages[$0].kind == .data || pages[$0].kind == .home })
            }
        }
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
            // Their records are in tables whose every change renders every data page again.
            case .heritage?, .program?, .document?, .agency?, .task?: return false
            case nil: return false
            }
        }
    }
}
