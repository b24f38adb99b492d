/// Messages about what is written beside the pages (`MB5xxx`): the
/// open-data page and bundle, the 404 page; `MB511x` the output folder;
/// `MB52xx` printing a page to PDF; `MB53xx` the search page.
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
    // Printing a page to PDF (minhbach pdf).
    case chromiumNotFound = 201
    case chromiumNotAtChosenPath = 202
    case printFontMissing = 203
    case printScratchFailed = 204
    case pdfNotWritten = 205
    case printPageUnknown = 206
    case printPageUnknownReports = 207
    case pdfOutputIsAFolder = 208
    case pdfOutputFolderMissing = 209
    case printPageNotWritten = 210
    case chromiumTimedOut = 211
    case chromiumDidNotStart = 212
    case chromiumFailed = 213
    case chromiumFailedSaying = 214
    // The search page.
    case searchPageTaken = 301

    public static let area = MessageArea.publish
    public var number: Int { rawValue }

    public var entry: MessageEntry {
        switch self {
        case .chromiumNotFound:
            return MessageEntry(
                .error, title: .text(vi: "Không tìm thấy Chromium", en: "Chromium not found"),
                message: .text(vi: "Không tìm thấy Chromium (đã tìm {names} trong PATH)",
                               en: "Chromium was not found (looked for {names} on PATH)"),
                hint: .installChromium,
                example: [MessageArgument("names", "chromium, chromium-browser, google-chrome"), MessageArgument("variable", "MINHBACH_CHROMIUM")],
                explanation: .printing)
        case .chromiumNotAtChosenPath:
            return MessageEntry(
                .error, title: .text(vi: "Không có Chromium ở đường dẫn đã chọn", en: "No Chromium at the chosen path"),
                message: .text(vi: "Không tìm thấy Chromium ở '{path}' (do {variable} chỉ định)",
                               en: "Chromium was not found at '{path}' (set by {variable})"),
                hint: .installChromium,
                example: [MessageArgument("path", "/opt/chromium/chrome"), MessageArgument("variable", "MINHBACH_CHROMIUM")],
                explanation: .printing)
        case .printFontMissing:
            return MessageEntry(
                .warning, title: .text(vi: "Thiếu phông chữ để in", en: "A print font not installed"),
                message: .text(vi: "Phông chữ in {family} 2 chưa được cài: chữ tiếng Việt sẽ được in bằng một phông khác",
                               en: "the print font {family} 2 is not installed: Vietnamese letters will be printed in another font"),
                hint: .text(vi: "Hãy cài phông bằng lệnh 'sudo apt-get install {package}' (Debian, Ubuntu)",
                            en: "install it with 'sudo apt-get install {package}' (Debian, Ubuntu)"),
                example: [MessageArgument("family", "Liberation Serif"), MessageArgument("package", "fonts-liberation2")],
                explanation: .text(
                    vi: "Bản in dùng phông Liberation Serif 2, có đủ dấu tiếng Việt. Nếu máy không có phông này, Chromium in bằng một phông khác, có thể sai hoặc thiếu dấu.",
                    en: "The printed page uses Liberation Serif 2, which has every Vietnamese letter. Without it Chromium prints in another font, whose diacritics may be wrong or missing."))
        case .printScratchFailed:
            return MessageEntry(
                .error, title: .text(vi: "Không tạo được thư mục tạm để in", en: "No temporary folder for printing"),
                message: .text(vi: "Không tạo được thư mục tạm: {detail}", en: "cannot create a temporary folder: {detail}"),
                example: [MessageArgument("detail", "No space left on device")],
                explanation: .printing)
        case .pdfNotWritten:
            return MessageEntry(
                .error, title: .text(vi: "Không ghi được tệp PDF", en: "The PDF cannot be written"),
                message: .text(vi: "Không ghi được tệp PDF: {detail}", en: "cannot write the PDF: {detail}"),
                example: [MessageArgument("detail", "Permission denied")],
                explanation: .printing)
        case .printPageUnknown:
            return MessageEntry(
                .error, title: .text(vi: "Trang cần in không có trong trang web", en: "A page to print the site does not have"),
                message: .text(vi: "Trang web không có trang {path}", en: "the site has no page {path}"),
                hint: .text(vi: "Hãy ghi đường dẫn của trang như trong địa chỉ của nó, ví dụ {address}",
                            en: "give the path of a page as in its address, e.g. {address}"),
                example: [MessageArgument("path", "/bao-cao/2030/"), MessageArgument("address", "/bao-cao/2025/")],
                explanation: .printing)
        case .printPageUnknownReports:
            return MessageEntry(
                .error, title: .text(vi: "Báo cáo cần in không có trong trang web", en: "A report to print the site does not have"),
                message: .text(vi: "Trang web không có trang {path}", en: "the site has no page {path}"),
                hint: .text(vi: "Các báo cáo năm của trang web: {reports}", en: "yearly reports of this site: {reports}"),
                example: [MessageArgument("path", "/bao-cao/2030/"), MessageArgument("reports", "/bao-cao/2024/, /en/bao-cao/2024/")],
                explanation: .printing)
        case .pdfOutputIsAFolder:
            return MessageEntry(
                .error, title: .text(vi: "Tệp PDF xuất ra là một thư mục", en: "A PDF output that is a folder"),
                message: .text(vi: "Đường dẫn xuất là một thư mục", en: "the output is a folder"),
                hint: .text(vi: "Hãy ghi tên một tệp, ví dụ --output bao-cao-2025.pdf", en: "give a file name, e.g. --output bao-cao-2025.pdf"),
                explanation: .printing)
        case .pdfOutputFolderMissing:
            return MessageEntry(
                .error, title: .text(vi: "Thư mục của tệp PDF không có", en: "The PDF's folder missing"),
                message: .text(vi: "Thư mục chứa tệp xuất không tồn tại", en: "the folder of the output does not exist"),
                hint: .text(vi: "Hãy tạo thư mục đó trước, hoặc ghi tệp PDF vào chỗ khác", en: "create it first, or write the PDF elsewhere"),
                explanation: .printing)
        case .printPageNotWritten:
            return MessageEntry(
                .error, title: .text(vi: "Không ghi được trang cần in", en: "The page to print cannot be written"),
                message: .text(vi: "Không ghi được trang cần in: {detail}", en: "cannot write the page to print: {detail}"),
                example: [MessageArgument("detail", "No space left on device")],
                explanation: .printing)
        case .chromiumTimedOut:
            return MessageEntry(
                .error, title: .text(vi: "Chromium in quá lâu", en: "Chromium printing too long"),
                message: .text(vi: "Chromium chưa in xong sau {duration} và đã bị dừng",
                               en: "Chromium did not finish printing within {duration} and was stopped"),
                hint: .text(vi: "Hãy cho thêm thời gian bằng --timeout {longer}", en: "give it longer with --timeout {longer}"),
                example: [MessageArgument("duration", .text(vi: "60 giây", en: "60 seconds")), MessageArgument("longer", "120")],
                explanation: .printing)
        case .chromiumDidNotStart:
            return MessageEntry(
                .error, title: .text(vi: "Không chạy được Chromium", en: "Chromium cannot be started"),
                message: .text(vi: "Không chạy được {program}: {detail}", en: "cannot start {program}: {detail}"),
                hint: .text(vi: "Hãy kiểm tra đó là một Chromium chạy được, hoặc đặt {variable} chỉ tới một Chromium khác",
                            en: "check that it is a working Chromium, or set {variable} to another one"),
                example: [MessageArgument("program", "/usr/bin/chromium"), MessageArgument("detail", "Permission denied"),
                          MessageArgument("variable", "MINHBACH_CHROMIUM")],
                explanation: .printing)
        case .chromiumFailed:
            return MessageEntry(
                .error, title: .text(vi: "Chromium không in ra PDF", en: "Chromium writing no PDF"),
                message: .text(vi: "Chromium ({program}) {ending} và không ghi ra tệp PDF nào",
                               en: "Chromium ({program}) {ending} and wrote no PDF"),
                example: [MessageArgument("program", "/usr/bin/chromium"),
                          MessageArgument("ending", .text(vi: "kết thúc với mã 1", en: "ended with status 1"))],
                explanation: .printing)
        case .chromiumFailedSaying:
            return MessageEntry(
                .error, title: .text(vi: "Chromium báo lỗi và không in ra PDF", en: "Chromium saying why it wrote no PDF"),
                message: .text(vi: "Chromium ({program}) {ending} và không ghi ra tệp PDF nào",
                               en: "Chromium ({program}) {ending} and wrote no PDF"),
                hint: .text(vi: "Chromium báo: {said}", en: "it said: {said}"),
                example: [MessageArgument("program", "/usr/bin/chromium"),
                          MessageArgument("ending", .text(vi: "bị dừng bởi tín hiệu 9", en: "was stopped by signal 9")),
                          MessageArgument("said", "Trace/breakpoint trap")],
                explanation: .printing)
        case .searchPageTaken:
            return MessageEntry(
                .warning, title: .text(vi: "Một trang chiếm địa chỉ của trang tìm kiếm", en: "A page at the search page's address"),
                message: .text(vi: "Trang ở /{path} chiếm địa chỉ của trang tìm kiếm; trang web không có trang tìm kiếm bằng '{language}'",
                               en: "the page at /{path} takes the search page's address; the site has no search page in '{language}'"),
                hint: .text(vi: "Hãy chuyển trang đó sang chỗ khác, hoặc xoá nó để có lại trang tìm kiếm",
                            en: "move the page, or remove it to get the search page back"),
                example: [MessageArgument("path", "tim-kiem/"), MessageArgument("language", "vi")],
                explanation: .text(
                    vi: "Mỗi ngôn ngữ của trang web có một trang tìm kiếm ở tim-kiem/ dưới trang chủ của ngôn ngữ đó. Một trang của trang web đã ở địa chỉ này, nên trang tìm kiếm không được tạo; trang của bạn được giữ nguyên.",
                    en: "Each language of the site has a search page at tim-kiem/ below its home page. A page of the site is at that address already, so no search page is written; your page is kept."))
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
    static let installChromium = LocalizedText(
        vi: "Tệp PDF được in bằng Chromium chạy ẩn: hãy cài bằng lệnh 'sudo apt-get install chromium fonts-liberation2' (Debian, Ubuntu), hoặc đặt {variable} là đường dẫn tới Chromium hay Google Chrome",
        en: "the PDF is printed by headless Chromium: install it with 'sudo apt-get install chromium fonts-liberation2' (Debian, Ubuntu), or set {variable} to the path of Chromium or Google Chrome")
    static let printing = LocalizedText(
        vi: "Lệnh minhbach pdf dựng trang web vào một thư mục tạm rồi nhờ Chromium (chạy ẩn, không mở cửa sổ) in một trang ra tệp PDF. Khi không in được, không có tệp PDF nào được ghi.",
        en: "minhbach pdf builds the site into a temporary folder and has headless Chromium print one page to a PDF file. When printing fails, no PDF is written.")
    static let outputFolder = LocalizedText(
        vi: "Mỗi lần dựng, MinhBạch thay toàn bộ thư mục xuất bằng bản mới. Để không xoá nhầm tệp nguồn hay tệp khác, nó chỉ thay một thư mục do chính nó tạo ra và nằm ngoài các tệp của trang web.",
        en: "Each build replaces the whole output folder with the new one. So that no source or unrelated file is deleted, it replaces only a folder it made itself, outside the site's own files.")
}
