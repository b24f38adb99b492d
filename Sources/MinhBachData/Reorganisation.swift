/// Vietnam's reorganisation of administrative units: from 1 July 2025 the
/// two-level scheme (province, commune) replaced the three-level one.
/// Figures before and after this date belong to different units, so charts
/// mark the break between the years on either side of it.
public enum Reorganisation {
    /// The day the new units took effect.
    public static let effective = (year: 2025, month: 7, day: 1)
}
