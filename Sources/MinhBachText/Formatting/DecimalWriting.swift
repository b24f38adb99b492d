extension DecimalDigits {
    /// `value` rounded to `places` decimals as `rounded(places:)` rounds it,
    /// written with its sign, `thousands` between groups of three whole
    /// digits and `decimal` before the fraction: what
    /// `VietnameseNumber.format` prints, in one buffer.
    ///
    /// Why not `rounded(places:)` and `group`: they made six arrays and
    /// strings a number, 4,400 instructions; every table cell, chart label
    /// and axis tick is one (3 % of building the example site).
    static func write(_ value: Double, places: Int, thousands: UInt8, decimal: UInt8) -> String {
        var text = value.magnitude.description
        return text.withUTF8 { description in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: description.count) { digits in
                let (range, point) = parse(description, into: digits)
                let first = range.lowerBound, significant = range.count
                // The digits worth at least 10^-places are kept.
                let kept = max(0, point + places)
                return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: kept + places + 2) { scaled in
                    // scaled[1...kept]: value × 10^places; scaled[0] takes a carry.
                    scaled[0] = 0
                    for offset in 0..<kept { scaled[1 + offset] = offset < significant ? digits[first + offset] : 0 }
                    let nextIndex = point + places
                    if nextIndex >= 0, nextIndex < significant, digits[first + nextIndex] >= 5 {
                        var index = kept
                        while index > 0, scaled[index] == 9 {
                            scaled[index] = 0
                            index -= 1
                        }
                        scaled[index] += 1
                    }
                    var start = 0
                    while start <= kept, scaled[start] == 0 { start += 1 }
                    let isZero = start > kept
                    // At least one whole digit: 0.05 is "0" and "05".
                    start = min(start, kept + 1 - (places + 1))
                    let end = kept + 1
                    let wholeDigits = end - places - start
                    let separators = (wholeDigits - 1) / 3
                    let negative = value < 0 && !isZero
                    let length = (negative ? 1 : 0) + wholeDigits + separators + (places > 0 ? 1 + places : 0)
                    return String(unsafeUninitializedCapacity: length) { out in
                        var at = 0
                        if negative {
                            out[at] = UInt8(ascii: "-")
                            at += 1
                        }
                        for offset in 0..<wholeDigits {
                            if offset > 0, (wholeDigits - offset) % 3 == 0 {
                                out[at] = thousands
                                at += 1
                            }
                            out[at] = (start + offset < 0 ? 0 : scaled[start + offset]) + 0x30
                            at += 1
                        }
                        if places > 0 {
                            out[at] = decimal
                            at += 1
                            for offset in (end - places)..<end {
                                out[at] = (offset < 0 ? 0 : scaled[offset]) + 0x30
                                at += 1
                            }
                        }
                        return at
                    }
                }
            }
        }
    }
}
