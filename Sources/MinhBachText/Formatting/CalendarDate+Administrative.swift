extension CalendarDate {
    /// `ngày 04 tháng 3 năm 2025`: the date of the place-and-date line of an
    /// administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): a day
    /// below 10 and the months 1 and 2 take a leading zero, other months do
    /// not — so `tháng 01`, `tháng 02`, but `tháng 3` … `tháng 12`.
    public var administrative: String {
        let day = self.day < 10 ? "0\(self.day)" : "\(self.day)"
        let month = self.month <= 2 ? "0\(self.month)" : "\(self.month)"
        return "ngày \(day) tháng \(month) năm \(year)"
    }

    /// The administrative date in Vietnamese, `31 December 2025` in English.
    public func administrative(_ language: Language) -> String {
        switch language {
        case .vi: administrative
        case .en: longEnglish
        }
    }
}
