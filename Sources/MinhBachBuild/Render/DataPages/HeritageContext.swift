import MinhBachData
import MinhBachTemplates
import MinhBachText

/// `site_record`: the context of a heritage site's page.
struct HeritageContext: TemplateFields {
    let name: String
    let kind: String
    let rank: String
    let areaName: String
    let areaURL: String
    let date: String
    let recognitionDate: TemplateDate
    /// The description's Markdown; the page renders it on its own and puts
    /// a placeholder block here (PageRenderer, `heritageDescription`).
    var body: String
    var recognition: String?
    var recognitionURL: String?
    let projects: [HeritageProjectRow]
    var budgetTotal: String?

    func child(named key: String) -> Any? {
        switch key {
        case "name": return name
        case "kind": return kind
        case "rank": return rank
        case "area_name": return areaName
        case "area_url": return areaURL
        case "date": return date
        case "recognition_date": return recognitionDate
        case "body": return body
        case "recognition": return recognition
        case "recognition_url": return recognitionURL
        case "projects": return projects
        case "has_projects": return !projects.isEmpty
        case "budget_total": return budgetTotal
        default: return nil
        }
    }
}

/// `site_record.projects[]`: a restoration project.
struct HeritageProjectRow: TemplateFields {
    let name: String
    var budget: String?
    var budgetVND: TemplateNumber?
    var years: String?
    var status: String?

    func child(named key: String) -> Any? {
        switch key {
        case "name": return name
        case "budget": return budget
        case "budget_vnd": return budgetVND
        case "years": return years
        case "status": return status
        default: return nil
        }
    }
}

/// A heritage site in lists: `name`, `url` and `rank`.
struct HeritageLink: TemplateFields {
    let name: String
    let url: String
    let rank: String

    func child(named key: String) -> Any? {
        switch key {
        case "name": return name
        case "url": return url
        case "rank": return rank
        default: return nil
        }
    }
}

extension DataContextBuilder {
    func heritageLink(_ site: HeritageSite) -> HeritageLink {
        HeritageLink(name: site.name, url: links.url(.heritage(site.id), language: language) ?? "",
                     rank: strings["rank_\(site.rank.rawValue)"] ?? site.rank.rawValue)
    }

    func heritage(_ site: HeritageSite) -> HeritageContext {
        let projects = site.projects.map { project in
            var row = HeritageProjectRow(name: project.name)
            if let budget = project.budgetMillionVND {
                row.budget = VietnameseNumber.vnd(budget * 1_000_000, language: language)
                row.budgetVND = TemplateNumber(budget * 1_000_000, language: language)
            }
            if let start = project.start { row.years = project.end.map { "\(start)–\($0)" } ?? String(start) }
            if let status = project.status { row.status = strings["status_\(status.rawValue)"] ?? status.rawValue }
            return row
        }
        var values = HeritageContext(
            name: site.name, kind: site.kind, rank: strings["rank_\(site.rank.rawValue)"] ?? site.rank.rawValue,
            areaName: areaName(site.area), areaURL: links.url(area: site.area, language: language) ?? "",
            date: site.recognitionDate.long(language), recognitionDate: TemplateDate(site.recognitionDate, language: language),
            body: site.body, projects: projects)
        if let id = site.recognition, let document = index.documents[id] {
            values.recognition = document.label
            values.recognitionURL = links.url(document: id, language: language) ?? ""
        }
        let total = site.projects.compactMap(\.budgetMillionVND).reduce(0, +)
        if total > 0 { values.budgetTotal = VietnameseNumber.vnd(total * 1_000_000, language: language) }
        return values
    }
}
