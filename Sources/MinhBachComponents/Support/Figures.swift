import MinhBachData
import MinhBachText

/// Numbers as the page shows them, and the line that says where they come from.
extension Block {
    func unit(_ indicator: Indicator) -> ValueUnit { ValueUnit(rawValue: indicator.unit.rawValue) ?? .number }

    /// `18,5%`, `1.234`, `40,9 triệu đồng`, `17 tiêu chí`.
    func formatted(_ value: Double, _ indicator: Indicator) -> String {
        VietnameseNumber.value(value, unit: unit(indicator), precision: indicator.precision, language: language)
    }

    /// The documents the figures come from, in order of issue.
    func sourceDocuments(_ observations: [Observation]) -> [String] {
        var ids: [String] = []
        for observation in observations {
            if let source = observation.source, !ids.contains(source) { ids.append(source) }
        }
        return sortedDocuments(ids)
    }

    func sortedDocuments(_ ids: [String]) -> [String] {
        ids.sorted { a, b in
            let (x, y) = (index.documents[a]?.date, index.documents[b]?.date)
            if let x, let y, x != y { return x < y }
            return a < b
        }
    }

    /// `Nguồn: <a>Quyết định …</a>; …. Mục tiêu theo <a>…</a>. Dữ liệu minh họa`,
    /// or nothing when there is nothing to say.
    func sourceLine(documents: [String], targetDocuments: [String] = [], illustrative: Bool) -> String {
        var parts: [String] = []
        if !documents.isEmpty {
            parts.append("\(HTML.escape(strings(documents.count == 1 ? "source" : "sources"))): "
                         + documents.map(documentLink).joined(separator: "; ") + ".")
        }
        if !targetDocuments.isEmpty {
            parts.append("\(HTML.escape(strings("target_set_by"))) " + targetDocuments.map(documentLink).joined(separator: "; ") + ".")
        }
        if illustrative {
            parts.append("<span class=\"mb-illustrative\">\(HTML.escape(strings("illustrative")))</span>")
        }
        guard !parts.isEmpty else { return "" }
        return "<p class=\"mb-source\">" + parts.joined(separator: " ") + "</p>\n"
    }

    /// The message shown where a block has nothing to show.
    /// The sentences about derived figures and why one is missing.
    var notes: FigureNotes { FigureNotes(index: index, language: language, overrides: environment.strings) }

    func emptyState(_ key: String = "no_data") -> String {
        "<p class=\"mb-empty\">\(HTML.escape(strings(key)))</p>\n"
    }

    /// The target of an indicator for an area to show beside figures of
    /// `year`: the first one set for that year or later, else the last one.
    func target(_ indicator: Indicator, _ area: AreaKey, for year: Int?) -> Target? {
        guard let targets = index.targets[indicator.id]?[area], !targets.isEmpty else { return nil }
        let sorted = targets.sorted { ($0.year, $0.document) < ($1.year, $1.document) }
        if let year, let upcoming = sorted.first(where: { $0.year >= year }) { return upcoming }
        return sorted.last
    }
}
