/// Computes an indicator's figure for a unit in a year of the other
/// administrative map (docs/DATA.md, "Figures across the reorganisation"):
/// the unit's former or future ground is the union of whole pieces of the
/// conversion graph; each piece is summed on the side that has the figures.
struct FigureDerivation: Sendable {
    /// A derived value and the units whose figures made it.
    struct Result: Sendable {
        var value: Double
        var sources: [AreaKey]
        var illustrative: Bool
        var preliminary: Bool
    }

    let graph: TerritoryGraph
    /// A unit's communes (itself for a commune), in its own map.
    let communes: @Sendable (AreaKey) -> [String]

    /// The pieces that make up exactly the unit's ground, or why there are none.
    func pieces(of unit: AreaKey) -> Swift.Result<[Int], DerivationGap> {
        let members = communes(unit)
        guard !members.isEmpty else { return .failure(.noCommunes) }
        let memberSet = Set(members)
        var found: [Int] = [], seen: Set<Int> = [], notConverted: [String] = []
        for code in members {
            guard let piece = graph.piece(unit.scheme, code) else { notConverted.append(code); continue }
            if seen.insert(piece).inserted { found.append(piece) }
        }
        guard notConverted.isEmpty else { return .failure(.notConverted(notConverted)) }
        var outside: [String] = [], via: [String] = []
        for index in found {
            let piece = graph.pieces[index]
            let strays = piece.codes(unit.scheme).filter { !memberSet.contains($0) }
            if !strays.isEmpty {
                outside += strays
                via += piece.codes(unit.scheme.other)
            }
        }
        guard outside.isEmpty else { return .failure(.straddles(outside: outside, via: via)) }
        return .success(found)
    }

    /// The figure of `indicator` by `rule` for the unit in `year`, from the
    /// reported figures that `figure` looks up.
    func derive(_ indicator: Indicator, unit: AreaKey, year: Int,
                figure: (String, AreaKey, Int) -> Observation?) -> Swift.Result<Result, DerivationGap> {
        let parts = indicator.derive.parts(of: indicator.id)
        guard !parts.isEmpty else { return .failure(.noRule) }
        let found: [Int]
        switch pieces(of: unit) {
        case .failure(let gap): return .failure(gap)
        case .success(let pieces): found = pieces
        }
        var totals = Array(repeating: 0.0, count: parts.count)
        var sources: [AreaKey] = [], illustrative = false, preliminary = false
        var split: [String] = [], missingPart: String?, missingUnits: [AreaKey] = []
        /// Every part's figure for every unit on one side of the piece, or
        /// the first part some unit lacks, with those units.
        func complete(_ piece: TerritoryGraph.Piece, _ scheme: Scheme) -> Swift.Result<[[Observation]], DerivationGap> {
            let keys = piece.codes(scheme).map { AreaKey(scheme, $0) }
            var figures: [[Observation]] = []
            for part in parts {
                let found = keys.compactMap { figure(part, $0, year) }
                guard found.count == keys.count else {
                    return .failure(.missing(indicator: part, units: keys.filter { key in !found.contains { $0.area == key } }))
                }
                figures.append(found)
            }
            return .success(figures)
        }
        for index in found {
            let piece = graph.pieces[index]
            // The map in force that year first, then the unit's own map (a
            // figure reported for its former ground). A piece with a split
            // unit only on the own map: the other side is not all of it.
            // Each side is looked up only when the one before it failed.
            let inForce = piece.exact ? complete(piece, unit.scheme.other) : nil
            let chosen: [[Observation]]
            if case .success(let figures)? = inForce {
                chosen = figures
            } else if case .success(let figures) = complete(piece, unit.scheme) {
                chosen = figures
            } else {
                if !piece.exact { split += piece.split }
                if case .failure(.missing(let part, let units))? = inForce, missingPart == nil || missingPart == part {
                    missingPart = part
                    missingUnits += units
                }
                continue
            }
            for (position, observations) in chosen.enumerated() {
                totals[position] += observations.reduce(0) { $0 + $1.value }
                for observation in observations {
                    if position == 0 { sources.append(observation.area) }
                    illustrative = illustrative || observation.illustrative
                    preliminary = preliminary || observation.status == .preliminary
                }
            }
        }
        if !split.isEmpty { return .failure(.split(split)) }
        if let missingPart { return .failure(.missing(indicator: missingPart, units: missingUnits)) }
        var value = totals[0]
        if case .ratio(_, let denominator) = indicator.derive {
            guard totals[1] != 0 else { return .failure(.zeroDenominator(indicator: denominator)) }
            value = totals[0] / totals[1] * (indicator.unit == .percent ? 100 : 1)
        }
        return .success(Result(value: value, sources: sources.sorted(), illustrative: illustrative, preliminary: preliminary))
    }
}

extension Scheme {
    /// The other administrative map.
    public var other: Scheme { self == .legacy ? .v2025 : .legacy }
}
