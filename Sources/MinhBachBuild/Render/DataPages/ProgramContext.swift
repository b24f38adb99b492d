import MinhBachData
import MinhBachTemplates

/// `program`: the context of a National Target Programme's page.
struct ProgramContext: TemplateFields {
    let id: String
    let name: String
    let period: String
    let legalBasis: [DocumentLink]
    let indicators: [NamedLink]

    func child(named key: String) -> Any? {
        switch key {
        case "id": return id
        case "name": return name
        case "period": return period
        case "legal_basis": return legalBasis
        case "indicators": return indicators
        default: return nil
        }
    }
}

extension DataContextBuilder {
    func program(_ program: Program) -> ProgramContext {
        ProgramContext(
            id: program.id, name: name(program.nameVI, program.nameEN), period: "\(program.periodStart)–\(program.periodEnd)",
            legalBasis: program.legalBasis.map(documentLink),
            indicators: index.data.indicators.filter { $0.program == program.id }.map {
                NamedLink(name: name($0.nameVI, $0.nameEN), url: links.url(indicator: $0.id, language: language) ?? "")
            })
    }
}
