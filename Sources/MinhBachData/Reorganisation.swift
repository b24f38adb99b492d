import MinhBachText

/// Vietnam's reorganisation of administrative units: from 1 July 2025 the
/// two-level scheme (province, commune) replaced the three-level one.
/// Figures before and after this date belong to different units, so charts
/// mark the break between the years on either side of it.
public enum Reorganisation {
    /// The day the new units took effect; every other place that needs it
    /// (the scheme of a date or a year, chart breaks, notes) reads it here.
    public static let effective = CalendarDate(year: 2025, month: 7, day: 1)!
}
