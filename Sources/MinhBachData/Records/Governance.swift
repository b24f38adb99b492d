import MinhBachDiagnostics
import MinhBachText

public struct Document: TableRecord {
    public var id: String
    public var number: String
    public var kind: String
    public var date: CalendarDate
    public var issuer: String
    public var title: String
    public var page: String?
    public var url: String?

    static let columns = TableColumns(required: ["id", "number", "kind", "date", "issuer", "title"], optional: ["page", "url"])
    static let keyColumn: String? = "id"

    static func decode(_ reader: inout RecordReader<some DataRow>, _ registry: Registry) -> Document? {
        let id = reader.id("id"), number = reader.text("number"), kind = reader.text("kind")
        let date = reader.date("date"), issuer = reader.text("issuer"), title = reader.text("title")
        let page = reader.text("page", required: false)
        if let page, !LinkAddress.isSitePath(page) {
            reader.error(.documentPageNotSitePath, at: "page", MessageArgument("value", page))
        }
        let url = reader.text("url", required: false)
        if let url, !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
            reader.error(.documentURLNotWeb, at: "url", MessageArgument("value", url))
        }
        guard reader.isValid, let id, let number, let kind, let date, let issuer, let title else { return nil }
        return Document(id: id, number: number, kind: kind, date: date, issuer: issuer, title: title, page: page, url: url)
    }
}

public struct Agency: TableRecord {
    public var id: String
    public var nameVI: String
    public var nameEN: String?
    public var level: AgencyLevel
    public var area: AreaKey?

    static let columns = TableColumns(required: ["id", "name_vi", "level"], optional: ["name_en", "area", "scheme"])
    static let keyColumn: String? = "id"

    static func decode(_ reader: inout RecordReader<some DataRow>, _ registry: Registry) -> Agency? {
        let id = reader.id("id"), name = reader.text("name_vi"), level = reader.choice("level", AgencyLevel.self)
        let scheme = reader.choice("scheme", Scheme.self, required: false) ?? .legacy
        let area = reader.row.text("area") == nil ? nil : reader.areaReference("area", scheme: scheme, registry)
        guard reader.isValid, let id, let name, let level else { return nil }
        return Agency(id: id, nameVI: name, nameEN: reader.row.text("name_en"), level: level, area: area)
    }
}

/// A task assigned by a plan or directive.
public struct PlanTask: TableRecord {
    public var id: String
    public var text: String
    public var lead: String
    public var partners: [String]
    public var deadlineText: String?
    /// Normalised: written in `deadline`, or derived from `deadline_text`.
    public var deadline: CalendarDate?
    public var ongoing: Bool
    public var status: TaskStatus
    public var source: String
    public var area: AreaKey?
    public var illustrative: Bool

    /// Past its deadline on `date` and not done.
    public func isOverdue(on date: CalendarDate) -> Bool {
        guard status != .done, let deadline else { return false }
        return deadline < date
    }

    static let columns = TableColumns(required: ["id", "text", "lead", "status", "source"],
                                      optional: ["partners", "deadline_text", "deadline", "area", "illustrative", "scheme"])

    static func decode(_ reader: inout RecordReader<some DataRow>, _ registry: Registry) -> PlanTask? {
        let id = reader.id("id"), text = reader.text("text")
        let lead = reader.reference("lead", registry.agencies, what: .agencies, in: registry)
        let partners = reader.references("partners", registry.agencies, what: .agencies, in: registry)
        let deadlineText = reader.text("deadline_text", required: false)
        var deadline = reader.date("deadline", required: false)
        var ongoing = false
        if deadline == nil, reader.row.text("deadline") == nil, let deadlineText {
            switch Deadline.parse(deadlineText) {
            case .date(let date): deadline = date
            case .ongoing: ongoing = true
            case .unknown:
                reader.warning(.deadlineUnclear, at: "deadline_text", MessageArgument("value", deadlineText))
            }
        }
        let status = reader.choice("status", TaskStatus.self)
        let source = reader.reference("source", registry.documents, what: .documents, in: registry)
        let stated = reader.choice("scheme", Scheme.self, required: false)
        let sourceDate = registry.documents[source ?? ""]?.date
        let scheme = stated ?? (sourceDate.map(Scheme.inForce(on:)) ?? .legacy)
        let basis: SchemeBasis = stated == nil ? sourceDate.map { .date($0, whose: .text(vi: "ngày của văn bản nguồn '\(source ?? "")'", en: "the date of its source '\(source ?? "")'")) } ?? .stated : .stated
        let area = reader.row.text("area") == nil ? nil : reader.areaReference("area", scheme: scheme, registry, basis: basis)
        let illustrative = reader.bool("illustrative", default: false)
        guard reader.isValid, let id, let text, let lead, let status, let source else { return nil }
        return PlanTask(id: id, text: text, lead: lead, partners: partners, deadlineText: deadlineText, deadline: deadline,
                        ongoing: ongoing, status: status, source: source, area: area, illustrative: illustrative)
    }
}

