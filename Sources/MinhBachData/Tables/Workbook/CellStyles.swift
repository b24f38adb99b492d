import Foundation

/// Which cell styles show a number as a date (`xl/styles.xml`): Excel
/// stores a date as a number of days, and only its format says it is one.
struct CellStyles {
    /// Indexed by a cell's `s` attribute.
    var isDate: [Bool] = []

    static let part = "xl/styles.xml"

    /// Excel's built-in formats that show a date (14-17, 22: d/m/y and the
    /// like; 27-36 and 50-58: East Asian dates). 18-21 and 45-47 show a
    /// time alone, which is no date.
    static let builtInDateFormats: Set<Int> = Set([14, 15, 16, 17, 22]).union(27...36).union(50...58)

    init(_ archive: WorkbookArchive) throws(WorkbookProblem) {
        guard let data = try archive.part(Self.part) else { return }
        var customDates: Set<Int> = []
        var inCellFormats = false
        var isDate: [Bool] = []
        try XMLEvents.parse(data, part: Self.part) { event in
            switch event {
            case .start("numFmt", let attributes):
                if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"], Self.showsDate(code) {
                    customDates.insert(id)
                }
            case .start("cellXfs", _): inCellFormats = true
            case .end("cellXfs"): inCellFormats = false
            case .start("xf", let attributes) where inCellFormats:
                let id = attributes["numFmtId"].flatMap(Int.init) ?? 0
                isDate.append(Self.builtInDateFormats.contains(id) || customDates.contains(id))
            case .start, .end, .text: break
            }
        }
        self.isDate = isDate
    }

    func isDate(style: Int?) -> Bool {
        guard let style, style >= 0, style < isDate.count else { return false }
        return isDate[style]
    }

    /// A format code shows a date when, outside quoted text, escapes and
    /// [brackets] (colours, locales, elapsed time), it has a day or year.
    /// A month alone (`m`) may be minutes, so it does not count.
    static func showsDate(_ code: String) -> Bool {
        var quoted = false, bracket = false, escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\"": quoted.toggle()
            case "\\": escaped = !quoted
            case "[" where !quoted: bracket = true
            case "]" where !quoted: bracket = false
            case "d", "y": if !quoted && !bracket { return true }
            default: break
            }
        }
        return false
    }
}
