/// Messages about the theme and the rendering of pages (`MB4xxx`): `MB41xx`
/// the theme's files, `MB42xx` rendering pages with them.
public enum TemplateMessage: Int, MessageCatalogue {
    // The theme's files.
    case templateNotUTF8 = 101
    case pageTemplateMissing = 102
    case themeUnreadable = 103
    case layoutMissing = 104
    case templateUnparsable = 105
    case closingTagMismatch = 106
    case tagNotClosed = 107
    case sectionNotClosed = 108
    case invalidDelimiter = 109
    case invalidInheritance = 110
    case invalidConfigTag = 111
    case partialMissing = 112
    case partialIncludesItself = 113
    case stringsNotUTF8 = 114
    case stringsNotKeyText = 115
    case stringNotTextOrPlural = 116
    case stringNotText = 117
    // Rendering pages.
    case cannotRenderPage = 201
    case rawHTMLBlockRemoved = 202
    case rawHTMLTagRemoved = 203

    public static let area = MessageArea.render
    public var number: Int { rawValue }

    public var entry: MessageEntry {
        switch self {
        case .templateNotUTF8:
            return MessageEntry(
                .error, title: .text(vi: "Tệp giao diện không phải văn bản UTF-8", en: "A template that is not UTF-8 text"),
                message: .text(vi: "Tệp giao diện này không phải văn bản UTF-8", en: "the template is not UTF-8 text"),
                hint: .text(vi: "Hãy mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8", en: "open it in an editor and save it as UTF-8"),
                explanation: .text(
                    vi: "Các tệp trong thư mục templates/ được đọc bằng bảng mã UTF-8. Tệp không đọc được sẽ bị bỏ qua và phần tương ứng của giao diện có sẵn được dùng thay.",
                    en: "The files in templates/ are read as UTF-8. A file that cannot be read is skipped, and the built-in theme's one is used instead."))
        case .themeUnreadable: return .themeUnreadable
        case .layoutMissing: return .layoutMissing
        case .templateUnparsable: return .templateUnparsable
        case .closingTagMismatch: return .closingTagMismatch
        case .tagNotClosed: return .tagNotClosed
        case .sectionNotClosed: return .sectionNotClosed
        case .invalidDelimiter: return .invalidDelimiter
        case .invalidInheritance: return .invalidInheritance
        case .invalidConfigTag: return .invalidConfigTag
        case .partialMissing: return .partialMissing
        case .partialIncludesItself: return .partialIncludesItself
        case .stringsNotUTF8: return .stringsNotUTF8
        case .stringsNotKeyText: return .stringsNotKeyText
        case .stringNotTextOrPlural: return .stringNotTextOrPlural
        case .stringNotText: return .stringNotText
        case .cannotRenderPage: return .cannotRenderPage
        case .rawHTMLBlockRemoved: return .rawHTMLBlockRemoved
        case .rawHTMLTagRemoved: return .rawHTMLTagRemoved
        case .pageTemplateMissing:
            return MessageEntry(
                .error, title: .text(vi: "Giao diện thiếu một mẫu trang", en: "A page template missing from the theme"),
                message: .text(vi: "Giao diện không có mẫu trang '{template}'", en: "the theme has no page template '{template}'"),
                hint: .text(vi: "Hãy tạo tệp templates/pages/{template}.md", en: "create templates/pages/{template}.md"),
                example: [MessageArgument("template", "area")],
                explanation: .text(
                    vi: "Các trang sinh từ dữ liệu (trang xã, trang chỉ tiêu…) được viết theo một mẫu trang trong templates/pages/. Nếu giao diện riêng của trang web thiếu mẫu đó, các trang này không được tạo.",
                    en: "Pages made from data (area pages, indicator pages…) are written from a page template in templates/pages/. If the site's own theme lacks it, those pages are not written."))
        }
    }
}
