import MinhBachData
import MinhBachDiagnostics
import MinhBachText

/// ```criteria
/// area: this
/// year: 2024
/// ```
/// The 19 New Rural criteria of a commune in a year, in their five groups:
/// each met or not (in words and with ✓/✗), the count and the level reached.
enum CriteriaComponent: Component {
    static let name = "criteria"
    static let settings: [ComponentSetting] = [.init("area", .area), .init("year", .year)]

    /// The national grouping (Decision 318/QĐ-TTg), for criteria the
    /// `ntm_criteria` table does not list.
    static let standardGroups = [1: 1, 2: 2, 3: 2, 4: 2, 5: 2, 6: 2, 7: 2, 8: 2, 9: 2, 10: 3, 11: 3, 12: 3, 13: 3,
                                 14: 4, 15: 4, 16: 4, 17: 4, 18: 5, 19: 5]
    static let romanNumerals = ["I", "II", "III", "IV", "V"]

    static func render(_ block: inout Block) -> String {
        let area = block.area("area")
        let asked = block.year("year")
        guard !block.hasErrors, let area else { return "" }

        let results = block.index.ntm[area] ?? [:]
        let year = asked ?? results.keys.max()
        guard let year, let result = results[year] else {
            let available = results.keys.sorted().map(String.init).joined(separator: ", ")
            let arguments = [MessageArgument("area", ChartComponent.areaList([area], block)),
                             MessageArgument("year", ChartComponent.inYears(asked.map { [$0] } ?? []))]
            if available.isEmpty {
                block.noData(.noCriteriaResult, arguments)
            } else {
                block.noData(.noCriteriaResultInYear, arguments + [MessageArgument("years", available)])
            }
            return "<div class=\"mb-criteria\">\n" + block.emptyState() + "</div>\n"
        }
        if result.illustrative { block.showsIllustrativeData = true }

        let criteria = Dictionary(block.index.data.ntmCriteria.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        let met = Set(result.criteria)
        let count = "\(met.count)/19"
        let level = block.strings("level_" + result.level.rawValue)
        let areaName = block.areaName(area)
        let caption = block.strings("criteria_caption", ["area": areaName, "year": String(year)])

        var html = "<div class=\"mb-criteria\">\n"
        html += "<p class=\"mb-criteria-summary\"><span class=\"mb-criteria-count\">"
            + HTML.escape(block.strings("criteria_count", ["count": count])) + "</span> · "
            + "<span class=\"mb-ntm-level mb-ntm-level--\(result.level.rawValue)\">\(HTML.escape(level))</span>"
        if let decision = result.decision {
            html += " · \(HTML.escape(block.strings("recognised_by"))): \(block.documentLink(decision))"
        }
        html += "</p>\n"
        html += "<table class=\"mb-table mb-criteria-table\">\n<caption>\(HTML.escape(caption))</caption>\n"
        html += "<thead>\n<tr><th scope=\"col\">\(HTML.escape(block.strings("criterion")))</th>"
            + "<th scope=\"col\">\(HTML.escape(block.strings("result")))</th></tr>\n</thead>\n"
        for group in 1...5 {
            let numbers = (1...19).filter { (criteria[$0]?.group ?? standardGroups[$0]) == group }
            guard !numbers.isEmpty else { continue }
            let listed = numbers.compactMap { criteria[$0] }.first
            let groupName = listed.map { block.language == .en ? ($0.groupNameEN ?? $0.groupNameVI) : $0.groupNameVI }
                ?? block.strings("group_\(group)")
            html += "<tbody>\n<tr class=\"mb-criteria-group\"><th scope=\"rowgroup\" colspan=\"2\">"
                + "\(romanNumerals[group - 1]). \(HTML.escape(groupName))</th></tr>\n"
            for number in numbers {
                let name = criteria[number].map { block.language == .en ? ($0.nameEN ?? $0.nameVI) : $0.nameVI }
                    ?? block.strings("criterion_n", ["n": String(number)])
                let isMet = met.contains(number)
                html += "<tr class=\"\(isMet ? "mb-met" : "mb-not-met")\"><th scope=\"row\">\(number). \(HTML.escape(name))</th>"
                    + "<td><span class=\"mb-mark\" aria-hidden=\"true\">\(isMet ? "✓" : "✗")</span> "
                    + HTML.escape(block.strings(isMet ? "met" : "not_met")) + "</td></tr>\n"
            }
            html += "</tbody>\n"
        }
        html += "</table>\n"
        if result.illustrative { html += block.sourceLine(documents: [], illustrative: true) }
        return html + "</div>\n"
    }
}
