import MinhBachText
import Testing

@Suite("Deadline")
struct DeadlineTests {
    private static func day(_ year: Int, _ month: Int, _ day: Int) -> Deadline {
        .date(CalendarDate(year: year, month: month, day: day)!)
    }

    @Test("quarters end on their last day", arguments: [
        ("Quý II/2025", day(2025, 6, 30)),
        ("Quý IV năm 2025", day(2025, 12, 31)),
        ("quý I/2026", day(2026, 3, 31)),
        ("Quý III năm 2025", day(2025, 9, 30)),
        ("Quý 2/2025", day(2025, 6, 30)),
        ("trong Quý I và Quý II năm 2025", day(2025, 6, 30)),
    ])
    func quarters(_ text: String, _ expected: Deadline) {
        #expect(Deadline.parse(text) == expected)
    }

    @Test("months end on their last day", arguments: [
        ("trong tháng 3 năm 2025", day(2025, 3, 31)),
        ("tháng 02/2024", day(2024, 2, 29)),
        ("tháng 2/2025", day(2025, 2, 28)),
        ("Tháng 12 năm 2025", day(2025, 12, 31)),
        ("tháng 4/2025", day(2025, 4, 30)),
        ("3/2025", day(2025, 3, 31)),
    ])
    func months(_ text: String, _ expected: Deadline) {
        #expect(Deadline.parse(text) == expected)
    }

    @Test("years end on 31 December", arguments: [
        ("năm 2025", day(2025, 12, 31)),
        ("2025", day(2025, 12, 31)),
        ("Năm 2025", day(2025, 12, 31)),
        ("cuối năm 2024", day(2024, 12, 31)),
        ("giai đoạn 2021-2025", day(2025, 12, 31)),
        ("6 tháng cuối năm 2025", day(2025, 12, 31)),
    ])
    func years(_ text: String, _ expected: Deadline) {
        #expect(Deadline.parse(text) == expected)
    }

    @Test("the first months of a year end with the last of them", arguments: [
        ("6 tháng đầu năm 2025", day(2025, 6, 30)),
        ("06 tháng đầu năm 2025", day(2025, 6, 30)),
        ("sáu tháng đầu năm 2025", day(2025, 6, 30)),
        ("9 tháng đầu năm 2025", day(2025, 9, 30)),
        ("3 tháng đầu năm 2026", day(2026, 3, 31)),
    ])
    func firstMonths(_ text: String, _ expected: Deadline) {
        #expect(Deadline.parse(text) == expected)
    }

    @Test("an exact day is that day", arguments: [
        ("trước ngày 15/4/2025", day(2025, 4, 15)),
        ("ngày 15 tháng 4 năm 2025", day(2025, 4, 15)),
        ("trước ngày 01/7/2025", day(2025, 7, 1)),
        ("trước 15/4/2025", day(2025, 4, 15)),
        ("15/4/2025", day(2025, 4, 15)),
        ("hoàn thành trước 2025-04-15", day(2025, 4, 15)),
        ("hạn chót: 15/4/2025.", day(2025, 4, 15)),
        ("Quý II/2025 (trước 20/6/2025)", day(2025, 6, 20)),
    ])
    func exactDays(_ text: String, _ expected: Deadline) {
        #expect(Deadline.parse(text) == expected)
    }

    @Test("standing tasks have no deadline", arguments: [
        "thường xuyên", "Thường xuyên", "hằng năm", "hàng năm", "hằng quý", "hằng tháng", "liên tục", "định kỳ hằng năm",
        "Thường xuyên, hằng năm", "Từ năm 2020 và những năm tiếp theo", "áp dụng từ năm 2021",
    ])
    func ongoing(_ text: String) {
        #expect(Deadline.parse(text) == .ongoing)
    }

    @Test("no date can be told", arguments: [
        "sau khi có hướng dẫn", "", "   ", "khi có yêu cầu", "Quý II", "tháng 3",
        "trước ngày 31/02/2025",   // a day that does not exist is not moved to the end of February
    ])
    func unknown(_ text: String) {
        #expect(Deadline.parse(text) == .unknown)
    }

    @Test func decomposedTextGivesTheSameDate() {
        // Spreadsheets from some keyboards send Vietnamese decomposed (NFD).
        let text = "Quý IV năm 2025".decomposedStringWithCanonicalMapping
        #expect(Deadline.parse(text) == Self.day(2025, 12, 31))
    }
}
