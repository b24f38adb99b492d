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
        for word in ["thuong-xuyen", "hang-nam", "hang-quy", "hang-thang", "lien-tuc"] where folded.contains(word) {
            return .ongoing
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
        if let monthIndex = before.lastIndex(of: "thang"), monthIndex + 1 < before.count,
           let month = Int(before[monthIndex + 1]), (1...12).contains(month) {
            // "6 tháng đầu năm 2025" is the first half, not June.
            if monthIndex > 0, Int(before[monthIndex - 1]) != nil, before.contains("dau") {
                return endOfMonth(Int(before[monthIndex - 1])!, year)
            }
            return endOfMonth(month, year)
        }
        if before.count >= 2, before.suffix(2) == ["dau", "nam"] || before.contains("dau"), before.contains(where: { Int($0) == 6 }) {
            return endOfMonth(6, year)
        }
        // A bare month/year ("3/2025") or just a year ("năm 2025", "2025").
        if let last = before.last, let month = Int(last), (1...12).contains(month), !before.contains("quy") {
            return endOfMonth(month, year)
        }
        return endOfMonth(12, year)
    }

    private static func endOfMonth(_ month: Int, _ year: Int) -> Deadline {
        guard (1...12).contains(month) else { return .unknown }
        return CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year)).map { .date($0) } ?? .unknown
    }
}
