import MinhBachData
import MinhBachTemplates

/// `agency`: the context of an agency's page, with the tasks it leads
/// first and those it is a partner in after them.
struct AgencyContext: TemplateFields {
    let id: String
    let name: String
    let level: String
    let tasks: [TaskFields]
    let leadCount: Int
    let partnerCount: Int

    func child(named key: String) -> Any? {
        switch key {
        case "id": return id
        case "name": return name
        case "level": return level
        case "tasks": return tasks
        case "lead_count": return leadCount
        case "partner_count": return partnerCount
        default: return nil
        }
    }
}

extension DataContextBuilder {
    func agency(_ agency: Agency) -> AgencyContext {
        let lead = index.data.tasks.filter { $0.lead == agency.id }
        let partner = index.data.tasks.filter { $0.partners.contains(agency.id) }
        return AgencyContext(id: agency.id, name: name(agency.nameVI, agency.nameEN),
                             level: strings["agency_\(agency.level.rawValue)"] ?? agency.level.rawValue,
                             tasks: (lead + partner).map(task), leadCount: lead.count, partnerCount: partner.count)
    }
}
