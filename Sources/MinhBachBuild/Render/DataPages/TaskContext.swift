import MinhBachData
import MinhBachTemplates

/// `task`: the context of a task's page: the task as lists show it, the
/// document that assigned it and the area it is about.
struct TaskContext: TemplateFields {
    let task: TaskFields
    let document: DocumentLink
    let area: AreaLink?
    /// Whether the page's title is the text cut short: only then does the
    /// page repeat the whole text under it.
    let titleShortened: Bool

    func child(named key: String) -> Any? {
        switch key {
        case "document": return document
        case "area": return area
        case "has_partners": return !task.partners.isEmpty
        case "title_shortened": return titleShortened
        default: return task.child(named: key)
        }
    }
}

extension DataContextBuilder {
    func taskPage(_ planTask: PlanTask) -> TaskContext {
        TaskContext(task: task(planTask), document: documentLink(planTask.source), area: planTask.area.map(areaLink),
                    titleShortened: DataPagePlanner.title(of: planTask) != planTask.text)
    }
}
