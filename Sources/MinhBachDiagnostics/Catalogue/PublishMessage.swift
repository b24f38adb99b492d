/// Messages about what is written beside the pages (`MB5xxx`): the
/// open-data page and bundle, the 404 page; `MB511x` the output folder.
public enum PublishMessage: Int, MessageCatalogue {
    case layoutMissing = 101
    case licenceNotAGroup = 102
    case bundleFailed = 103
    case openDataPageTaken = 104
    // The output folder.
    case outputHoldsTheSite = 111
    case outputInsideInput = 112
    case outputNotAFolder = 113
    case outputNotMadeByMinhBach = 114

    public static let area = MessageArea.publish
    public var number: Int { rawValue }

    public var entry: MessageEntry {
        switch self {
        case .layoutMissing:
            return MessageEntry(
                .warning, title: .text(vi: "Giao diện thiếu một bố cục", en: "A layout missing from the theme"),
                message: .text(vi: "Giao diện không có bố cục '{layout}'; {consequence}",
                               en: "the theme has no '{layout}' layout; {consequence}"),
                hint: .text(vi: "Hãy thêm templates/layouts/{layout}.mustache (giao diện có sẵn có tệp này)",
                            en: "add templates/layouts/{layout}.mustache (the built-in theme has one)"),
                example: [MessageArgument("layout", "404"), MessageArgument("consequence", .text(vi: "trang 404.html không được tạo", en: "no 404.html is written"))],
                explanation: .text(
                    vi: "Một giao diện riêng (thư mục templates/) thay cho giao diện có sẵn. Các trang mà giao diện đó không có bố cục sẽ không được tạo; phần còn lại của trang web vẫn được dựng.",
                    en: "A theme of the site's own (templates/) replaces the built-in one. Pages whose layout it lacks are not written; the rest of the site is built."))
        case .licenceNotAGroup:
            return MessageEntry(
                .warning, title: .text(vi: "Giấy phép dữ liệu viết sai", en: "A data licence written wrongly"),
                message: .text(vi: "Mục 'license' phải là một nhóm có 'name' (và 'url'); giấy phép dữ liệu không được hiển thị",
                               en: "'license' must be a group with 'name' (and 'url'); the data licence is not shown"),
                hint: .text(vi: "Hãy viết 'license: {licence}'", en: "write 'license: {licence}'"),
                example: [MessageArgument("licence", "{name: \"CC BY 4.0\", url: \"https://creativecommons.org/licenses/by/4.0/\"}")],
                explanation: .text(
                    vi: "Giấy phép được ghi trên trang Dữ liệu mở và trong tệp README của gói dữ liệu, để người dùng biết được phép dùng lại dữ liệu thế nào.",
                    en: "The licence is shown on the open-data page and in the bundle's README, so that readers know how they may reuse the data."))
        case .bundleFailed:
            return MessageEntry(
                .error, title: .text(vi: "Không tạo được gói dữ liệu", en: "The data bundle cannot be made"),
                message: .text(vi: "Không tạo được gói dữ liệu: {detail}", en: "cannot make the data bundle: {detail}"),
                example: [MessageArgument("detail", "unwritableArchive")],
                explanation: .text(
                    vi: "Gói dữ liệu (du-lieu/minhbach-du-lieu.zip) được tạo trong bộ nhớ; lỗi này thường do máy hết bộ nhớ.",
                    en: "The data bundle (du-lieu/minhbach-du-lieu.zip) is made in memory; this usually means the machine ran out of memory."))
        case .outputHoldsTheSite:
            return MessageEntry(
                .error, title: .text(vi: "Thư mục xuất chứa chính trang web", en: "An output folder holding the site"),
                message: .text(vi: "Thư mục xuất chứa các tệp của chính trang web", en: "the output folder contains the site's own files"),
                hint: .text(vi: "Hãy chọn một thư mục xuất riêng, ví dụ --output site-out", en: "choose an output folder of its own, e.g. --output site-out"),
                explanation: .outputFolder)
        case .outputInsideInput:
            return MessageEntry(
                .error, title: .text(vi: "Thư mục xuất nằm trong thư mục nguồn", en: "An output folder inside the input"),
                message: .text(vi: "Thư mục xuất nằm trong thư mục {input}/ của trang web", en: "the output folder is inside the site's {input}/ folder"),
                hint: .text(vi: "Hãy chọn một thư mục bên ngoài, ví dụ site-out", en: "choose a folder outside it, e.g. site-out"),
                example: [MessageArgument("input", "content")], explanation: .outputFolder)
        case .outputNotAFolder:
            return MessageEntry(
                .error, title: .text(vi: "Đường dẫn xuất không phải thư mục", en: "An output path that is not a folder"),
                message: .text(vi: "Đường dẫn xuất đã có và không phải một thư mục", en: "the output path exists and is not a folder"),
                hint: .text(vi: "Hãy xoá nó hoặc chọn --output khác", en: "remove it or choose another --output"),
                explanation: .outputFolder)
        case .outputNotMadeByMinhBach:
            return MessageEntry(
                .error, title: .text(vi: "Thư mục xuất không do MinhBạch tạo", en: "An output folder MinhBạch did not make"),
                message: .text(vi: "Thư mục xuất đã có và không do MinhBạch tạo ra; nó sẽ không bị thay thế",
                               en: "the output folder exists and was not made by MinhBạch; it will not be replaced"),
                hint: .text(vi: "Hãy tự xoá thư mục đó hoặc chọn --output khác", en: "remove it yourself or choose another --output"),
                explanation: .outputFolder)
        case .openDataPageTaken:
            return MessageEntry(
                .warning, title: .text(vi: "Trang riêng ở địa chỉ của trang Dữ liệu mở", en: "A page of the site's own at the open-data page's address"),
                message: .text(vi: "Trang này nằm ở địa chỉ {address}, địa chỉ của trang Dữ liệu mở, nên trang Dữ liệu mở không được tạo (các tệp dữ liệu vẫn được xuất bản)",
                               en: "this page is at {address}, the open-data page's address, so no open-data page is generated (the data files are still published)"),
                hint: .text(vi: "Nếu trang này thay cho trang Dữ liệu mở, hãy dẫn liên kết tới {workbook} và {bundle}; nếu không, hãy chuyển trang sang thư mục khác",
                            en: "if this page replaces the open-data page, link it to {workbook} and {bundle}; if not, move it to another folder"),
                example: [MessageArgument("address", "/du-lieu/"), MessageArgument("workbook", "/du-lieu/minhbach-du-lieu.xlsx"),
                          MessageArgument("bundle", "/du-lieu/minhbach-du-lieu.zip")],
                explanation: .text(
                    vi: "Mỗi trang web có dữ liệu đều có trang Dữ liệu mở ở du-lieu/ (và en/du-lieu/), được liên kết từ chân mọi trang. Một trang do cơ quan tự viết ở cùng địa chỉ được giữ nguyên, và người đọc không còn thấy danh sách các tệp dữ liệu trừ khi trang đó liên kết tới chúng.",
                    en: "Every site with data has an open-data page at du-lieu/ (and en/du-lieu/), linked from every page's footer. A page the office wrote at the same address is kept, and readers no longer see the list of data files unless that page links to them."))
        }
    }
}

extension LocalizedText {
    static let outputFolder = LocalizedText(
        vi: "Mỗi lần dựng, MinhBạch thay toàn bộ thư mục xuất bằng bản mới. Để không xoá nhầm tệp nguồn hay tệp khác, nó chỉ thay một thư mục do chính nó tạo ra và nằm ngoài các tệp của trang web.",
        en: "Each build replaces the whole output folder with the new one. So that no source or unrelated file is deleted, it replaces only a folder it made itself, outside the site's own files.")
}
