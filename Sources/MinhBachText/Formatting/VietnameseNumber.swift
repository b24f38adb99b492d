/// Numbers and amounts of money written the Vietnamese way — decimal comma,
/// thousands dot: `40,9`, `1.500.000`, `97,51%`, `40,9 triệu đồng` — or the
/// English way for English pages (`40.9`, `1,500,000`, `40.9 million VND`).
///
/// Pure functions with no locale data: the same figure prints the same on
/// every machine. Rounding is half away from zero on the decimal digits of
/// the value (see `DecimalDigits`). NaN and the infinities print as `—`.
public enum VietnameseNumber {
    /// `40.9` → `40,9`; `1500000` (precision 0) → `1.500.000`; `12` (precision 1)
    /// → `12,0`; `-0.0` → `0`. A value that rounds to zero has no minus sign.
    public static func format(_ value: Double, precision: Int, language: Language = .vi) -> String {
        guard value.isFinite else { return "—" }
        return DecimalDigits.write(value, places: max(0, precision), thousands: language == .vi ? UInt8(ascii: ".") : UInt8(ascii: ","),
                                   decimal: language == .vi ? UInt8(ascii: ",") : UInt8(ascii: "."))
    }

    /// `1500000` → `1.500.000` (`1,500,000` in English).
    public static func format(_ value: Int, language: Language = .vi) -> String {
        let grouped = group(String(value.magnitude), separator: language.thousandsSeparator)
        return value < 0 ? "-" + grouped : grouped
    }

    /// `97.51` → `97,51%` (no space, as Vietnamese and English reports write it).
    public static func percent(_ value: Double, precision: Int, language: Language = .vi) -> String {
        format(value, precision: precision, language: language) + "%"
    }

    /// A value already in millions of đồng: `40.9` → `40,9 triệu đồng` (`40.9 million VND`).
    public static func millionVND(_ value: Double, precision: Int, language: Language = .vi) -> String {
        format(value, precision: precision, language: language) + (language == .vi ? " triệu đồng" : " million VND")
    }

    /// An amount in đồng, in the unit a reader expects: `1.5e9` → `1,5 tỷ đồng`,
    /// `40.9e6` → `40,9 triệu đồng`, `850000` → `850.000 đồng`. Billions and
    /// millions have one decimal, dropped when it is zero (`2 tỷ đồng`).
    public static func vnd(_ amount: Double, language: Language = .vi) -> String {
        guard amount.isFinite else { return "—" }
        let magnitude = amount.magnitude
        // Choose the unit on the rounded figure: 999.96 million is "1 tỷ", not "1.000 triệu".
        let inMillions = DecimalDigits(magnitude / 1e6)!.rounded(places: 1)
        let reachesBillion = magnitude >= 1e9 || inMillions.whole.count > 3
        let reachesMillion = magnitude >= 1e6 || DecimalDigits(magnitude)!.rounded(places: 0).whole.count > 6
        let (scaled, unit): (Double, (vi: String, en: String))
        if reachesBillion {
            (scaled, unit) = (amount / 1e9, ("tỷ đồng", "billion VND"))
        } else if reachesMillion {
            (scaled, unit) = (amount / 1e6, ("triệu đồng", "million VND"))
        } else {
            return format(amount, precision: 0, language: language) + (language == .vi ? " đồng" : " VND")
        }
        var number = format(scaled, precision: 1, language: language)
        let trailingZero = language.decimalSeparator + "0"
        if number.hasSuffix(trailingZero) { number.removeLast(trailingZero.count) }
        return number + " " + (language == .vi ? unit.vi : unit.en)
    }

    /// A value with its unit, as a table cell or a sentence shows it:
    /// `97,51%`, `1.234`, `40,9 triệu đồng`, `17 tiêu chí`.
    public static func value(_ value: Double, unit: ValueUnit, precision: Int, language: Language = .vi) -> String {
        switch unit {
        case .percent: percent(value, precision: precision, language: language)
        case .millionVND: millionVND(value, precision: precision, language: language)
        case .criteria: format(value, precision: precision, language: language) + (language == .vi ? " tiêu chí" : " criteria")
        case .count, .number: format(value, precision: precision, language: language)
        }
    }

    /// "1500000" → "1.500.000".
    /// `digits` are ASCII digits: counted and walked as bytes (as
    /// Characters, the count alone was walked once per digit).
    static func group(_ digits: String, separator: String) -> String {
        let count = digits.utf8.count
        guard count > 3 else { return digits }
        var result = ""
        result.reserveCapacity(count + count / 3 * separator.utf8.count)
        for (index, digit) in digits.utf8.enumerated() {
            if index > 0 && (count - index) % 3 == 0 { result += separator }
            result.unicodeScalars.append(Unicode.Scalar(digit))
        }
        return result
    }
}

extension Language {
    var decimalSeparator: String { self == .vi ? "," : "." }
    var thousandsSeparator: String { self == .vi ? "." : "," }
}
