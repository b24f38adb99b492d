import MinhBachData
import MinhBachText

/// Where pages of records are, so components can link to them. The build
/// implements it from its page plan; nil means the record has no page.
public protocol PageLinks: Sendable {
    func url(area: AreaKey, language: Language) -> String?
    func url(indicator: String, language: Language) -> String?
    func url(document: String, language: Language) -> String?
    func url(agency: String, language: Language) -> String?
}

/// What a component can see: the data, the page it is on, the language.
public struct ComponentEnvironment: Sendable {
    public var index: DataIndex
    public var language: Language
    /// The reporting year (`year:` of site.yaml): the default year.
    public var year: Int
    /// "Today" for overdue tasks (`as_of:` of site.yaml).
    public var asOf: CalendarDate
    /// The area of the page (`this`), on area pages.
    public var thisArea: AreaKey?
    public var links: any PageLinks
    /// Interface strings of the language (templates/i18n/<lang>.yaml).
    public var strings: [String: String]
    /// False when only the problems are wanted (`check`): charts are then
    /// checked against the data but their SVG is not drawn, which is most
    /// of a chart's cost and cannot fail.
    public var drawsCharts = true

    public init(index: DataIndex, language: Language, year: Int, asOf: CalendarDate, thisArea: AreaKey?,
                links: any PageLinks, strings: [String: String]) {
        self.index = index
        self.language = language
        self.year = year
        self.asOf = asOf
        self.thisArea = thisArea
        self.links = links
        self.strings = strings
    }
}
