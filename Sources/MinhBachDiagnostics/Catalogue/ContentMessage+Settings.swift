/// The entries of `MB1208`–`MB1215` (site.yaml's keys), `MB1108` (UTF-16
/// text) and `MB1404`–`MB1407` (files that are not text, the content folder),
/// named in `ContentMessage.entry`.
extension MessageEntry {
    static let siteConfigNotAMap = MessageEntry(
        .error, title: .text(vi: "site.yaml không phải các dòng 'khóa: giá trị'", en: "A site.yaml that is not 'key: value' lines"),
        message: .text(vi: "Tệp site.yaml phải gồm các dòng 'khóa: giá trị'", en: "site.yaml must be a list of 'key: value' lines"),
        hint: .text(vi: "Hãy bắt đầu bằng 'title: Tên trang' và 'base_url: https://example.gov.vn/'",
                    en: "start with 'title: Tên trang' and 'base_url: https://example.gov.vn/'"),
        explanation: .siteSettings)
    static let siteSettingNotText = MessageEntry(
        .error, title: .text(vi: "Thiết lập phải là chữ", en: "A setting that must be text"),
        message: .text(vi: "Mục '{key}' phải là chữ", en: "'{key}' must be text"),
        example: [MessageArgument("key", "title")],
        explanation: .siteSettings)
    static let baseURLNotAbsolute = MessageEntry(
        .error, title: .text(vi: "base_url không phải địa chỉ đầy đủ", en: "A base_url that is not an absolute URL"),
        message: .text(vi: "Mục base_url '{url}' không phải một địa chỉ đầy đủ", en: "base_url '{url}' is not an absolute URL"),
        hint: .text(vi: "Hãy viết địa chỉ nơi trang web được công bố, ví dụ 'https://minhbach.example.gov.vn/'",
                    en: "write the address the site is published at, e.g. 'https://minhbach.example.gov.vn/'"),
        example: [MessageArgument("url", "minhbach.example.gov.vn")],
        explanation: .text(vi: "Địa chỉ gốc đứng trước mọi liên kết của trang web, nên phải bắt đầu bằng http://, https:// hoặc /.",
                           en: "The base address comes before every link of the site, so it must start with http://, https:// or /."))
    static let markdownSettingWrong = MessageEntry(
        .error, title: .text(vi: "Mục 'markdown' viết sai", en: "A 'markdown' setting written wrongly"),
        message: .text(vi: "Mục 'markdown' phải là một nhóm có 'raw_html: true' hoặc 'raw_html: false'",
                       en: "'markdown' must be a group with 'raw_html: true' or 'raw_html: false'"),
        explanation: .text(vi: "Nhóm 'markdown' với dòng 'raw_html: true' cho phép viết HTML trong các trang; mặc định là không.",
                           en: "A 'markdown' group with the line 'raw_html: true' lets pages contain HTML; by default they may not."))
    static let siteHasNoTitle = MessageEntry(
        .error, title: .text(vi: "site.yaml chưa có 'title'", en: "A site.yaml without 'title'"),
        message: .text(vi: "Tệp site.yaml chưa có 'title'", en: "site.yaml has no 'title'"),
        hint: .text(vi: "Hãy thêm một dòng như 'title: Cổng thông tin minh bạch'", en: "add a line such as 'title: Cổng thông tin minh bạch'"),
        explanation: .siteSettings)
    static let unsafeLinkAddress = MessageEntry(
        .error, title: .text(vi: "Địa chỉ không dùng được làm liên kết", en: "An address a link may not point to"),
        message: .text(vi: "Địa chỉ '{url}' không được dùng làm liên kết", en: "'{url}' is not an address a link may point to"),
        hint: .text(vi: "Hãy viết một đường dẫn trong trang web ('/van-ban/') hoặc một địa chỉ bắt đầu bằng https:// hay mailto:",
                    en: "write a path on this site ('/van-ban/') or an address starting with https:// or mailto:"),
        example: [MessageArgument("url", "javascript:alert(1)")],
        explanation: .text(vi: "Liên kết của menu và của giấy phép chỉ được trỏ tới trang web này, tới http(s):// hoặc mailto:; một địa chỉ 'javascript:' sẽ chạy mã lệnh khi người đọc bấm vào.",
                           en: "Menu and license links may point only to this site, to http(s):// or to mailto:; a 'javascript:' address would run code when a reader clicks it."))
    static let menuNotAList = MessageEntry(
        .error, title: .text(vi: "Mục 'menu' không phải danh sách", en: "A 'menu' that is not a list"),
        message: .text(vi: "Mục 'menu' phải là một danh sách các mục có 'title' và 'url'", en: "'menu' must be a list of entries with 'title' and 'url'"),
        explanation: .menu)
    static let menuEntryIncomplete = MessageEntry(
        .error, title: .text(vi: "Mục menu thiếu 'title' hoặc 'url'", en: "A menu entry without 'title' or 'url'"),
        message: .text(vi: "Mỗi mục của menu cần có 'title' và 'url'", en: "a menu entry needs 'title' and 'url'"),
        hint: .text(vi: "Hãy viết '- {example}'", en: "write '- {example}'"),
        example: [MessageArgument("example", "{title: Văn bản, url: /van-ban/}")],
        explanation: .menu)

