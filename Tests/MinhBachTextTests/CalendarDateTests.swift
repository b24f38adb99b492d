import Testing
import MinhBachText

@Suite("CalendarDate")
struct CalendarDateTests {
    private func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: day)!
    }

    @Test("parses ISO and day-first Vietnamese dates", arguments: [
        ("2025-02-04", 2025, 2, 4),
        ("04/02/2025", 2025, 2, 4),
        ("4/2/2025", 2025, 2, 4),
        ("2025-2-4", 2025, 2, 4),
        ("31/12/2020", 2020, 12, 31),
        ("2020-12-31", 2020, 12, 31),
        ("01/01/0001", 1, 1, 1),
        (" 04/02/2025 ", 2025, 2, 4),
    ])
    func parses(_ text: String, _ year: Int, _ month: Int, _ day: Int) throws {
        let parsed = try CalendarDate.parse(text).get()
        #expect(parsed.year == year)
        #expect(parsed.month == month)
        #expect(parsed.day == day)
    }

    @Test("day-first: 04/02 is the fourth of February, not April 2nd")
    func dayFirst() throws {
        let parsed = try CalendarDate.parse("04/02/2025").get()
        #expect(parsed == date(2025, 2, 4))
        #expect(parsed != date(2025, 4, 2))
    }

    @Test("days that do not exist are impossible dates", arguments: [
        "31/02/2024", "29/02/2023", "31/04/2025", "30/02/2024", "31/06/2025", "31/09/2025", "31/11/2025",
        "00/01/2025", "01/00/2025", "01/13/2025", "32/01/2025", "2025-02-30", "2023-02-29", "1900-02-29",
        "2025-00-10", "0000-01-01",
    ])
    func impossible(_ text: String) {
        #expect(CalendarDate.parse(text) == .failure(.impossibleDate))
    }

    @Test("leap days", arguments: [
        ("29/02/2024", true), ("29/02/2000", true), ("29/02/1600", true), ("29/02/2400", true),
        ("29/02/1900", false), ("29/02/2100", false), ("29/02/2023", false), ("29/02/2025", false),
    ])
    func leapDays(_ text: String, _ valid: Bool) throws {
        let result = CalendarDate.parse(text)
        if valid {
            let parsed = try result.get()
            #expect(parsed.month == 2)
            #expect(parsed.day == 29)
        } else {
            #expect(result == .failure(.impossibleDate))
        }
    }

    @Test("days in month")
    func daysIn() {
        let expected = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        #expect((1...12).map { CalendarDate.daysIn(month: $0, year: 2025) } == expected)
        #expect(CalendarDate.daysIn(month: 2, year: 2024) == 29)
        #expect(CalendarDate.daysIn(month: 2, year: 2000) == 29)
        #expect(CalendarDate.daysIn(month: 2, year: 1900) == 28)
    }

    @Test("other spellings are not dates", arguments: [
        "2025/02/04", "04-02-2025", "hôm nay", "", "04/02/25", "4/2", "2025-02", "04.02.2025",
        "04/02/2025/1", "04//2025", "/02/2025", "2025-02-04T10:00", "04/02/ 2025", "a4/02/2025",
        "004/02/2025", "2025-002-04", "20250204", "ngày 04 tháng 02 năm 2025",
        // Int() accepts a sign; a date part must be digits only.
        "+4/02/2025", "04/+2/2025", "04/02/+202", "2025-+2-04", "2025-02-+4", "+4/+2/2025",
    ])
    func unrecognised(_ text: String) {
        #expect(CalendarDate.parse(text) == .failure(.unrecognisedFormat))
    }

    @Test("the initializer rejects days that do not exist")
    func initializer() {
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2025, month: 13, day: 1) == nil)
        #expect(CalendarDate(year: 0, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: 10000, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: 2025, month: 1, day: 0) == nil)
    }

    @Test("formats as ISO, short and long", arguments: [
        (2025, 2, 4, "2025-02-04", "04/02/2025", "ngày 04 tháng 02 năm 2025"),
        (2020, 12, 31, "2020-12-31", "31/12/2020", "ngày 31 tháng 12 năm 2020"),
        (1945, 9, 2, "1945-09-02", "02/09/1945", "ngày 02 tháng 09 năm 1945"),
        (33, 1, 1, "0033-01-01", "01/01/0033", "ngày 01 tháng 01 năm 33"),
    ])
    func formats(_ year: Int, _ month: Int, _ day: Int, _ iso: String, _ short: String, _ long: String) {
        let value = date(year, month, day)
        #expect(value.iso == iso)
        #expect(value.short == short)
        #expect(value.long == long)
    }

    @Test("formatting round-trips through parse")
    func roundTrip() throws {
        for value in [date(2025, 2, 4), date(2024, 2, 29), date(1, 1, 1), date(9999, 12, 31)] {
            #expect(try CalendarDate.parse(value.iso).get() == value)
            #expect(try CalendarDate.parse(value.short).get() == value)
        }
    }

    /// A date with a space before it is read the long way (trimmed and
    /// split); without, most go through the byte reader: both must agree.
    @Test("the byte reader and the long way give the same result for any spelling")
    func byteReaderAgrees() {
        let pieces = ["", "0", "1", "02", "2", "12", "13", "29", "31", "32", "2024", "2025", "0000", "20250", "+4", "٤"]
        let separators = ["-", "/", ".", "--", ""]
        var texts: [String] = []
        for a in pieces { for s in separators { for b in pieces { for t in separators { for c in ["", "4", "04", "2025", "31", "2024"] {
            texts.append(a + s + b + t + c)
        } } } } }
        for text in texts {
            #expect(CalendarDate.parse(text) == CalendarDate.parse(" " + text), "\(text)")
        }
    }

    @Test("orders by year, then month, then day")
    func ordering() {
        let unsorted = [date(2025, 2, 4), date(2024, 12, 31), date(2025, 1, 31), date(2025, 2, 3), date(2020, 6, 15)]
        #expect(unsorted.sorted() == [date(2020, 6, 15), date(2024, 12, 31), date(2025, 1, 31), date(2025, 2, 3), date(2025, 2, 4)])
        #expect(date(2025, 2, 4) < date(2025, 2, 5))
        #expect(date(2025, 1, 31) < date(2025, 2, 1))
        #expect(date(2024, 12, 31) < date(2025, 1, 1))
        #expect(!(date(2025, 2, 4) < date(2025, 2, 4)))
        #expect(date(2025, 2, 4) == date(2025, 2, 4))
        #expect(Set([date(2025, 2, 4), date(2025, 2, 4), date(2025, 4, 2)]).count == 2)
    }
}

/// The date of an administrative document's place-and-date line.
@Suite struct AdministrativeDateTests {
    @Test func leadingZerosOnlyForDaysBelowTenAndJanuaryAndFebruary() {
        #expect(CalendarDate(year: 2025, month: 3, day: 4)!.administrative == "ngày 04 tháng 3 năm 2025")
        #expect(CalendarDate(year: 2025, month: 2, day: 4)!.administrative == "ngày 04 tháng 02 năm 2025")
        #expect(CalendarDate(year: 2025, month: 1, day: 15)!.administrative == "ngày 15 tháng 01 năm 2025")
        #expect(CalendarDate(year: 2025, month: 12, day: 31)!.administrative == "ngày 31 tháng 12 năm 2025")
        #expect(CalendarDate(year: 2025, month: 12, day: 31)!.administrative(.en) == "31 December 2025")
    }
}
