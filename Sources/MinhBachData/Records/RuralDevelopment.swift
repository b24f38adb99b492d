import MinhBachDiagnostics

/// One of the 19 national criteria of a New Rural commune.
public struct NTMCriterion: TableRecord {
    public var number: Int
    public var nameVI: String
    public var nameEN: String?
    public var group: Int
    public var groupNameVI: String
    public var groupNameEN: String?

    static let columns = TableColumns(required: ["number", "name_vi", "group", "group_name_vi"], optional: ["name_en", "group_name_en"])

    static func decode(_ reader: inout RecordReader<some DataRow>, _ registry: Registry) -> NTMCriterion? {
        let number = reader.integer("number", range: 1...19), name = reader.text("name_vi")
        let group = reader.integer("group", range: 1...5), groupName = reader.text("group_name_vi")
        guard reader.isValid, let number, let name, let group, let groupName else { return nil }
        return NTMCriterion(number: number, nameVI: name, nameEN: reader.row.text("name_en"), group: group,
                            groupNameVI: groupName, groupNameEN: reader.row.text("group_name_en"))
    }
}

/// The criteria a commune met in a year, and the level it reached.
public struct NTMResult: TableRecord {
    public var area: AreaKey
    public var year: Int
    public var criteria: [Int]
    public var level: NTMLevel
    public var decision: String?
    public var illustrative: Bool

    static let columns = TableColumns(required: ["area", "year", "criteria", "level"], optional: ["decision", "illustrative", "scheme"])

    static func decode(_ reader: inout RecordReader<some DataRow>, _ registry: Registry) -> NTMResult? {
        let year = reader.year("year")
        let stated = reader.choice("scheme", Scheme.self, required: false)
        let scheme = stated ?? year.map(Scheme.inForce(year:))
        let basis: SchemeBasis = stated == nil ? year.map { .year($0) } ?? .stated : .stated
        let area = scheme.flatMap { reader.areaReference("area", scheme: $0, registry, basis: basis, level: .commune) }
        var criteria: [Int] = []
        for item in reader.row.list("criteria") ?? [] {
            guard let number = Int(item), (1...19).contains(number) else {
                reader.error(.criterionNotANumber, at: "criteria", MessageArgument("value", item))
                continue
            }
            if criteria.contains(number) {
                reader.error(.criterionTwice, at: "criteria", MessageArgument("number", String(number)))
            }
            criteria.append(number)
        }
        let level = reader.choice("level", NTMLevel.self)
        if let level, level != .none, criteria.count < 19, reader.isValid {
            let missing = (1...19).filter { !criteria.contains($0) }.map(String.init).joined(separator: ", ")
            reader.error(.levelNeedsAllCriteria, at: "level", MessageArgument("level", level.rawValue), MessageArgument("missing", missing))
        }
        let decision = reader.reference("decision", registry.documents, what: .documents, in: registry, required: false)
        let illustrative = reader.bool("illustrative", default: false)
        guard reader.isValid, let area, let year, let level else { return nil }
        return NTMResult(area: area, year: year, criteria: criteria.sorted(), level: level, decision: decision, illustrative: illustrative)
    }
}
