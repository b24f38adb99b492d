import MinhBachDiagnostics
import MinhBachText

/// What is said about a date that cannot be read, in one place. Dates are
/// read as `dd/mm/yyyy` or `yyyy-mm-dd`; a date written in another common
/// way (`27-01-2021`, `15.03.2024`, `2024/03/15`, or month first as US
/// settings write it, `2/13/2024`) gets the same date written as it should
/// be. In a workbook, a date typed as text is read like a CSV's; the hint
/// also says to type it in a date cell.
enum DateMessages {
    /// The catalogued message for `value` in `column`, with its payload.
    static func problem(_ column: String, _ value: String, _ error: CalendarDate.ParseError,
                        inSheet: Bool) -> (message: DataMessage, arguments: [MessageArgument]) {
        let cell = MessageArgument("cell", inSheet ? LocalizedText.dateCell : LocalizedText.noText)
        let found = [MessageArgument("column", column), MessageArgument("value", value)]
        func written(_ date: CalendarDate) -> [MessageArgument] {
            [MessageArgument("short", date.short), MessageArgument("iso", date.iso), cell]
        }
        switch error {
        case .impossibleDate:
            if let date = monthFirst(value) { return (.dateMonthFirst, found + written(date)) }
            return (.dateDoesNotExist, found)
        case .unrecognisedFormat:
            if let date = otherSpelling(value) { return (.dateOtherSpelling, found + written(date)) }
            return (.dateNotADate, found + [cell])
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
