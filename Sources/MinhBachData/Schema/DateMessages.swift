import MinhBachDiagnostics
import MinhBachText

/// What is said about a date that cannot be read, in one place. Dates are
/// read as `dd/mm/yyyy` or `yyyy-mm-dd`; a date written in another common
/// way (`27-01-2021`, `15.03.2024`, `2024/03/15`, or month first as US
/// settings write it, `2/13/2024`) gets the same date written as it should
/// be. In a workbook, a date typed as text is read like a CSV's; the hint
/// also says to type it in a date cell.
enum DateMessages {
    struct Message {
        var text: String
        var hint: String
    }

    static func problem(_ column: String, _ value: String, _ error: CalendarDate.ParseError, inSheet: Bool) -> Message {
        let cell = inSheet ? ", or type it in a date cell (Excel then shows it right-aligned)" : ""
        switch error {
        case .impossibleDate:
            if let date = monthFirst(value) {
                return Message(text: "'\(column)': date '\(value)' does not exist day first (dd/mm/yyyy); it looks written month first, as US settings write dates",
                               hint: "write it day first: \(date.short) (or \(date.iso))\(cell)")
            }
            return Message(text: "'\(column)': date '\(value)' does not exist", hint: "check the day and month (dd/mm/yyyy)")
        case .unrecognisedFormat:
            if let date = otherSpelling(value) {
                return Message(text: "'\(column)': expected a date as dd/mm/yyyy or yyyy-mm-dd, found '\(value)'",
                               hint: "write \(date.short) (or \(date.iso))\(cell)")
            }
            return Message(text: "'\(column)': expected a date, found '\(value)'",
                           hint: "write dates as dd/mm/yyyy (04/02/2025) or yyyy-mm-dd (2025-02-04)\(cell)")
        }
    }

    /// `2/13/2024`: not a day first, but a day month first.
    static func monthFirst(_ value: String) -> CalendarDate? {
        let parts = value.trimmingCharacters(in: .whitespaces).split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, let month = Int(parts[0]), let day = Int(parts[1]), let year = Int(parts[2]), parts[2].count == 4 else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// `27-01-2021`, `15.03.2024` (day first), `2024/03/15`, `2024.03.15` (year first).
    static func otherSpelling(_ value: String) -> CalendarDate? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        for separator in ["-", ".", "/"] {
            let parts = trimmed.split(separator: Character(separator), omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { continue }
            let numbers = parts.compactMap { Int($0) }
            if parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 {
                return CalendarDate(year: numbers[2], month: numbers[1], day: numbers[0])
            }
            if parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2 {
                return CalendarDate(year: numbers[0], month: numbers[1], day: numbers[2])
            }
        }
        return nil
    }
}
