import Foundation

/// A date without time or time zone, as legal documents and reports use them.
public struct CalendarDate: Hashable, Sendable, Comparable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil when the day does not exist (31/02/2024, 29/02/2023).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public enum ParseError: Error, Equatable {
        /// Not written as `yyyy-mm-dd` or `dd/mm/yyyy`.
        case unrecognisedFormat
        /// Written correctly, but no such day exists.
        case impossibleDate
    }

    /// Accepts ISO `2025-02-04` and the Vietnamese `04/02/2025` (day first).
    public static func parse(_ text: String) -> Result<CalendarDate, ParseError> {
        if let digits = parseDigits(text) { return digits }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts: [Substring]
        let year, month, day: Int?
        if trimmed.contains("-") {
            parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count)
            else { return .failure(.unrecognisedFormat) }
            (year, month, day) = (Int(parts[0]), Int(parts[1]), Int(parts[2]))
        } else {
            parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count)
            else { return .failure(.unrecognisedFormat) }
            (year, month, day) = (Int(parts[2]), Int(parts[1]), Int(parts[0]))
        }
        // Int("+4") is 4: only plain digits are a date's parts.
        guard parts.allSatisfy({ $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
              let year, let month, let day else { return .failure(.unrecognisedFormat) }
        guard let date = CalendarDate(year: year, month: month, day: day) else { return .failure(.impossibleDate) }
        return .success(date)
    }

    /// The usual case, a date written with nothing around it, read on the
    /// bytes: trimming and splitting `String`s cost 24,000 instructions a
    /// date, a page's front matter has one. Nil for anything else, which
    /// `parse` reads the long way with the same rules.
    private static func parseDigits(_ text: String) -> Result<CalendarDate, ParseError>? {
        var fields = (0, 0, 0), lengths = (0, 0, 0)
        var separator: UInt8 = 0
        var field = 0
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39:
                let digit = Int(byte - 0x30)
                switch field {
                case 0: fields.0 = fields.0 * 10 + digit; lengths.0 += 1
                case 1: fields.1 = fields.1 * 10 + digit; lengths.1 += 1
                default: fields.2 = fields.2 * 10 + digit; lengths.2 += 1
                }
                guard lengths.0 <= 4, lengths.1 <= 4, lengths.2 <= 4 else { return nil }
            case UInt8(ascii: "-"), UInt8(ascii: "/"):
                guard separator == 0 || separator == byte, field < 2 else { return nil }
                separator = byte
                field += 1
            default:
                return nil
            }
        }
        guard field == 2 else { return nil }
        let (year, month, day): (Int, Int, Int)
        if separator == UInt8(ascii: "-") {
            guard lengths.0 == 4, (1...2).contains(lengths.1), (1...2).contains(lengths.2) else { return nil }
            (year, month, day) = fields
        } else {
            guard lengths.2 == 4, (1...2).contains(lengths.0), (1...2).contains(lengths.1) else { return nil }
            (year, month, day) = (fields.2, fields.1, fields.0)
        }
        guard let date = CalendarDate(year: year, month: month, day: day) else { return .failure(.impossibleDate) }
        return .success(date)
    }

    /// `2025-02-04`
    public var iso: String { "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))" }
    /// `04/02/2025`
    public var short: String { "\(Self.pad(day, 2))/\(Self.pad(month, 2))/\(Self.pad(year, 4))" }
    /// `ngày 04 tháng 02 năm 2025`, as dates are written in Vietnamese documents.
    public var long: String { "ngày \(Self.pad(day, 2)) tháng \(Self.pad(month, 2)) năm \(year)" }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
