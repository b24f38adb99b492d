import MinhBachData
import MinhBachTemplates

/// The context a data page's record gives its template (docs/PAGES.md): one
/// case per `PageRecord`, each a typed value answering the template's names.
enum DataPageContext {
    case area(AreaContext)
    case heritage(HeritageContext)
    case indicator(IndicatorContext)
    case program(ProgramContext)
    case document(DocumentContext)
    case agency(AgencyContext)
    case task(TaskContext)
    case report(ReportContext)
    case list(ListContext)

    /// The name templates reach the record by: `{{area.name}}`, `{{#site_record}}`.
    var templateKey: String {
        switch self {
        case .area: return "area"
        case .heritage: return "site_record"
        case .indicator: return "indicator"
        case .program: return "program"
        case .document: return "document"
        case .agency: return "agency"
        case .task: return "task"
        case .report: return "report"
        case .list: return "list"
        }
    }

    var fields: any TemplateFields {
        switch self {
        case .area(let fields): return fields
        case .heritage(let fields): return fields
        case .indicator(let fields): return fields
        case .program(let fields): return fields
        case .document(let fields): return fields
        case .agency(let fields): return fields
        case .task(let fields): return fields
        case .report(let fields): return fields
        case .list(let fields): return fields
        }
    }
}
