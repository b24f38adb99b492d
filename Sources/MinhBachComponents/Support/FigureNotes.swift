import MinhBachData
import MinhBachText

/// The sentences that explain a figure derived across the 1 July 2025
/// reorganisation, or why none could be (docs/DATA.md): one line each, so a
/// page never shows a bare "—". Used by components and page contexts alike.
public struct FigureNotes: Sendable {
    let index: DataIndex
    let language: Language
    let overrides: [String: String]

    /// How many units a sentence names before "and N more".
    static let namedUnits = 3

    public init(index: DataIndex, language: Language, overrides: [String: String]) {
        self.index = index
        self.language = language
        self.overrides = overrides
    }

    private var strings: ComponentStrings { ComponentStrings(language: language, overrides: overrides) }

    /// The short mark beside a derived value ("suy ra").
    public var derivedMark: String { strings("derived_mark") }

    /// The footnote under a table with starred (derived) figures.
    public var derivedFootnote: String { strings("derived_footnote", ["date": reorganisationDate]) }

    /// `01/07/2025` or `1 July 2025`, as a sentence writes the date.
    private var reorganisationDate: String {
        language == .vi ? Reorganisation.effective.short(.vi) : Reorganisation.effective.longEnglish
    }

    /// Where a derived figure comes from; nil for a reported one.
    public func derivation(of observation: Observation) -> String? {
        guard observation.isDerived else { return nil }
        return strings("derived_note", ["count": String(observation.derivedFrom.count), "units": units(observation.derivedFrom),
                                        "date": reorganisationDate])
    }

    /// Why `area` has no figure of `indicator` in `year`: a derivation gap
    /// when one applies, else that there is none for the year or at all.
    /// A unit without any figure says so first: that the indicator has no
    /// derivation rule is beside the point then.
    public func missing(_ indicator: Indicator, _ area: AreaKey, _ year: Int) -> String {
        if index.years(indicator.id, area).isEmpty { return strings("no_figure_at_all", ["area": name(area)]) }
        if let gap = index.derivationGap(indicator.id, area, year) { return sentence(gap, indicator, area, year) }
        return strings("no_figure_in_year", ["year": String(year)])
    }

    /// Why no figure could be derived, when the year is of the other map
    /// and the indicator has figures for the unit at all; else nil.
    public func gap(_ indicator: Indicator, _ area: AreaKey, _ year: Int) -> String? {
        guard !index.years(indicator.id, area).isEmpty, let gap = index.derivationGap(indicator.id, area, year) else { return nil }
        return sentence(gap, indicator, area, year)
    }

    public func sentence(_ gap: DerivationGap, _ indicator: Indicator, _ area: AreaKey, _ year: Int) -> String {
        let reason: String
        switch gap {
        case .noRule: reason = strings("gap_no_rule")
        case .noCommunes: reason = strings("gap_no_communes")
        case .notConverted(let codes):
            reason = strings("gap_not_converted", ["count": String(codes.count), "units": units(codes.map { AreaKey(area.scheme, $0) })])
        case .straddles(let outside, let via):
            reason = strings("gap_straddles", ["via": units(via.map { AreaKey(area.scheme.other, $0) }),
                                               "outside": units(outside.map { AreaKey(area.scheme, $0) })])
        case .split(let codes): reason = strings("gap_split", ["units": units(codes.map { AreaKey(.legacy, $0) })])
        case .missing(let part, let keys):
            reason = strings("gap_missing", ["indicator": indicatorName(part), "year": String(year), "units": units(keys)])
        case .zeroDenominator(let part): reason = strings("gap_zero", ["indicator": indicatorName(part)])
        }
        return strings("gap", ["year": String(year), "area": name(area), "reason": reason])
    }

    private func name(_ key: AreaKey) -> String {
        index.areas[key]?.name(language) ?? key.code
    }

    private func indicatorName(_ id: String) -> String {
        index.indicators[id]?.name(language) ?? id
    }

    /// "Xã Thượng Quan (01957), Xã Bằng Vân (01963) và 30 đơn vị khác".
    private func units(_ keys: [AreaKey]) -> String {
        let named = keys.prefix(Self.namedUnits).map { "\(name($0)) (\($0.code))" }.joined(separator: ", ")
        guard keys.count > Self.namedUnits else { return named }
        return strings("units_more", ["units": named, "count": String(keys.count - Self.namedUnits)])
    }
}
