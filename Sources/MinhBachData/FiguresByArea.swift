/// Which year an indicator's "figures by area" table shows, and which units
/// it leaves out. Taking the latest year any unit has would let one commune
/// that already reported next year's figure replace the table of every
/// other unit with its single row; so the table shows the latest year that
/// most units of that year's map have, and names the units it leaves out
/// (no figure for that year) and those that already have a newer one.
public struct FiguresByArea: Sendable, Equatable {
    public struct Unit: Sendable, Equatable {
        public var area: AreaKey
        /// The unit's latest year with a figure.
        public var latestYear: Int
    }

    public var year: Int
    /// Units with a figure for `year`, in code order.
    public var areas: [AreaKey]
    /// Units of `year`'s map with figures for other years but none for `year`.
    public var missing: [Unit]
    /// Units shown whose latest figure is newer than `year`.
    public var newer: [Unit]

    public init?(indicator: String, in index: DataIndex) {
        let all = index.areas(with: indicator)
        let years = all.map { (area: $0, years: index.years(indicator, $0)) }
        guard let chosen = Self.year(from: years) else { return nil }
        year = chosen
        let scheme = Scheme.inForce(year: chosen)
        areas = years.filter { $0.years.contains(chosen) }.map(\.area)
        missing = years.filter { $0.area.scheme == scheme && !$0.years.contains(chosen) }
            .compactMap { entry in entry.years.last.map { Unit(area: entry.area, latestYear: $0) } }
        newer = years.filter { $0.years.contains(chosen) }
            .compactMap { entry in entry.years.last.flatMap { $0 > chosen ? Unit(area: entry.area, latestYear: $0) : nil } }
    }

    /// The latest year for which more than half the units of its map that
    /// have any figure have one; when no year has that, the year most units
    /// have (the later one on a tie).
    static func year(from units: [(area: AreaKey, years: [Int])]) -> Int? {
        var counts: [Int: Int] = [:]
        for unit in units { for year in unit.years { counts[year, default: 0] += 1 } }
        var unitsPerScheme: [Scheme: Int] = [:]
        for unit in units where !unit.years.isEmpty { unitsPerScheme[unit.area.scheme, default: 0] += 1 }
        for year in counts.keys.sorted(by: >) {
            let reporting = units.filter { $0.area.scheme == Scheme.inForce(year: year) && $0.years.contains(year) }.count
            if reporting * 2 > unitsPerScheme[Scheme.inForce(year: year), default: 0] { return year }
        }
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }
}
