import Foundation
import MinhBachData
import MinhBachDiagnostics
import MinhBachText

/// ```tasks
/// lead: so-noi-vu
/// status: [overdue, in_progress]
/// ```
/// The tasks of the plans and directives, filtered by source document,
/// lead agency, status and area: overdue first, then by deadline.
enum TasksComponent: Component {
    static let name = "tasks"
    static let settings: [ComponentSetting] = [
        .init("source", .documents), .init("lead", .agencies),
        .init("status", .choices(["planned", "in_progress", "done", "overdue"])), .init("area", .area), .init("title", .text),
    ]

    /// How a task stands on the site's `as_of` date: overdue when past its
    /// deadline and not done.
    enum Standing: String, CaseIterable {
        case overdue, planned
        case inProgress = "in_progress"
        case done

        var symbol: String {
            switch self {
            case .overdue: "⚠"
            case .planned: "○"
            case .inProgress: "◐"
            case .done: "✓"
            }
        }

        var order: Int {
            switch self {
            case .overdue: 0
            case .inProgress: 1
            case .planned: 2
            case .done: 3
            }
        }
    }

    /// The columns of the table, by the key of their header.
    static let columns = ["task", "lead", "partners", "deadline", "status"]

    static func standing(_ task: PlanTask, on date: CalendarDate) -> Standing {
        if task.isOverdue(on: date) { return .overdue }
        switch task.status {
        case .planned: return .planned
        case .inProgress: return .inProgress
        case .done: return .done
        }
    }

    static func render(_ block: inout Block) -> String {
        let sources = ids(&block, "source") { block, id, location in block.document(id, at: location, key: "source") != nil }
        let leads = ids(&block, "lead") { block, id, location in block.agency(id, at: location, key: "lead") != nil }
        var statuses: Set<Standing>?
        if let items = block.items("status") {
            var found = Set<Standing>()
            let options = block.setting("status")?.options ?? []
            for item in items {
                let word = item.text.replacingOccurrences(of: "-", with: "_")
                guard let standing = Standing(rawValue: word) else {
                    block.notAnOption("status", item.text, options: options, at: block.source.location(of: item.node))
                    continue
                }
                found.insert(standing)
            }
            statuses = found
        }
        let area = block.area("area", defaultsToThis: false)
        let title = block.has("title") ? block.text("title") : nil
        guard !block.hasErrors else { return "" }

        let asOf = block.environment.asOf
        let tasks = block.index.tasks { task in
            if let sources, !sources.contains(task.source) { return false }
            if let leads, !leads.contains(task.lead) { return false }
            if let statuses, !statuses.contains(standing(task, on: asOf)) { return false }
            if let area {
                guard let place = task.area, place == area || block.index.ancestors(of: place).contains(area) else { return false }
            }
            return true
        }.sorted { a, b in
            let (x, y) = (standing(a, on: asOf), standing(b, on: asOf))
            if (x == .overdue) != (y == .overdue) { return x == .overdue }
            switch (a.deadline, b.deadline) {
            case let (p?, q?) where p != q: return p < q
            case (.some, nil): return true
            case (nil, .some): return false
            default: break
            }
            if x.order != y.order { return x.order < y.order }
            return a.id < b.id
        }

        let caption = title ?? block.strings("tasks_caption")
        guard !tasks.isEmpty else {
            return "<div class=\"mb-tasks\">\n<p class=\"mb-tasks-title\">\(HTML.escape(caption))</p>\n" + block.emptyState("no_tasks") + "</div>\n"
        }
        let illustrative = tasks.contains { $0.illustrative }
        if illustrative { block.showsIllustrativeData = true }
        let showsSource = sources?.count != 1

        var counts: [String] = []
        for standing in [Standing.overdue, .inProgress, .planned, .done] {
            let count = tasks.filter { self.standing($0, on: asOf) == standing }.count
            if count > 0 { counts.append("\(count) \(block.strings("status_" + standing.rawValue).lowercased())") }
        }
        var html = "<div class=\"mb-tasks\">\n"
        html += "<p class=\"mb-tasks-summary\">\(HTML.escape(block.strings("task_count", ["count": String(tasks.count)]))): "
            + HTML.escape(counts.joined(separator: ", ")) + "</p>\n"
        html += "<div class=\"mb-table-scroll\" role=\"region\" aria-label=\"\(HTML.escape(caption))\" tabindex=\"0\">\n"
        html += "<table class=\"mb-table mb-tasks-table mb-table--cards\">\n<caption>\(HTML.escape(caption))</caption>\n<thead>\n<tr>"
        // Each cell repeats its header as data-label: a phone shows a task as a card.
        let strings = block.strings
        let label = { (key: String) in " data-label=\"\(HTML.escape(strings(key)))\"" }
        for key in columns {
            html += "<th scope=\"col\">\(HTML.escape(block.strings(key)))</th>"
        }
        html += "</tr>\n</thead>\n<tbody>\n"
        for task in tasks {
            let standing = standing(task, on: asOf)
            html += "<tr class=\"mb-task mb-task--\(standing.rawValue.replacingOccurrences(of: "_", with: "-"))\">"
            html += "<td>\(HTML.escape(task.text))"
            if showsSource { html += "<br><span class=\"mb-task-source\">\(block.documentLink(task.source))</span>" }
            html += "</td>"
            html += "<td\(label("lead"))>\(block.agencyLink(task.lead))</td>"
            html += "<td\(label("partners"))>\(task.partners.map(block.agencyLink).joined(separator: ", "))</td>"
            html += "<td\(label("deadline"))>\(deadline(task, block))</td>"
            html += "<td class=\"mb-task-status\"\(label("status"))><span class=\"mb-status-symbol\" aria-hidden=\"true\">\(standing.symbol)</span> "
                + HTML.escape(block.strings("status_" + standing.rawValue)) + "</td>"
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n</div>\n"
        if illustrative { html += block.sourceLine(documents: [], illustrative: true) }
        return html + "</div>\n"
    }

    /// The deadline as the plan words it, with the date it was read as:
    /// `Quý II/2025 (30/06/2025)`.
    static func deadline(_ task: PlanTask, _ block: Block) -> String {
        let date = task.deadline.map { "<time datetime=\"\($0.iso)\">\(HTML.escape($0.short(block.language)))</time>" }
        switch (task.deadlineText, date) {
        case let (text?, date?):
            return text.trimmingCharacters(in: .whitespaces) == task.deadline?.short
                ? date : "\(HTML.escape(text)) (\(date))"
        case let (text?, nil): return HTML.escape(text)
        case let (nil, date?): return date
        case (nil, nil): return task.ongoing ? HTML.escape(block.strings("ongoing")) : ""
        }
    }

    /// One id or a list of ids, each checked by `lookup`; nil when absent or wrong.
    private static func ids(_ block: inout Block, _ key: String, lookup: (inout Block, String, SourceLocation) -> Bool) -> [String]? {
        guard let items = block.items(key) else { return nil }
        var found: [String] = []
        for item in items {
            let location = block.source.location(of: item.node)
            if lookup(&block, item.text, location) { found.append(item.text) }
        }
        return found.count == items.count ? found : nil
    }
}
