import MinhBachContent
import MinhBachData
import MinhBachDiagnostics
import MinhBachText

/// Adds the pages generated from programme data to a content plan: one per
/// area, heritage site, indicator, programme, document and agency, the
/// lists, and yearly reports. A content file already at a generated page's
/// path becomes that page's narrative.
struct DataPagePlanner {
    let index: DataIndex
    /// Interface strings of the site's language, for the titles of lists.
    let strings: [String: String]

    func extend(_ pages: inout [PlannedPage], diagnostics: inout [Diagnostic]) {
        var byPath = Dictionary(pages.indices.map { (pages[$0].path, $0) }, uniquingKeysWith: { first, _ in first })

        /// Adds a data page, or turns the content page at its path into it.
        @discardableResult
        func add(_ record: PageRecord, path: String, title: String, parent: Int?) -> Int {
            if let existing = byPath[path] {
                if pages[existing].kind == .page || pages[existing].kind == .section {
                    pages[existing].kind = .data
                    pages[existing].record = record
                    pages[existing].layout = "data"
                    if pages[existing].file == nil {
                        pages[existing].title = title   // a folder without _index.md
                    } else if let file = pages[existing].file, file.frontMatter.title == nil {
                        // A narrative needs no title of its own: the record gives it.
                        pages[existing].title = title
                        diagnostics.removeAll { $0.location.path == file.displayPath && $0.messageCode == Planner.missingTitleCode }
                    }
                    // It belongs where the data puts it (a commune under its
                    // province), not under the folder its file is in.
                    if let parent, pages[existing].parent != parent {
                        if let old = pages[existing].parent {
                            pages[old].children.removeAll { $0 == existing }
                            pages[old].subsections.removeAll { $0 == existing }
                        }
                        pages[existing].parent = parent
                        pages[parent].children.append(existing)
                    }
                } else {
                    diagnostics.append(Diagnostic(.content(.dataPagesClash), at: SourceLocation(path: pages[existing].file?.displayPath ?? "content"),
                                                  [MessageArgument("path", path)]))
                }
                return existing
            }
            let page = PlannedPage(kind: .data, file: nil, title: title, path: path, parent: parent, layout: "data", record: record)
            pages.append(page)
            let added = pages.count - 1
            byPath[path] = added
            if let parent { pages[parent].children.append(added) }
            return added
        }

        @discardableResult
        func listPage(_ list: DataList) -> Int {
            let home = SitePlan.homeIndex
            let index = add(.list(list), path: list.path, title: strings[list.titleKey] ?? list.rawValue, parent: nil)
            if pages[index].parent == nil, index != home {
                pages[index].parent = home
                if !pages[home].subsections.contains(index) { pages[home].subsections.append(index) }
            }
            return index
        }

        let data = index.data
        // Reports first: content files that declare themselves one.
        for page in pages.indices where pages[page].kind == .page {
            guard let matter = pages[page].file?.frontMatter, case .string("report")? = matter.params["type"] else { continue }
            guard case .int(let year)? = matter.params["year"] else {
                // At the wrong year, or at the 'type: report' that asks for one.
                let at = matter.paramLocations["year"] ?? matter.paramLocations["type"]
                diagnostics.append(Diagnostic(.content(.reportWithoutYear), at: at ?? SourceLocation(path: pages[page].file?.displayPath ?? "")))
                continue
            }
            pages[page].kind = .data
            pages[page].record = .report(year: year)
            pages[page].layout = "data"
        }

        // Areas: provinces, then districts, then communes, so parents exist first.
        if !data.areas.isEmpty {
            var areaPage: [AreaKey: Int] = [:]
            let lists: [Scheme: Int] = Dictionary(uniqueKeysWithValues: Scheme.allCases.compactMap { scheme in
                data.areas.contains { $0.scheme == scheme } ? (scheme, listPage(scheme == .v2025 ? .communes : .legacyUnits)) : nil
            })
            for level in AreaLevel.allCases {
                for area in data.areas where area.level == level {
                    let parent = index.parent(of: area.key).flatMap { areaPage[$0] } ?? lists[area.scheme]
                    areaPage[area.key] = add(.area(area.key), path: Self.path(of: area), title: area.name, parent: parent)
                }
            }
            if !data.atk.isEmpty { listPage(.atk) }
        }
        if !data.indicators.isEmpty {
            let list = listPage(.indicators)
            for indicator in data.indicators {
                add(.indicator(indicator.id), path: "chi-tieu/\(Slug.make(indicator.id))/", title: indicator.nameVI, parent: list)
            }
        }
        for program in data.programs {
            add(.program(program.id), path: "chuong-trinh/\(Slug.make(program.id))/", title: program.nameVI, parent: SitePlan.homeIndex)
        }
        if !data.heritage.isEmpty {
            let list = listPage(.heritage)
            for site in data.heritage {
                add(.heritage(site.id), path: "di-tich/\(Slug.make(site.id))/", title: site.name, parent: list)
            }
        }
        // Documents the site publishes itself (`page:`) link there instead.
        let documentSection = byPath["van-ban/"] ?? SitePlan.homeIndex
        for document in data.documents where document.page == nil {
            add(.document(document.id), path: "van-ban/\(Slug.make(document.id))/", title: document.label,
                parent: documentSection)
        }
        if !data.agencies.isEmpty {
            let list = listPage(.agencies)
            for agency in data.agencies {
                add(.agency(agency.id), path: "co-quan/\(Slug.make(agency.id))/", title: agency.nameVI, parent: list)
            }
        }
        if !data.tasks.isEmpty {
            let list = listPage(.tasks)
            for task in data.tasks {
                add(.task(task.id), path: "nhiem-vu/\(Slug.make(task.id))/", title: Self.title(of: task), parent: list)
            }
        }
    }

    /// A task's text, cut at a word when it is longer than a title should be.
    static func title(of task: PlanTask) -> String {
        let longest = 90
        guard task.text.count > longest else { return task.text }
        let cut = task.text.prefix(longest)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
    }

    /// `/xa/phuong-an-binh-31150/`, `/truoc-2025/huyen/huyen-ba-be-061/`,
    /// `/tinh/thai-nguyen/`: the code keeps commune URLs unique where names
    /// repeat across provinces.
    static func path(of area: Area) -> String {
        let prefix = area.scheme == .legacy ? "truoc-2025/" : ""
        switch area.level {
        case .province:
            var name = Substring(area.name)
            for word in ["Tỉnh ", "Thành phố ", "Thành Phố "] where name.hasPrefix(word) { name = name.dropFirst(word.count) }
            return "\(prefix)tinh/\(Slug.make(String(name)))/"
        case .district:
            return "\(prefix)huyen/\(Slug.make(area.name))-\(area.code)/"
        case .commune:
            return "\(prefix)xa/\(Slug.make(area.name))-\(area.code)/"
        }
    }
}
