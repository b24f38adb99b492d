extension CalendarDate {
    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// `4 February 2025`: day first, as British and international English write it.
    public var longEnglish: String { "\(day) \(Self.englishMonths[month - 1]) \(year)" }

    /// `ngày 04 tháng 02 năm 2025` or `4 February 2025`.
    public func long(_ language: Language) -> String {
        language == .vi ? long : longEnglish
    }

    /// `04/02/2025` or, in English, `4 Feb 2025`: `04/02/2025` reads as
    /// April 2nd to an American reader, so English never uses it.
    public func short(_ language: Language) -> String {
        language == .vi ? short : "\(day) \(Self.englishMonths[month - 1].prefix(3)) \(year)"
    }
}
