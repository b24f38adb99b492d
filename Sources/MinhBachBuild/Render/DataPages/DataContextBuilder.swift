import MinhBachComponents
import MinhBachData
import MinhBachTemplates
import MinhBachText

/// Builds the template context of a data page (docs/PAGES.md): the record
/// and what relates to it, with numbers formatted for the language. Each
/// page kind's context is built in the file named after it.
struct DataContextBuilder {
    let index: DataIndex
    let links: PlanLinks
    let language: Language
    let strings: [String: String]
    let year: Int
    let asOf: CalendarDate

    /// Nil when the record is not in the data (a page planned from stale data).
    func context(for record: PageRecord) -> DataPageContext? {
        switch record {
        case .area(let key): return area(key).map(DataPageContext.area)
        case .heritage(let id): return index.data.heritage.first { $0.id == id }.map { .heritage(heritage($0)) }
        case .indicator(let id): return index.indicators[id].map { .indicator(indicator($0)) }
        case .program(let id): return index.programs[id].map { .program(program($0)) }
        case .document(let id): return index.documents[id].map { .document(document($0)) }
        case .agency(let id): return index.agencies[id].map { .agency(agency($0)) }
        case .task(let id): return index.data.tasks.first { $0.id == id }.map { .task(taskPage($0)) }
        case .report(let year): return .report(report(year))
        case .list(let list): return .list(self.list(list))
        }
    }

    /// Whether the record's page shows figures marked illustrative.
    func showsIllustrative(_ record: PageRecord) -> Bool {
        switch record {
        case .area(let key): return index.illustrativeAreas.contains(key)
        case .heritage(let id): return index.data.heritage.contains { $0.id == id && $0.illustrative }
        case .indicator(let id): return index.illustrativeIndicators.contains(id)
        case .report: return index.hasIllustrativeFigures || index.hasIllustrativeTasks
        case .agency(let id): return index.data.tasks.contains { ($0.lead == id || $0.partners.contains(id)) && $0.illustrative }
        case .document(let id): return index.data.tasks.contains { $0.source == id && $0.illustrative }
        case .task(let id): return index.data.tasks.contains { $0.id == id && $0.illustrative }
        case .list(let list): return list == .tasks && index.hasIllustrativeTasks
                || list == .heritage && index.data.heritage.contains { $0.illustrative }
        case .program: return false
        }
    }

    // MARK: - Shared by every page kind

    func name(_ vi: String, _ en: String?) -> String { language == .en ? (en ?? vi) : vi }

    /// Derived figures and missing ones, explained in one line each.
    var notes: FigureNotes { FigureNotes(index: index, language: language, overrides: strings) }

    /// An area's name in the page's language (`name_en` of areas.csv where
    /// there is one), or its code when the area is unknown.
    func areaName(_ key: AreaKey) -> String {
        index.areas[key]?.name(language) ?? key.code
    }

    func unit(_ indicator: Indicator) -> ValueUnit { ValueUnit(rawValue: indicator.unit.rawValue) ?? .number }

    func format(_ value: Double, _ indicator: Indicator) -> String {
        VietnameseNumber.value(value, unit: unit(indicator), precision: indicator.precision, language: language)
    }

    /// A number templates can reformat (`{{number(figure)}}`, `{{rounded(figure)}}`).
    func number(_ value: Double, _ indicator: Indicator) -> TemplateNumber {
        TemplateNumber(value, unit: unit(indicator), precision: indicator.precision, language: language)
    }
}
