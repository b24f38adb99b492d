import Foundation
@testable import MinhBachText
import Testing

@Suite("Vietnamese number formatting")
struct VietnameseNumberTests {
    @Test("decimal comma, thousands dot", arguments: [
        (40.9, 1, "40,9"),
        (1_500_000, 0, "1.500.000"),
        (97.51, 2, "97,51"),
        (12.0, 1, "12,0"),
        (12, 0, "12"),
        (-2.1, 1, "-2,1"),
        (0, 0, "0"),
        (0, 2, "0,00"),
        (0.5, 1, "0,5"),
        (999, 0, "999"),
        (1000, 0, "1.000"),
        (-1000, 0, "-1.000"),
        (1234567.891, 2, "1.234.567,89"),
        (100_000_000_000, 0, "100.000.000.000"),
        (1e20, 0, "100.000.000.000.000.000.000"),
        (0.001, 3, "0,001"),
        (0.00001, 5, "0,00001"),
        (1e-7, 2, "0,00"),
        (123456.5, 0, "123.457"),
    ])
    func vietnamese(_ value: Double, _ precision: Int, _ expected: String) {
        #expect(VietnameseNumber.format(value, precision: precision) == expected)
    }

    @Test("rounds half away from zero on the digits as written", arguments: [
        (2.5, 0, "3"),
        (-2.5, 0, "-3"),
        (0.5, 0, "1"),
        (1.45, 1, "1,5"),
        (-1.45, 1, "-1,5"),
        (2.675, 2, "2,68"),          // 2.67499999… in binary; 2.675 as typed
        (1.005, 2, "1,01"),
        (97.505, 2, "97,51"),
        (9.95, 1, "10,0"),
        (999.5, 0, "1.000"),
        (999_999.96, 1, "1.000.000,0"),
        (0.049, 1, "0,0"),
        (0.05, 1, "0,1"),
        (12.34, 0, "12"),
        (1.96, 1, "2,0"),
    ])
    func rounding(_ value: Double, _ precision: Int, _ expected: String) {
        #expect(VietnameseNumber.format(value, precision: precision) == expected)
    }

    @Test("zero never carries a minus sign")
    func negativeZero() {
        #expect(VietnameseNumber.format(-0.0, precision: 0) == "0")
        #expect(VietnameseNumber.format(-0.0, precision: 2) == "0,00")
        #expect(VietnameseNumber.format(-0.04, precision: 1) == "0,0")
        #expect(VietnameseNumber.format(-0.4, precision: 0) == "0")
        #expect(VietnameseNumber.format(-0.05, precision: 1) == "-0,1")
    }

    @Test("a negative precision is read as zero")
    func negativePrecision() {
        #expect(VietnameseNumber.format(40.9, precision: -1) == "41")
    }

    @Test("not-a-number and infinities print as a dash")
    func nonFinite() {
        #expect(VietnameseNumber.format(.nan, precision: 1) == "—")
        #expect(VietnameseNumber.format(.infinity, precision: 0) == "—")
        #expect(VietnameseNumber.vnd(-.infinity) == "—")
    }

    @Test("integers", arguments: [
        (0, "0"), (7, "7"), (1_500_000, "1.500.000"), (-1_234, "-1.234"), (100, "100"), (123_456, "123.456"),
        (Int.max, "9.223.372.036.854.775.807"), (Int.min, "-9.223.372.036.854.775.808"),
    ])
    func integers(_ value: Int, _ expected: String) {
        #expect(VietnameseNumber.format(value) == expected)
    }

    @Test("English: decimal point, thousands comma")
    func english() {
        #expect(VietnameseNumber.format(1_500_000, language: .en) == "1,500,000")
        #expect(VietnameseNumber.format(1_500_000.0, precision: 0, language: .en) == "1,500,000")
        #expect(VietnameseNumber.format(40.9, precision: 1, language: .en) == "40.9")
        #expect(VietnameseNumber.format(-1234.567, precision: 2, language: .en) == "-1,234.57")
        #expect(VietnameseNumber.percent(97.51, precision: 2, language: .en) == "97.51%")
        #expect(VietnameseNumber.millionVND(40.9, precision: 1, language: .en) == "40.9 million VND")
    }

    @Test("percentages and millions of đồng")
    func units() {
        #expect(VietnameseNumber.percent(97.51, precision: 2) == "97,51%")
        #expect(VietnameseNumber.percent(8.5, precision: 1) == "8,5%")
        #expect(VietnameseNumber.percent(100, precision: 0) == "100%")
        #expect(VietnameseNumber.millionVND(40.9, precision: 1) == "40,9 triệu đồng")
        #expect(VietnameseNumber.millionVND(12_500, precision: 0) == "12.500 triệu đồng")
    }

