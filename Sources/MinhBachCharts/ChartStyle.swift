import MinhBachText

/// The look of every chart: a sober public-portal palette that stays
/// distinguishable in greyscale print, and a second channel besides colour
/// for every series (a dash pattern and a marker shape for lines, a fill
/// pattern for bars).
enum ChartStyle {
    static let width = 640.0
    static let fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif"
    /// Tick labels, categories and the legend; 13px at 640px wide.
    static let fontSize = 13.0
    /// Value labels and notes.
    static let smallFontSize = 12.0

    static let text = "#1f2a33"
    static let mutedText = "#4f5b66"
    static let grid = "#dfe4e8"
    static let axis = "#6b7782"
    static let target = "#9c2b1f"
    static let targetDash = "5 4"
    /// The line of a break between categories (the 2025 reorganisation).
    static let breakLine = "#4f5b66"
    static let breakDash = "2 3"

    /// Navy first, then colours that differ in lightness as well as hue.
    static let colours = ["#0a3a5c", "#c7741f", "#5d8fb8", "#6b7a36", "#7b4f86", "#555555"]
    /// A lighter tint of each colour, the ground of a bar's fill pattern.
    static let tints = ["#0a3a5c", "#f6e3cf", "#dbe7f1", "#e4e8d5", "#e8dcec", "#e3e3e3"]
    /// Solid, dashed, dotted, dash-dot, long dash, dense dots; drawn with
    /// round caps, which make the 0.5 dashes round dots.
    static let dashes: [String?] = [nil, "7 6", "0.5 5", "10 5 0.5 5", "16 6", "0.5 3.5"]

    enum Marker: CaseIterable { case circle, square, triangle, diamond, triangleDown, cross }

    static func colour(_ index: Int) -> String { colours[index % colours.count] }
    static func tint(_ index: Int) -> String { tints[index % tints.count] }
    static func dash(_ index: Int) -> String? { dashes[index % dashes.count] }
    static func marker(_ index: Int) -> Marker { Marker.allCases[index % Marker.allCases.count] }

    /// Width of a text in a proportional sans-serif, from an average glyph
    /// width: enough to lay out labels without measuring fonts.
    static func textWidth(_ text: String, size: Double = fontSize) -> Double {
        (scalarUnits(text) ?? characterUnits(text)) * size
    }

    /// The text's width in units of the font size, Character by Character.
    static func characterUnits(_ text: String) -> Double {
        var units = 0.0
        for character in text {
            switch character {
            case "i", "l", "j", "I", "'", ".", ",", ":", ";", "!", "|", " ", "t", "f", "r": units += 0.32
            case "m", "w", "M", "W", "%": units += 0.86
            case "A"..."Z": units += 0.66
            default: units += 0.56
            }
        }
        return units
    }

    /// The same units, added in the same order, read from the bytes when
    /// each scalar is a Character of its own: ASCII but a carriage return
    /// (CR LF is one Character), U+0080–U+02FF and U+1E00–U+1EFF (every
    /// Vietnamese letter in NFC). No scalar there joins the one before it.
    /// Nil otherwise. Comparing Characters with fifteen strings took 2,000
    /// instructions a label, 3 % of building the example site.
    static func scalarUnits(_ text: String) -> Double? {
        var text = text
        return text.withUTF8 { bytes -> Double? in
            var units = 0.0, index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    guard byte != 0x0D else { return nil }
                    units += asciiUnits[Int(byte)]
                    index += 1
                } else if byte < 0xCC {
                    units += 0.56
                    index += 2
                } else if byte == 0xE1, index + 1 < bytes.count, (0xB8...0xBB).contains(bytes[index + 1]) {
                    units += 0.56
                    index += 3
                } else {
                    return nil
                }
            }
            return units
        }
    }

    /// The units of each ASCII character, from `characterUnits`.
    private static let asciiUnits: [Double] = (0..<128).map { characterUnits(String(UnicodeScalar(UInt8($0)))) }
}

/// Looks that several drawings share, written as attributes.
extension Markup {
    /// The segment leading to a derived figure: thinner, in short dashes
    /// that differ from every series' own pattern.
    mutating func derivedStroke() {
        attributes(" stroke-width=\"2\" stroke-dasharray=\"3 3\"")
    }

    /// A target's dashed line.
    mutating func targetStroke() {
        attribute("fill", literal: "none")
        attribute("stroke", safe: ChartStyle.target)
        attribute("stroke-width", literal: "1.5")
        attribute("stroke-dasharray", safe: ChartStyle.targetDash)
    }

    /// A white outline behind a text, so it stays legible over lines and
    /// grid. `paint-order` goes in `style`: HTML's validator does not
    /// accept it as an attribute of inline SVG.
    mutating func halo() {
        attributes(" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" style=\"paint-order:stroke\"")
    }
}

/// Words the charts write themselves.
struct ChartWords {
    let language: Language

    var noData: String { language == .vi ? "không có số liệu" : "no data" }
    var noDataTitle: String { language == .vi ? "Không có số liệu" : "No data" }
    var year: String { language == .vi ? "Năm" : "Year" }
    var area: String { language == .vi ? "Địa bàn" : "Area" }

    /// The heading of the table's first column, by what the categories are.
    func categoryTitle(_ categories: ChartSpec.Kind.Categories) -> String {
        switch categories {
        case .years: year
        case .areas: area
        }
    }
    /// After a derived value in the table, and before its note.
    var derivedMark: String { "*" }
    /// The legend entry of a derived figure.
    var derivedLegend: String { language == .vi ? "Số liệu suy ra" : "Derived figure" }
    /// Under a table with a derived value.
    var derivedNote: String { language == .vi ? "* Số liệu suy ra" : "* Derived figure" }
    /// Read aloud after a derived value, in place of the mark.
    var derivedSpoken: String { language == .vi ? "số liệu suy ra" : "derived figure" }

    /// The unit in a table's caption, when the cells do not say it.
    func tableUnit(_ unit: ValueUnit) -> String? {
        switch unit {
        case .millionVND: language == .vi ? "đơn vị: triệu đồng" : "unit: million VND"
        case .criteria: language == .vi ? "đơn vị: tiêu chí" : "unit: criteria"
        case .percent, .count, .number: nil
        }
    }

    /// The unit written above the value axis; nil when the tick labels say it (`%`)
    /// or when only the caller knows it (a count of communes, of households).
    func unitCaption(_ unit: ValueUnit) -> String? {
        switch unit {
        case .millionVND: language == .vi ? "Đơn vị: triệu đồng" : "Unit: million VND"
        case .criteria: language == .vi ? "Đơn vị: tiêu chí" : "Unit: criteria"
        case .percent, .count, .number: nil
        }
    }
}
