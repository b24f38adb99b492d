import MinhBachDiagnostics
import MinhBachText

public struct RestorationProject: Sendable, Hashable {
    public var name: String
    public var budgetMillionVND: Double?
    public var start: Int?
    public var end: Int?
    public var status: TaskStatus?
    public var source: String?
}

/// A heritage site: `content/data/heritage/<id>.md`, the record in front
/// matter and the description in Markdown.
public struct HeritageSite: DeclaredRecord {
    public var id: String
    public var name: String
    public var kind: String
    public var rank: HeritageRank
    public var area: AreaKey
    public var recognition: String?
    public var recognitionDate: CalendarDate
    public var illustrative: Bool
    public var projects: [RestorationProject]
    /// The Markdown description, and the line of the file it starts on.
    public var body: String
    public var bodyFirstLine: Int

    static let columns = TableColumns(required: ["name", "kind", "rank", "area", "recognition_date"],
                                      optional: ["recognition", "illustrative", "projects", "scheme"])

    static func decode(_ reader: inout RecordReader<some DataRow>, _ registry: Registry, id: String, body: String, bodyFirstLine: Int) -> HeritageSite? {
        let name = reader.text("name"), kind = reader.text("kind"), rank = reader.choice("rank", HeritageRank.self)
        let date = reader.date("recognition_date")
        let stated = reader.choice("scheme", Scheme.self, required: false)
        let scheme = stated ?? date.map(Scheme.inForce(on:))
        let basis: SchemeBasis = stated == nil ? date.map { .date($0) } ?? .stated : .stated
        let area = scheme.flatMap { reader.areaReference("area", scheme: $0, registry, basis: basis, level: .commune) }
        let recognition = reader.reference("recognition", registry.documents, what: .documents, in: registry, required: false)
        let illustrative = reader.bool("illustrative", default: false)
        var projects: [RestorationProject] = []
        if let yaml = reader.row as? YAMLRow, yaml.values["projects"] != nil {
            guard let rows = yaml.records("projects"), yaml.isList("projects") else {
                reader.error(.projectsNotAList, at: "projects")
                return nil
            }
            for row in rows {
                var project = RecordReader(row: row, problems: reader.problems)
                let projectName = project.text("name")
                let budget = project.number("budget_million_vnd", required: false)
                let start = project.year("start", required: false), end = project.year("end", required: false)
                let status = project.choice("status", TaskStatus.self, required: false)
                let source = project.reference("source", registry.documents, what: .documents, in: registry, required: false)
                if let budget, budget < 0 { project.error(.budgetNegative, at: "budget_million_vnd") }
                if !project.isValid { reader.markInvalid() }
                if let projectName {
                    projects.append(RestorationProject(name: projectName, budgetMillionVND: budget, start: start, end: end,
                                                       status: status, source: source))
                }
            }
        }
        guard reader.isValid, let name, let kind, let rank, let area, let date else { return nil }
        return HeritageSite(id: id, name: name, kind: kind, rank: rank, area: area, recognition: recognition,
                            recognitionDate: date, illustrative: illustrative, projects: projects, body: body, bodyFirstLine: bodyFirstLine)
    }
}