    @Test("an amount in đồng picks its unit", arguments: [
        (1_500_000_000, "1,5 tỷ đồng"),
        (2_000_000_000, "2 tỷ đồng"),
        (1_000_000_000, "1 tỷ đồng"),
        (12_345_000_000_000, "12.345 tỷ đồng"),
        (40_900_000, "40,9 triệu đồng"),
        (40_940_000, "40,9 triệu đồng"),
        (40_950_000, "41 triệu đồng"),
        (1_000_000, "1 triệu đồng"),
        (999_960_000, "1 tỷ đồng"),      // not "1.000 triệu đồng"
        (999_999.6, "1 triệu đồng"),      // not "1.000.000 đồng"
        (850_000, "850.000 đồng"),
        (999_999, "999.999 đồng"),
        (0, "0 đồng"),
        (-1_500_000_000, "-1,5 tỷ đồng"),
        (-850_000, "-850.000 đồng"),
    ])
    func vnd(_ amount: Double, _ expected: String) {
        #expect(VietnameseNumber.vnd(amount) == expected)
    }

    @Test("an amount in đồng, in English")
    func vndEnglish() {
        #expect(VietnameseNumber.vnd(1_500_000_000, language: .en) == "1.5 billion VND")
        #expect(VietnameseNumber.vnd(40_900_000, language: .en) == "40.9 million VND")
        #expect(VietnameseNumber.vnd(850_000, language: .en) == "850,000 VND")
        #expect(VietnameseNumber.vnd(3_000_000, language: .en) == "3 million VND")
    }

    @Test("a value with its unit")
    func valueWithUnit() {
        #expect(VietnameseNumber.value(97.51, unit: .percent, precision: 2) == "97,51%")
        #expect(VietnameseNumber.value(40.9, unit: .millionVND, precision: 1) == "40,9 triệu đồng")
        #expect(VietnameseNumber.value(17, unit: .criteria, precision: 0) == "17 tiêu chí")
        #expect(VietnameseNumber.value(1234, unit: .count, precision: 0) == "1.234")
        #expect(VietnameseNumber.value(3.25, unit: .number, precision: 2) == "3,25")
        #expect(VietnameseNumber.value(17, unit: .criteria, precision: 0, language: .en) == "17 criteria")
    }
}

@Suite("Wording of a change")
struct ChangeWordingTests {
    @Test("percentages change by percentage points", arguments: [
        (18.5, 16.4, 1, "giảm 2,1 điểm %"),
        (15.2, 16.4, 1, "tăng 1,2 điểm %"),
        (16.4, 16.4, 1, "không đổi"),
        (16.41, 16.44, 1, "không đổi"),     // rounds to 0,0
        (0.1, 0.15, 1, "tăng 0,1 điểm %"),  // 0.04999… in binary
        (97.5, 97.51, 2, "tăng 0,01 điểm %"),
        (4.0, 12.0, 0, "tăng 8 điểm %"),
    ])
    func percentagePoints(_ old: Double, _ new: Double, _ precision: Int, _ expected: String) {
        #expect(VietnameseNumber.change(from: old, to: new, unit: .percent, precision: precision) == expected)
    }

    @Test("other units are worded without a unit", arguments: [
        (ValueUnit.count, 12.0, 15.0, 0, "tăng 3"),
        (.number, 3.0, 2.5, 1, "giảm 0,5"),
        (.criteria, 15.0, 19.0, 0, "tăng 4"),
        (.millionVND, 40.9, 1_540.9, 1, "tăng 1.500,0"),
        (.count, 7.0, 7.0, 0, "không đổi"),
    ])
    func unitless(_ unit: ValueUnit, _ old: Double, _ new: Double, _ precision: Int, _ expected: String) {
        #expect(VietnameseNumber.change(from: old, to: new, unit: unit, precision: precision) == expected)
    }

    @Test("English wording")
    func english() {
        #expect(VietnameseNumber.change(from: 18.5, to: 16.4, unit: .percent, precision: 1, language: .en)
                == "down 2.1 percentage points")
        #expect(VietnameseNumber.change(from: 15.2, to: 16.4, unit: .percent, precision: 1, language: .en)
                == "up 1.2 percentage points")
        #expect(VietnameseNumber.change(from: 15, to: 16, unit: .percent, precision: 0, language: .en)
                == "up 1 percentage point")
        #expect(VietnameseNumber.change(from: 3, to: 3, unit: .percent, precision: 1, language: .en) == "unchanged")
        #expect(VietnameseNumber.change(from: 1_000, to: 2_500, unit: .count, precision: 0, language: .en) == "up 1,500")
        #expect(VietnameseNumber.change(from: 3, to: 2.5, unit: .number, precision: 1, language: .en) == "down 0.5")
    }
}

@Suite("Dates in both languages")
struct LanguageDateTests {
    private let date = CalendarDate(year: 2025, month: 2, day: 4)!

    @Test func vietnamese() {
        #expect(date.long(.vi) == "ngày 04 tháng 02 năm 2025")
        #expect(date.short(.vi) == "04/02/2025")
    }

    @Test func english() {
        #expect(date.longEnglish == "4 February 2025")
        #expect(date.long(.en) == "4 February 2025")
        #expect(date.short(.en) == "4 Feb 2025")
        #expect(CalendarDate(year: 2024, month: 12, day: 31)!.long(.en) == "31 December 2024")
    }
}

