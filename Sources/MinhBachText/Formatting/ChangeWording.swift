extension VietnameseNumber {
    /// How a figure moved, in words: `giảm 2,1 điểm %` (18,5% → 16,4%),
    /// `tăng 3`, `không đổi`; in English `down 2.1 percentage points`,
    /// `up 3`, `unchanged`.
    ///
    /// A difference of percentages is in percentage points, never a
    /// percentage. Other units are worded without a unit: the caller knows
    /// whether it counts communes or households. A change that rounds to
    /// zero at `precision` is "không đổi".
    public static func change(from old: Double, to new: Double, unit: ValueUnit, precision: Int,
                              language: Language = .vi) -> String {
        guard old.isFinite, new.isFinite else { return "—" }
        // 0.15 − 0.1 is 0.04999…; cleaning the difference at 9 decimals
        // first gives the 0.05 a reader computes, which then rounds to 0.1.
        let difference = cleaned(new - old)
        let amount = format(difference.magnitude, precision: precision, language: language)
        let isZero = !amount.utf8.contains { (0x31...0x39).contains($0) }
        if isZero { return language == .vi ? "không đổi" : "unchanged" }
        let rising = difference > 0
        switch language {
        case .vi:
            let verb = rising ? "tăng" : "giảm"
            return unit == .percent ? "\(verb) \(amount) điểm %" : "\(verb) \(amount)"
        case .en:
            let verb = rising ? "up" : "down"
            guard unit == .percent else { return "\(verb) \(amount)" }
            return "\(verb) \(amount) percentage \(amount == "1" ? "point" : "points")"
        }
    }

    private static func cleaned(_ value: Double) -> Double {
        guard let decimal = DecimalDigits(value) else { return value }
        let (whole, fraction) = decimal.rounded(places: 9)
        let magnitude = Double(whole + "." + fraction) ?? value.magnitude
        return value < 0 ? -magnitude : magnitude
    }
}
