import MinhBachData
import MinhBachTemplates
import MinhBachText

/// A task of a plan, as lists and record pages show it.
struct TaskFields: TemplateFields {
    let id: String
    let text: String
    let lead: String
    let leadURL: String
    let partners: String
    let status: String
    let statusText: String
    let overdue: Bool
    let deadline: String?
    let deadlineDate: String?

    func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "text": return text
        case "lead": return lead
        case "lead_url": return leadURL
        case "partners": return partners
        case "status": return status
        case "status_text": return statusText
        case "overdue": return overdue
        case "deadline": return deadline
        case "deadline_date": return deadlineDate
        default: return nil
        }
    }
}

extension DataContextBuilder {
    func task(_ task: PlanTask) -> TaskFields {
        let overdue = task.isOverdue(on: asOf)
        return TaskFields(
            id: task.id, text: task.text,
            lead: index.agencies[task.lead].map { name($0.nameVI, $0.nameEN) } ?? task.lead,
            leadURL: links.url(agency: task.lead, language: language) ?? "",
            partners: task.partners.compactMap { index.agencies[$0].map { name($0.nameVI, $0.nameEN) } }.joined(separator: "; "),
            status: task.status.rawValue,
            statusText: strings[overdue ? "status_overdue" : "status_\(task.status.rawValue)"] ?? task.status.rawValue,
            overdue: overdue, deadline: task.deadlineText, deadlineDate: task.deadline?.short(language))
    }
}