/// The digits of a number read on bytes give what reading them as
/// Characters gave (the first version, kept here as the reference).
@Suite struct DecimalDigitsReadingTests {
    static func formattedByCharacters(_ value: Double, precision: Int) -> String {
        let text = value.magnitude.description
        var mantissa = Substring(text), exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let whole = parts[0], fraction = parts.count > 1 ? parts[1] : ""
        var digits = (whole + fraction).utf8.map { Int($0) - 0x30 }
        var point = whole.count + exponent
        while let first = digits.first, first == 0 { digits.removeFirst(); point -= 1 }
        while let last = digits.last, last == 0 { digits.removeLast() }
        // Rounded half away from zero at `precision` places, as DecimalDigits does.
        let kept = point + precision
        var scaled = kept <= 0 ? [] : Array(digits.prefix(kept)) + Array(repeating: 0, count: max(0, kept - digits.count))
        if kept >= 0, kept < digits.count, digits[kept] >= 5 {
            var index = scaled.count - 1
            while index >= 0, scaled[index] == 9 { scaled[index] = 0; index -= 1 }
            if index >= 0 { scaled[index] += 1 } else { scaled.insert(1, at: 0) }
        }
        while let first = scaled.first, first == 0 { scaled.removeFirst() }
        if scaled.count <= precision { scaled = Array(repeating: 0, count: precision + 1 - scaled.count) + scaled }
        let split = scaled.count - precision
        var wholeText = scaled[..<split].map(String.init).joined()
        var grouped = ""
        for (index, digit) in wholeText.enumerated() {
            if index > 0 && (wholeText.count - index) % 3 == 0 { grouped += "." }
            grouped.append(digit)
        }
        wholeText = grouped
        let fractionText = scaled[split...].map(String.init).joined()
        let isZero = scaled.allSatisfy { $0 == 0 }
        let sign = value < 0 && !isZero ? "-" : ""
        return fractionText.isEmpty ? sign + wholeText : sign + wholeText + "," + fractionText
    }

    @Test func bytesAndCharactersGiveTheSameFigures() {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [0, -0.0, 0.5, 1.005, 2.675, 999_999.95, 1e-5, 1.5e16, 123_456_789.123, -0.004, 1e21, .leastNonzeroMagnitude]
        for _ in 0..<5_000 {
            let magnitude = Double.random(in: -12...16, using: &generator)
            let value = pow(10, magnitude) * (Bool.random(using: &generator) ? 1 : -1)
            values.append(value)
            values.append((value * 100).rounded() / 100)
        }
        for value in values {
            for precision in 0...3 {
                #expect(VietnameseNumber.format(value, precision: precision) == Self.formattedByCharacters(value, precision: precision),
                        "\(value) at \(precision) places")
            }
        }
    }
}

/// `VietnameseNumber.format` writes into one buffer what rounding the
/// decimal digits and grouping them as strings wrote; the strings are kept
/// here as the reference.
@Suite("Vietnamese numbers written in one buffer")
struct DecimalWritingTests {
    private func reference(_ value: Double, precision: Int, language: Language) -> String {
        guard let decimal = DecimalDigits(value) else { return "—" }
        let (whole, fraction) = decimal.rounded(places: precision)
        let isZero = whole == "0" && fraction.utf8.allSatisfy { $0 == 0x30 }
        let sign = value < 0 && !isZero ? "-" : ""
        let grouped = VietnameseNumber.group(whole, separator: language == .vi ? "." : ",")
        return fraction.isEmpty ? sign + grouped : sign + grouped + (language == .vi ? "," : ".") + fraction
    }

    @Test("the same text as the digits' rounding, on edge cases and 60,000 generated values")
    func sameAsReference() {
        var values: [Double] = [0, -0.0, 0.5, -0.5, 0.05, -0.05, 0.04, 0.95, 9.95, 99.95, 999.95, 999_999.5, 2.675, 1.005, 1e-5, 1.5e16,
                                -1.5e16, 1e21, 123_456_789.123, 5e-324, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
                                .leastNormalMagnitude, 0.1 + 0.2, 1 / 3, -2 / 3, 1_500_000, 40.9, 97.51, .nan, .infinity, -.infinity]
        var generator = SystemRandomNumberGenerator()
        for scale in [1.0, 100, 1e4, 1e7, 1e10] {
            values += (0..<8_000).map { _ in Double.random(in: -scale...scale, using: &generator) }
            // Values on a grid of hundredths and thousandths: the halves.
            values += (0..<4_000).map { _ in Double(Int.random(in: -100_000...100_000, using: &generator)) / 1_000 * scale / 100 }
        }
        var mismatches: [String] = []
        for value in values {
            for precision in [0, 1, 2, 3, 6] {
                for language in [Language.vi, .en] {
                    let written = VietnameseNumber.format(value, precision: precision, language: language)
                    let expected = reference(value, precision: precision, language: language)
                    if written != expected { mismatches.append("\(value) \(precision) \(language): \(written) ≠ \(expected)") }
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
        #expect(VietnameseNumber.format(2.5, precision: -1) == VietnameseNumber.format(2.5, precision: 0))
    }
}
