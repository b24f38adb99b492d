import MinhBachComponents
import MinhBachData
import MinhBachTemplates

/// Where a figure comes from: its source document (`source`, linked by
/// `source_url`), or `source_note` saying that it is illustrative or has
/// no source. Every figure on a page names one.
enum Provenance: TemplateFields {
    case document(label: String, url: String)
    case note(String)

    func child(named name: String) -> Any? {
        switch (self, name) {
        case (.document(let label, _), "source"): return label
        case (.document(_, let url), "source_url"): return url
        case (.note(let note), "source_note"): return note
        default: return nil
        }
    }
}

/// A derived figure: `derived` (true), `derived_mark` and `derived_note`
/// saying from which units it was computed.
struct Derivation: TemplateFields {
    let mark: String
    let note: String

    func child(named name: String) -> Any? {
        switch name {
        case "derived": return true
        case "derived_mark": return mark
        case "derived_note": return note
        default: return nil
        }
    }
}

/// A figure's provenance and derivation, the keys every shown figure carries.
struct FigureFields: TemplateFields {
    let provenance: Provenance
    let derivation: Derivation?

    func child(named name: String) -> Any? {
        provenance.child(named: name) ?? derivation?.child(named: name)
    }
}

extension DataContextBuilder {
    func provenance(_ figure: Observation) -> Provenance {
        if let id = figure.source, let document = index.documents[id] {
            return .document(label: document.label, url: links.url(document: id, language: language) ?? "")
        }
        return .note(figure.illustrative ? (strings["illustrative_data"] ?? "Dữ liệu minh họa") : (strings["no_source"] ?? "—"))
    }

    func derivation(_ figure: Observation) -> Derivation? {
        notes.derivation(of: figure).map { Derivation(mark: notes.derivedMark, note: $0) }
    }

    func figureFields(_ figure: Observation) -> FigureFields {
        FigureFields(provenance: provenance(figure), derivation: derivation(figure))
    }
}
