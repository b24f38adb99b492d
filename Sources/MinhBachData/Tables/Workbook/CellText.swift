import Foundation
import MinhBachContent

/// A cell's stored value written as the text a CSV file would hold, so
/// that every table check and record decoder reads workbooks as they read CSV.
enum CellText {
    /// Integers without ".0"; other numbers with a "." and at most 15
    /// significant digits, the precision Excel shows (0.1+0.2 is "0.3").
    static func number(_ raw: String) -> String? {
        guard let value = Double(trimmed(raw)), value.isFinite else { return nil }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let text = String(format: "%.15g", value)
        guard text.contains("e") else { return text }
        return Decimal(string: text).map { "\($0)" } ?? text
    }

    /// The stored text itself when `number` would give it back unchanged:
    /// `-?(0|[1-9][0-9]*)(.[0-9]*[1-9])?` with at most 15 significant
    /// digits, not "-0", and no more than three zeros after the point
    /// before the first digit of a number below 1 (`%.15g` writes smaller
    /// ones with an exponent). Most number cells are such, and so cost no
    /// `Double` and no formatting; the others take the long way.
    static func plainNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        let zero = UInt8(ascii: "0")
        let negative = bytes.first == UInt8(ascii: "-")
        var index = negative ? 1 : 0
        let integerStart = index
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        let integerDigits = index - integerStart
        guard integerDigits > 0, integerDigits == 1 || bytes[integerStart] != zero else { return nil }
        let belowOne = bytes[integerStart] == zero
        var significant = belowOne ? 0 : integerDigits
        if index == bytes.count {
            guard !(negative && belowOne) else { return nil }
        } else {
            guard bytes[index] == UInt8(ascii: "."), index + 1 < bytes.count, bytes[bytes.count - 1] != zero else { return nil }
            var zerosFirst = 0
            for byte in bytes[(index + 1)...] {
                guard isDigit(byte) else { return nil }
                if belowOne, significant == 0, byte == zero { zerosFirst += 1 } else { significant += 1 }
            }
            guard zerosFirst <= 3 else { return nil }
        }
        guard significant <= 15 else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A date serial number as `yyyy-mm-dd`. In the 1900 system day 1 is
    /// 1900-01-01 and day 60 is the 29 February 1900 that Lotus 1-2-3 and
    /// Excel count though it never was; in the 1904 system day 0 is
    /// 1904-01-01. The time of day (the fraction) is dropped. Nil for day 60.
    static func date(serial raw: String, date1904: Bool) -> String? {
        guard let value = Double(trimmed(raw)), value.isFinite, value >= 0, value < 3_000_000 else { return nil }
        var days = Int(value.rounded(.down))
        if date1904 {
            days += 1462
        } else {
            if days == 60 { return nil }
            if days < 60 { days += 1 }
        }
        // Days since 1899-12-30 to a civil date (Howard Hinnant's algorithm).
        let z = days - 25569 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    static func boolean(_ raw: String) -> String {
        trimmed(raw) == "1" || trimmed(raw).lowercased() == "true" ? "true" : "false"
    }

    /// Without white space or line breaks around it. Most cells have none,
    /// and Foundation's trimming took a quarter of the time of reading a sheet.
    static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        if first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// In Unicode NFC, as every other file is read; the quick check first.
    static func composed(_ text: String) -> String {
        UnicodeNFC.isCertainlyNormalized(text) ? text : text.precomposedStringWithCanonicalMapping
    }
}
