import Foundation

/// Deadlines as plans write them ("Quý II/2025", "trong tháng 3 năm 2025",
/// "năm 2025", "thường xuyên"), turned into the last day they allow.
public enum Deadline: Equatable, Sendable {
    case date(CalendarDate)
    /// "thường xuyên", "hằng năm": a standing task with no end.
    case ongoing
    case unknown

    public static func parse(_ text: String) -> Deadline {
        let folded = Slug.make(text)   // "Quý II/2025" → "quy-ii-2025"
        if folded.isEmpty { return .unknown }
        // "thường xuyên", "hằng năm", and a start with no end: "từ năm 2020
        // và những năm tiếp theo", "áp dụng từ năm 2021".
        for word in ["thuong-xuyen", "hang-nam", "hang-quy", "hang-thang", "lien-tuc", "tiep-theo", "tu-nam", "ap-dung-tu"]
        where folded.contains(word) {
            return .ongoing
        }
        // A date written out: "trước 15/4/2025", "hạn 2025-04-15". One that
        // does not exist ("31/02/2025") is not guessed at.
        for token in text.split(whereSeparator: { $0.isWhitespace }) {
            switch CalendarDate.parse(token.trimmingCharacters(in: Self.aroundDates)) {
            case .success(let date): return .date(date)
            case .failure(.impossibleDate): return .unknown
            case .failure(.unrecognisedFormat): continue
            }
        }
        let parts = folded.split(separator: "-").map(String.init)
        guard let yearIndex = parts.lastIndex(where: { $0.count == 4 && Int($0) != nil }), let year = Int(parts[yearIndex]) else {
            return .unknown
        }
        let before = Array(parts[..<yearIndex])
        // An exact day: "trước ngày 15/4/2025", "ngày 15 tháng 4 năm 2025".
        if let dayIndex = before.lastIndex(of: "ngay"), dayIndex + 1 < before.count, let day = Int(before[dayIndex + 1]) {
            let rest = before[(dayIndex + 2)...].compactMap { Int($0) }
            if let month = rest.first, let date = CalendarDate(year: year, month: month, day: day) { return .date(date) }
        }
        if let quarterIndex = before.lastIndex(of: "quy"), quarterIndex + 1 < before.count,
           let quarter = ["i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4][before[quarterIndex + 1]] {
            return endOfMonth(quarter * 3, year)
        }
        if let monthIndex = before.lastIndex(of: "thang") {
            // "6 tháng đầu năm 2025" is the first half, not June: the first N months end with month N.
            if monthIndex > 0, monthIndex + 1 < before.count, before[monthIndex + 1] == "dau",
               let months = Int(before[monthIndex - 1]) ?? ["ba": 3, "sau": 6, "chin": 9][before[monthIndex - 1]] {
                return endOfMonth(months, year)
            }
            if monthIndex + 1 < before.count, let month = Int(before[monthIndex + 1]), (1...12).contains(month) {
                return endOfMonth(month, year)
            }
        }
        // A bare month/year ("3/2025") or just a year ("năm 2025", "2025").
        if let last = before.last, let month = Int(last), (1...12).contains(month), !before.contains("quy") {
            return endOfMonth(month, year)
        }
        return endOfMonth(12, year)
    }

    /// What may stick to a written date: "(15/4/2025)," but not its own '/' and '-'.
    private static let aroundDates = CharacterSet.punctuationCharacters.union(.symbols).subtracting(CharacterSet(charactersIn: "/-"))

    private static func endOfMonth(_ month: Int, _ year: Int) -> Deadline {
        guard (1...12).contains(month) else { return .unknown }
        return CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year)).map { .date($0) } ?? .unknown
    }
}
