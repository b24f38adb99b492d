import MinhBachText

/// Lookups over a loaded data set, built once per build, for pages and
/// components: figures by indicator and area, units by parent, and so on.
///
/// A class: it never changes once built, and every page's builders and
/// components hold it. As a struct each copy retained its twenty-odd
/// tables, atomically, on counts both cores touch; the national site made
/// one for every figure of an indicator page (10,051 rows) and spent
/// 1.6 % of its time in those copies.
public final class DataIndex: Sendable {
    public let data: DataSet
    public let areas: [AreaKey: Area]
    public let children: [AreaKey: [AreaKey]]
    public let indicators: [String: Indicator]
    public let documents: [String: Document]
    public let agencies: [String: Agency]
    public let programs: [String: Program]
    /// indicator → area → year → index into `observations`
    private let figures: [String: [AreaKey: [Int: Int]]]
    /// The reported figures, then those derived across the 2025
    /// reorganisation (docs/DATA.md), which fill only years without a
    /// reported figure.
    public let observations: [Observation]
    private let derivation: FigureDerivation
    public let targets: [String: [AreaKey: [Target]]]
    public let ntm: [AreaKey: [Int: NTMResult]]
    public let atk: [AreaKey: ATKRecognition]
    public let heritageByArea: [AreaKey: [Int]]
    /// legacy code → 2025 units, and 2025 code → legacy units
    public let formedInto: [String: [AreaConversion]]
    public let formedFrom: [String: [AreaConversion]]
    public let tasksByArea: [AreaKey: [Int]]
    /// Where illustrative figures are, so a page can say "Dữ liệu minh họa"
    /// without scanning every figure.
    public let illustrativeAreas: Set<AreaKey>
    public let illustrativeIndicators: Set<String>
    public let hasIllustrativeFigures: Bool
    public let hasIllustrativeTasks: Bool

