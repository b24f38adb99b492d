/// Decimal rounding of a `Double` done on its digits, so that the result is
/// the same on every machine and matches what a person typed.
///
/// Written here rather than with `NumberFormatter` or `String(format:)`:
/// those depend on the platform's locale data and C library, and a figure in a
/// published report must print the same everywhere. The digits come from
/// Swift's `description`, the shortest text that reads back as the same
/// `Double` (`2.675`, not `2.67499999…`), so `2.675` rounds to `2,68` the
/// way the spreadsheet it came from shows it.
struct DecimalDigits {
    /// Significant digits, most significant first; empty for zero.
    private var digits: [UInt8]
    /// The value is `0.d₁d₂d₃… × 10^pointPosition`.
    private var pointPosition: Int

    /// Nil for NaN and the infinities. The sign is dropped.
    init?(_ value: Double) {
        guard value.isFinite else { return nil }
        var text = value.magnitude.description
        (digits, pointPosition) = text.withUTF8 { description in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: description.count) { buffer in
                let (significant, point) = Self.parse(description, into: buffer)
                return (Array(buffer[significant]), point)
            }
        }
    }

    /// The significant digits of a description ("40.9", "1500000.0",
    /// "1e-05", "1.5e+16") written into `digits` (as long as the
    /// description), where they are; the value is `0.d₁d₂… × 10^point`
    /// (0 for zero). Read on its ASCII bytes: splitting it as Characters
    /// cost about 7,800 instructions a number, 6 % of building the example
    /// site.
    static func parse(_ description: UnsafeBufferPointer<UInt8>, into digits: UnsafeMutableBufferPointer<UInt8>)
        -> (significant: Range<Int>, point: Int) {
        var count = 0, wholeCount = 0, exponent = 0
        var seenPoint = false
        for index in description.indices {
            let byte = description[index]
            if byte == UInt8(ascii: ".") {
                seenPoint = true
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                exponent = Int(String(decoding: UnsafeBufferPointer(rebasing: description[(index + 1)...]), as: UTF8.self)) ?? 0
                break
            } else {
                digits[count] = byte &- 0x30
                count += 1
                if !seenPoint { wholeCount += 1 }
            }
        }
        var first = 0
        while first < count, digits[first] == 0 { first += 1 }
        while count > first, digits[count - 1] == 0 { count -= 1 }
        return (first..<count, first == count ? 0 : wholeCount + exponent - first)
    }

    /// The magnitude rounded half away from zero to `places` decimals, as
    /// its integer digits and its `places` fraction digits ("0" and "" for
    /// zero at 0 places).
    func rounded(places: Int) -> (whole: String, fraction: String) {
        let places = max(0, places)
        // Digits kept: those worth at least 10^-places.
        let kept = pointPosition + places
        var scaled: [UInt8]   // value × 10^places, as an integer
        if kept <= 0 {
            scaled = []
        } else {
            scaled = Array(digits.prefix(kept))
            scaled += Array(repeating: 0, count: kept - scaled.count)
        }
        let next: UInt8 = (kept >= 0 && kept < digits.count) ? digits[kept] : 0
        if next >= 5 { Self.increment(&scaled) }
        while let first = scaled.first, first == 0 { scaled.removeFirst() }
        if scaled.count <= places {
            scaled = Array(repeating: 0, count: places + 1 - scaled.count) + scaled
        }
        let split = scaled.count - places
        return (Self.text(scaled[..<split]), Self.text(scaled[split...]))
    }

    private static func increment(_ number: inout [UInt8]) {
        var index = number.count - 1
        while index >= 0 {
            if number[index] < 9 { number[index] += 1; return }
            number[index] = 0
            index -= 1
        }
        number.insert(1, at: 0)
    }

    private static func text(_ digits: ArraySlice<UInt8>) -> String {
        String(decoding: digits.map { $0 + 0x30 }, as: UTF8.self)
    }
}
