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
        // "40.9", "1500000.0", "1e-05", "1.5e+16", read on its ASCII bytes:
        // splitting it as Characters cost about 7,800 instructions a number,
        // 6 % of building the example site.
        var text = value.magnitude.description
        var digits: [UInt8] = []
        digits.reserveCapacity(24)
        var wholeCount = 0, exponent = 0
        text.withUTF8 { bytes in
            var seenPoint = false
            for index in bytes.indices {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "."):
                    seenPoint = true
                case UInt8(ascii: "e"), UInt8(ascii: "E"):
                    exponent = Int(String(decoding: bytes[(index + 1)...], as: UTF8.self)) ?? 0
                    return
                default:
                    digits.append(byte &- 0x30)
                    if !seenPoint { wholeCount += 1 }
                }
            }
        }
        var point = wholeCount + exponent
        var leadingZeros = 0
        while leadingZeros < digits.count, digits[leadingZeros] == 0 { leadingZeros += 1 }
        if leadingZeros > 0 {
            digits.removeFirst(leadingZeros)
            point -= leadingZeros
        }
        while let last = digits.last, last == 0 { digits.removeLast() }
        self.digits = digits
        self.pointPosition = digits.isEmpty ? 0 : point
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