/// A commune recognised as a revolutionary safe zone (xã ATK).
public struct ATKRecognition: TableRecord {
    public var area: AreaKey
    public var decision: String
    public var date: CalendarDate

    static let columns = TableColumns(required: ["area", "decision", "date"], optional: ["scheme"])

    static func decode(_ reader: inout RecordReader<some DataRow>, _ registry: Registry) -> ATKRecognition? {
        let date = reader.date("date")
        let stated = reader.choice("scheme", Scheme.self, required: false)
        let scheme = stated ?? date.map(Scheme.inForce(on:))
        let basis: SchemeBasis = stated == nil ? date.map { .date($0) } ?? .stated : .stated
        let area = scheme.flatMap { reader.areaReference("area", scheme: $0, registry, basis: basis, level: .commune) }
        let decision = reader.reference("decision", registry.documents, what: .documents, in: registry)
        guard reader.isValid, let area, let decision, let date else { return nil }
        return ATKRecognition(area: area, decision: decision, date: date)
    }
}

public struct PovertyStandard: TableRecord {
    public var id: String
    public var periodStart: Int
    public var periodEnd: Int
    public var document: String
    /// Monthly income per person, thousand VND.
    public var ruralIncome: Double
    public var urbanIncome: Double
    public var note: String?
    var location: SourceLocation

    /// The same standard whichever file or format it was read from.
    public static func == (a: PovertyStandard, b: PovertyStandard) -> Bool {
        (a.id, a.periodStart, a.periodEnd, a.document) == (b.id, b.periodStart, b.periodEnd, b.document)
            && (a.ruralIncome, a.urbanIncome, a.note) == (b.ruralIncome, b.urbanIncome, b.note)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(periodStart)
        hasher.combine(periodEnd)
        hasher.combine(document)
        hasher.combine(ruralIncome)
        hasher.combine(urbanIncome)
        hasher.combine(note)
    }

    static let columns = TableColumns(required: ["id", "period_start", "period_end", "document", "rural_income", "urban_income"],
                                      optional: ["note"])

    static func decode(_ reader: inout RecordReader<some DataRow>, _ registry: Registry) -> PovertyStandard? {
        let id = reader.id("id"), start = reader.year("period_start"), end = reader.year("period_end")
        if let start, let end, end < start {
            reader.error(.periodEndBeforeStart, at: "period_end", MessageArgument("start", String(start)), MessageArgument("end", String(end)))
        }
        let document = reader.reference("document", registry.documents, what: .documents, in: registry)
        let rural = reader.number("rural_income"), urban = reader.number("urban_income")
        guard reader.isValid, let id, let start, let end, let document, let rural, let urban else { return nil }
        return PovertyStandard(id: id, periodStart: start, periodEnd: end, document: document, ruralIncome: rural,
                               urbanIncome: urban, note: reader.row.text("note"), location: reader.row.location("period_start"))
    }
}

extension Document {
    /// How a document is named in text: "Quyết định 241/QĐ-TTg"; a number
    /// that already starts with the kind ("Nghị quyết Hội nghị …") is not
    /// prefixed twice.
    public var label: String {
        number.lowercased().hasPrefix(kind.lowercased()) ? number : "\(kind) \(number)"
    }
}