    static let fileIsUTF16 = MessageEntry(
        .error, title: .text(vi: "Tệp văn bản UTF-16", en: "A file in UTF-16"),
        message: .text(vi: "Tệp là văn bản UTF-16 ('Unicode' trong Notepad và Excel), không phải UTF-8",
                       en: "the file is UTF-16 text ('Unicode' in Notepad and Excel), not UTF-8"),
        hint: .text(vi: "Hãy lưu lại tệp với bảng mã 'UTF-8' (trong Excel: 'CSV UTF-8 (Comma delimited)')",
                    en: "save it again with the encoding 'UTF-8' (in Excel: 'CSV UTF-8 (Comma delimited)')"),
        explanation: .text(vi: "Notepad và Excel gọi UTF-16 là 'Unicode'. MinhBạch đọc văn bản UTF-8, bảng mã chứa được mọi chữ tiếng Việt.",
                           en: "Notepad and Excel call UTF-16 'Unicode'. MinhBạch reads UTF-8 text, the encoding that holds every Vietnamese letter."))

    static let fileNotText = MessageEntry(
        .error, title: .text(vi: "Tệp không phải văn bản", en: "A file that is not text"),
        message: .fileNotText, hint: .text(vi: "Hãy lưu tệp thành văn bản UTF-8", en: "save it as UTF-8 text"),
        example: [MessageArgument("kind", .text(vi: "một tài liệu PDF", en: "a PDF document"))],
        explanation: .fileNotTextExplanation)
    static let tableFileNotText = MessageEntry(
        .error, title: .text(vi: "Tệp CSV không phải văn bản", en: "A CSV file that is not text"),
        message: .fileNotText,
        hint: .text(vi: "Hãy mở trang tính trong Excel, chọn 'Save As' với kiểu 'CSV UTF-8 (Comma delimited)'",
                    en: "in Excel, save the sheet with 'Save As' and the type 'CSV UTF-8 (Comma delimited)'"),
        example: [MessageArgument("kind", .text(vi: "một tệp nén ZIP, như tệp Excel (.xlsx) hoặc Word (.docx)",
                                                en: "a ZIP archive, such as an Excel (.xlsx) or Word (.docx) file"))],
        explanation: .fileNotTextExplanation)
    static let markdownFileNotText = MessageEntry(
        .error, title: .text(vi: "Tệp .md không phải văn bản", en: "A .md file that is not text"),
        message: .fileNotText,
        hint: .text(vi: "Tệp .md phải là văn bản Markdown; hãy để hình ảnh hoặc tài liệu giữ đuôi của nó (.png, .pdf, .docx) rồi liên kết tới tệp đó",
                    en: "a .md file must be Markdown text; give a picture or document its own extension (.png, .pdf, .docx) and link to it"),
        example: [MessageArgument("kind", .text(vi: "một hình ảnh", en: "a picture"))],
        explanation: .fileNotTextExplanation)
    static let noContentFolder = MessageEntry(
        .error, title: .text(vi: "Không có thư mục content", en: "No content folder"),
        message: .text(vi: "Thư mục trang web không có thư mục 'content'", en: "no 'content' folder in the site folder"),
        hint: .text(vi: "Hãy chạy minhbach trong thư mục trang web, hoặc chỉ ra thư mục đó bằng --source DIR",
                    en: "run minhbach in a site folder, or pass it with --source DIR"),
        explanation: .text(vi: "Một trang web MinhBạch là một thư mục có thư mục con content/ chứa site.yaml, các trang và dữ liệu.",
                           en: "A MinhBạch site is a folder whose content/ folder holds site.yaml, the pages and the data."))
}

extension LocalizedText {
    static let siteSettings = LocalizedText(
        vi: "Tệp content/site.yaml gồm các dòng 'khóa: giá trị' đặt tên (title), địa chỉ (base_url), ngôn ngữ và menu của trang web (xem docs/TEMPLATES.md).",
        en: "content/site.yaml is 'key: value' lines setting the site's title, address (base_url), language and menu (see docs/TEMPLATES.md).")
    static let menu = LocalizedText(
        vi: "Mục 'menu' của site.yaml là danh sách các mục của thanh điều hướng, mỗi mục có tiêu đề (title) và địa chỉ (url); không có 'menu' thì các mục cấp đầu được dùng.",
        en: "site.yaml's 'menu' lists the entries of the navigation bar, each with a title and a url; without 'menu' the top-level sections are used.")
    static let fileNotText = LocalizedText(vi: "Tệp là {kind}, không phải văn bản", en: "the file is {kind}, not text")
    static let fileNotTextExplanation = LocalizedText(
        vi: "Trang (.md) và bảng dữ liệu dạng chữ (.csv, .yaml, .json) phải là văn bản. Tệp này được nhận ra theo các byte đầu: một bảng tính, tài liệu hay hình ảnh bị đặt nhầm đuôi.",
        en: "Pages (.md) and text data tables (.csv, .yaml, .json) must be text. The file is recognised by its first bytes: a workbook, document or picture given the wrong extension.")
}
