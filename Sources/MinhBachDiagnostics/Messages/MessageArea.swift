/// The first digit of a code says which part of the program found the
/// problem, so that `MB2xxx` reads as "a data table" at a glance.
public enum MessageArea: Int, CaseIterable, Sendable {
    /// site.yaml, pages and their front matter, text encodings.
    case content = 1
    /// Data tables: CSV, TSV, YAML, JSON and Excel workbooks, their checks.
    case data = 2
    /// Components and charts on a page.
    case components = 3
    /// Templates and rendering.
    case render = 4
    /// The written site: open data, search, resources, print.
    case publish = 5
    /// Links and the preview server.
    case links = 6
    /// The command line itself.
    case commandLine = 7

    public var title: LocalizedText {
        switch self {
        case .content: return .text(vi: "Cấu hình và nội dung trang", en: "Site settings and pages")
        case .data: return .text(vi: "Bảng dữ liệu", en: "Data tables")
        case .components: return .text(vi: "Thành phần và biểu đồ", en: "Components and charts")
        case .render: return .text(vi: "Giao diện và dựng trang", en: "Templates and rendering")
        case .publish: return .text(vi: "Xuất bản", en: "Publishing")
        case .links: return .text(vi: "Liên kết và xem trước", en: "Links and preview")
        case .commandLine: return .text(vi: "Dòng lệnh", en: "Command line")
        }
    }
}

/// One area's messages: a `CaseIterable` enum whose `entry` switch is
/// exhaustive, so that a new case does not compile without its wording.
public protocol MessageCatalogue: CaseIterable, Hashable, Sendable where AllCases == [Self] {
    static var area: MessageArea { get }
    /// The last three digits of the code, unique in the area and never
    /// reused once published: a code is how people search for a message.
    var number: Int { get }
    var entry: MessageEntry { get }
}
