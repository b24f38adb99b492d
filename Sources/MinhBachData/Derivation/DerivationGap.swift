/// Why no figure can be derived for a unit in a year: a typed reason that
/// pages put into one sentence (never a bare "—").
public enum DerivationGap: Error, Sendable, Equatable {
    /// The indicator declares no `derive` method (an average, an index).
    case noRule
    /// The data list no communes under the unit.
    case noCommunes
    /// These communes of the unit are not in the conversion table.
    case notConverted([String])
    /// A unit of the other map covers ground inside and outside this unit:
    /// `outside` are units of this unit's own map (outside it) that share
    /// the `via` units of the other map with it.
    case straddles(outside: [String], via: [String])
    /// These legacy units were only partly merged (`partly_merged`), and no
    /// figure of their own former territory is given for the year.
    case split([String])
    /// Figures of these units are missing for the year.
    case missing(indicator: String, units: [AreaKey])
    /// The denominator sums to zero.
    case zeroDenominator(indicator: String)
}