    public init(_ data: DataSet) {
        self.data = data
        let areas = Dictionary(data.areas.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        self.areas = areas
        var children: [AreaKey: [AreaKey]] = [:]
        for area in data.areas {
            guard let parent = area.parent else { continue }
            children[AreaKey(area.scheme, parent), default: []].append(area.key)
        }
        self.children = children.mapValues { $0.sorted { (areas[$0]?.name ?? "") < (areas[$1]?.name ?? "") } }
        indicators = Dictionary(data.indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        documents = Dictionary(data.documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        agencies = Dictionary(data.agencies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        programs = Dictionary(data.programs.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var figures: [String: [AreaKey: [Int: Int]]] = [:]
        for (index, observation) in data.observations.enumerated() {
            figures[observation.indicator, default: [:]][observation.area, default: [:]][observation.year] = index
        }
        let communes = Self.communes(data.areas, children)
        let derivation = FigureDerivation(graph: TerritoryGraph(data.areaConversions), communes: { communes[$0] ?? [] })
        let derived = Self.derive(data, figures, derivation)
        for (offset, observation) in derived.enumerated() {
            figures[observation.indicator, default: [:]][observation.area, default: [:]][observation.year] = data.observations.count + offset
        }
        self.figures = figures
        self.derivation = derivation
        observations = data.observations + derived
        var targets: [String: [AreaKey: [Target]]] = [:]
        for target in data.targets { targets[target.indicator, default: [:]][target.area, default: []].append(target) }
        self.targets = targets
        var ntm: [AreaKey: [Int: NTMResult]] = [:]
        for result in data.ntmResults { ntm[result.area, default: [:]][result.year] = result }
        self.ntm = ntm
        atk = Dictionary(data.atk.map { ($0.area, $0) }, uniquingKeysWith: { first, _ in first })
        var heritage: [AreaKey: [Int]] = [:]
        for (index, site) in data.heritage.enumerated() { heritage[site.area, default: []].append(index) }
        heritageByArea = heritage
        var tasksByArea: [AreaKey: [Int]] = [:]
        for (index, task) in data.tasks.enumerated() { if let area = task.area { tasksByArea[area, default: []].append(index) } }
        self.tasksByArea = tasksByArea
        var illustrativeAreas: Set<AreaKey> = []
        var illustrativeIndicators: Set<String> = []
        for observation in observations where observation.illustrative {
            illustrativeAreas.insert(observation.area)
            illustrativeIndicators.insert(observation.indicator)
        }
        for result in data.ntmResults where result.illustrative { illustrativeAreas.insert(result.area) }
        for task in data.tasks where task.illustrative { if let area = task.area { illustrativeAreas.insert(area) } }
        self.illustrativeAreas = illustrativeAreas
        self.illustrativeIndicators = illustrativeIndicators
        hasIllustrativeFigures = !illustrativeIndicators.isEmpty
        hasIllustrativeTasks = data.tasks.contains { $0.illustrative }
        formedInto = Dictionary(grouping: data.areaConversions, by: \.oldCode)
        formedFrom = Dictionary(grouping: data.areaConversions, by: \.newCode)
    }

    public func observation(_ indicator: String, _ area: AreaKey, _ year: Int) -> Observation? {
        figures[indicator]?[area]?[year].map { observations[$0] }
    }

    /// Why a unit has no figure for a year, when one could have been
    /// derived across the reorganisation; nil when it has one, or when the
    /// year is in its own map (nothing to derive: the figure is just missing).
    public func derivationGap(_ indicator: String, _ area: AreaKey, _ year: Int) -> DerivationGap? {
        guard observation(indicator, area, year) == nil, Scheme.inForce(year: year) != area.scheme,
              let found = indicators[indicator] else { return nil }
        switch derivation.derive(found, unit: area, year: year, figure: reportedFigure) {
        case .success: return nil
        case .failure(let gap): return gap
        }
    }

    private func reportedFigure(_ indicator: String, _ area: AreaKey, _ year: Int) -> Observation? {
        guard let index = figures[indicator]?[area]?[year], index < data.observations.count else { return nil }
        return data.observations[index]
    }

    /// Years with a figure for the indicator and area, ascending.
    public func years(_ indicator: String, _ area: AreaKey) -> [Int] {
        (figures[indicator]?[area]?.keys).map { $0.sorted() } ?? []
    }

    /// Indicators with at least one figure for the area, in table order.
    public func indicators(for area: AreaKey) -> [Indicator] {
        data.indicators.filter { figures[$0.id]?[area] != nil || targets[$0.id]?[area] != nil }
    }

    /// Areas with a figure for the indicator.
    public func areas(with indicator: String) -> [AreaKey] {
        (figures[indicator]?.keys).map { Array($0).sorted() } ?? []
    }

    public func parent(of key: AreaKey) -> AreaKey? {
        areas[key]?.parent.map { AreaKey(key.scheme, $0) }
    }

    /// From the province down to the unit's parent.
    public func ancestors(of key: AreaKey) -> [AreaKey] {
        var chain: [AreaKey] = []
        var cursor = parent(of: key)
        while let current = cursor {
            chain.insert(current, at: 0)
            cursor = parent(of: current)
        }
        return chain
    }

    public func tasks(where predicate: (PlanTask) -> Bool) -> [PlanTask] {
        data.tasks.filter(predicate)
    }

    // MARK: - Derivation across the reorganisation

    /// Each unit's communes in its own map (a commune is its own).
    private static func communes(_ areas: [Area], _ children: [AreaKey: [AreaKey]]) -> [AreaKey: [String]] {
        var result: [AreaKey: [String]] = [:]
        let levels = Dictionary(areas.map { ($0.key, $0.level) }, uniquingKeysWith: { first, _ in first })
        func collect(_ key: AreaKey) -> [String] {
            if let done = result[key] { return done }
            let found = levels[key] == .commune ? [key.code] : (children[key] ?? []).flatMap(collect)
            result[key] = found
            return found
        }
        for area in areas { _ = collect(area.key) }
        return result
    }

    /// The figures every unit gets by its indicators' `derive` rules, for the
    /// years the other map has figures and the unit has none reported.
    private static func derive(_ data: DataSet, _ figures: [String: [AreaKey: [Int: Int]]], _ derivation: FigureDerivation) -> [Observation] {
        func reported(_ indicator: String, _ area: AreaKey, _ year: Int) -> Observation? {
            figures[indicator]?[area]?[year].map { data.observations[$0] }
        }
        var derived: [Observation] = []
        for indicator in data.indicators where indicator.derive != .none {
            let parts = indicator.derive.parts(of: indicator.id)
            for scheme in Scheme.allCases {
                let years = yearsWithEveryPart(parts, in: scheme.other, figures)
                guard !years.isEmpty else { continue }
                for area in data.areas where area.scheme == scheme {
                    for year in years where figures[indicator.id]?[area.key]?[year] == nil {
                        guard case .success(let result) = derivation.derive(indicator, unit: area.key, year: year, figure: reported) else { continue }
                        var observation = Observation(indicator: indicator.id, area: area.key, year: year, value: result.value,
                                                      status: result.preliminary ? .preliminary : .official, source: nil,
                                                      illustrative: result.illustrative, method: .derived, line: 0)
                        observation.derivedFrom = result.sources
                        derived.append(observation)
                    }
                }
            }
        }
        return derived
    }

    /// Years of `scheme`'s period in which it has figures of every part.
    private static func yearsWithEveryPart(_ parts: [String], in scheme: Scheme, _ figures: [String: [AreaKey: [Int: Int]]]) -> [Int] {
        var common: Set<Int>?
        for part in parts {
            var years: Set<Int> = []
            for (area, byYear) in figures[part] ?? [:] where area.scheme == scheme {
                years.formUnion(byYear.keys.filter { Scheme.inForce(year: $0) == scheme })
            }
            common = common.map { $0.intersection(years) } ?? years
        }
        return (common ?? []).sorted()
    }
}
