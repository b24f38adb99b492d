/// The entries of `MB1503`–`MB1510` (a page's front matter) and
/// `MB1511`–`MB1520` (planning the pages: layouts, URLs, titles), named in
/// `ContentMessage.entry`.
extension MessageEntry {
    static let frontMatterNotClosed = MessageEntry(
        .error, title: .text(vi: "Phần đầu trang không được đóng", en: "Front matter never closed"),
        message: .text(vi: "Phần đầu trang (front matter) mở bằng '---' nhưng không có dòng '---' đóng lại",
                       en: "front matter starts with '---' but is never closed"),
        hint: .text(vi: "Hãy thêm một dòng chỉ có '---' sau khóa cuối cùng của phần đầu trang",
                    en: "add a line with only '---' after the last front-matter key"),
        explanation: .frontMatter)
    static let frontMatterNotAMap = MessageEntry(
        .error, title: .text(vi: "Phần đầu trang không phải các dòng 'khóa: giá trị'", en: "Front matter that is not 'key: value' lines"),
        message: .text(vi: "Phần đầu trang phải gồm các dòng 'khóa: giá trị'", en: "front matter must be a list of 'key: value' lines"),
        hint: .text(vi: "Hãy viết, ví dụ, 'title: Báo cáo năm 2024'", en: "write for example 'title: Báo cáo năm 2024'"),
        explanation: .frontMatter)
    static let frontMatterNotText = MessageEntry(
        .error, title: .text(vi: "Khóa của phần đầu trang phải là chữ", en: "A front-matter key that must be text"),
        message: .text(vi: "Mục '{key}' phải là chữ, nhưng đang là {found}", en: "'{key}' must be text, found {found}"),
        example: [MessageArgument("key", "description"), MessageArgument("found", .text(vi: "một danh sách", en: "a list"))],
        explanation: .frontMatter)
    static let slugWithoutLetters = MessageEntry(
        .error, title: .text(vi: "Slug không có chữ cái hay chữ số", en: "A slug without letters or digits"),
        message: .text(vi: "Slug '{slug}' không có chữ cái hay chữ số nào", en: "slug '{slug}' has no letters or digits"),
        hint: .text(vi: "Hãy dùng chữ cái, chữ số và dấu '-', ví dụ 'bao-cao-2024'", en: "use letters, digits and '-', e.g. 'bao-cao-2024'"),
        example: [MessageArgument("slug", "..")],
        explanation: .pageAddress)
    static let pageDateDoesNotExist = MessageEntry(
        .error, title: .text(vi: "Ngày không có thật", en: "A date that does not exist"),
        message: .text(vi: "Ngày '{date}' không có thật", en: "date '{date}' does not exist"),
        hint: .text(vi: "Hãy kiểm tra ngày và tháng; ngày viết dạng dd/mm/yyyy hoặc yyyy-mm-dd",
                    en: "check the day and month; dates are written dd/mm/yyyy or yyyy-mm-dd"),
        example: [MessageArgument("date", "31/02/2025")],
        explanation: .pageDate)
    static let pageDateNotADate = MessageEntry(
        .error, title: .text(vi: "Ngày viết sai", en: "A date that is not a date"),
        message: .text(vi: "Giá trị '{date}' của 'date' không phải là một ngày", en: "date '{date}' is not a date"),
        hint: .text(vi: "Hãy viết ngày dạng dd/mm/yyyy (04/02/2025) hoặc yyyy-mm-dd (2025-02-04)",
                    en: "write dates as dd/mm/yyyy (04/02/2025) or yyyy-mm-dd (2025-02-04)"),
        example: [MessageArgument("date", "tháng 2 năm 2025")],
        explanation: .pageDate)
    static let draftNotTrueOrFalse = MessageEntry(
        .error, title: .text(vi: "'draft' không phải true hay false", en: "A 'draft' that is not true or false"),
        message: .text(vi: "Mục 'draft' phải là true hoặc false, nhưng đang là {found}", en: "'draft' must be true or false, found {found}"),
        example: [MessageArgument("found", "'có'")],
        explanation: .text(vi: "'draft: true' đánh dấu trang nháp: trang không được công bố (trừ khi dựng với --drafts).",
                           en: "'draft: true' marks a draft: the page is not published (unless built with --drafts)."))
    static let weightNotAWholeNumber = MessageEntry(
        .error, title: .text(vi: "'weight' không phải số nguyên", en: "A 'weight' that is not a whole number"),
        message: .text(vi: "Mục 'weight' phải là một số nguyên, nhưng đang là {found}", en: "'weight' must be a whole number, found {found}"),
        hint: .text(vi: "Trang có weight nhỏ hơn đứng trước trong danh sách, ví dụ 'weight: 10'",
                    en: "lower weights come first in lists, e.g. 'weight: 10'"),
        example: [MessageArgument("found", "'nhiều'")],
        explanation: .text(vi: "'weight' quyết định thứ tự của trang trong danh sách và menu: số nhỏ đứng trước; trang không có weight đứng sau cùng.",
                           en: "'weight' orders a page in lists and menus: smaller numbers first; pages without one come last."))

    static let layoutNameHasFolder = MessageEntry(
        .error, title: .text(vi: "Tên bố cục có thư mục", en: "A layout name with a folder"),
        message: .text(vi: "Tên '{layout}' không phải tên một bố cục: bố cục là một tệp trong templates/layouts/, ghi tên không kèm thư mục",
                       en: "'{layout}' is not a layout name: a layout is a file of templates/layouts/, named without its folder"),
        hint: .text(vi: "Giao diện có các bố cục: {layouts}", en: "the theme has: {layouts}"),
        example: [MessageArgument("layout", "../../etc/passwd"), MessageArgument("layouts", "data, home, page, section")],
        explanation: .layout)
    static let unknownLayout = MessageEntry(
        .error, title: .text(vi: "Bố cục không có trong giao diện", en: "An unknown layout"),
        message: .text(vi: "Giao diện không có bố cục '{layout}'", en: "unknown layout '{layout}'"),
        hint: .text(vi: "Giao diện có các bố cục: {layouts}; hoặc hãy tạo tệp templates/layouts/{layout}.mustache",
                    en: "the theme has: {layouts}; or create templates/layouts/{layout}.mustache"),
        example: [MessageArgument("layout", "bao-cao"), MessageArgument("layouts", "data, home, page, section")],
        explanation: .layout)
    static let folderNameWithoutLetters = MessageEntry(
        .error, title: .text(vi: "Tên thư mục không có chữ cái hay chữ số", en: "A folder name without letters or digits"),
        message: .text(vi: "Tên thư mục '{folder}' không có chữ cái hay chữ số nào để làm địa chỉ trang",
                       en: "folder name '{folder}' has no letters or digits for its URL"),
        hint: .text(vi: "Hãy đổi tên thư mục, ví dụ 'bao-cao'", en: "rename the folder, e.g. 'bao-cao'"),
        example: [MessageArgument("folder", "---")],
        explanation: .pageAddress)
    static let fileNameWithoutLetters = MessageEntry(
        .error, title: .text(vi: "Tên tệp không có chữ cái hay chữ số", en: "A file name without letters or digits"),
        message: .text(vi: "Tên tệp '{name}' không có chữ cái hay chữ số nào để làm địa chỉ trang",
                       en: "file name '{name}' has no letters or digits for its URL"),
        hint: .text(vi: "Hãy đổi tên tệp hoặc đặt 'slug:' trong phần đầu trang", en: "rename the file or set 'slug:' in its front matter"),
        example: [MessageArgument("name", "___")],
        explanation: .pageAddress)
    static let pageWithoutTitle = MessageEntry(
        .warning, title: .text(vi: "Trang chưa có tiêu đề", en: "A page without a title"),
        message: .text(vi: "Trang chưa có tiêu đề; tên tệp được dùng làm tiêu đề", en: "the page has no title; the file name is used"),
        hint: .text(vi: "Hãy thêm 'title: ...' vào phần đầu trang", en: "add 'title: ...' to its front matter"),
        explanation: .text(vi: "Tiêu đề ('title:') hiện ở đầu trang, trong menu và trong danh sách; thiếu nó, người đọc thấy tên tệp như 'bao-cao-2024'.",
                           en: "The title ('title:') shows at the top of the page, in menus and in lists; without it readers see the file name, such as 'bao-cao-2024'."))
    static let pagesClash = MessageEntry(
        .error, title: .text(vi: "Hai trang cùng một địa chỉ", en: "Two pages at one address"),
        message: .pagesClash,
        hint: .text(vi: "Hãy đổi tên một trong hai tệp, hoặc đặt cho một tệp 'slug:' khác trong phần đầu trang",
                    en: "rename one of the files, or give one of them another 'slug:' in its front matter"),
        example: [MessageArgument("path", "bao-cao/"), MessageArgument("first", "content/bao-cao/_index.md"),
                  MessageArgument("second", "content/bao-cao.md")],
        explanation: .pagesClashExplanation)
    static let pagesClashUnicodeForms = MessageEntry(
        .error, title: .text(vi: "Hai tệp cùng tên, khác cách mã hoá chữ", en: "Two files of one name, encoded differently"),
        message: .text(vi: LocalizedText.pagesClash.vi + " (cùng một tên, một tệp viết chữ tiếng Việt dựng sẵn, một tệp viết chữ tổ hợp)",
                       en: LocalizedText.pagesClash.en + " (the same name, once with precomposed and once with decomposed Vietnamese letters)"),
        hint: .text(vi: "Hãy xoá hoặc đổi tên một trong hai tệp", en: "delete or rename one of the two files"),
        example: [MessageArgument("path", "bao-cao/"), MessageArgument("first", "content/báo-cáo.md"),
                  MessageArgument("second", "content/báo-cáo.md")],
        explanation: .text(vi: "Một chữ như 'á' có thể được lưu thành một ký tự hoặc thành 'a' cộng dấu sắc; hai tệp trông cùng tên nhưng máy tính thấy khác nhau, và cả hai sẽ có cùng một địa chỉ.",
                           en: "A letter such as 'á' can be stored as one character or as 'a' plus an accent; the two files look the same but differ to the computer, and both would get one address."))
    static let pagesClashTonePlacement = MessageEntry(
        .error, title: .text(vi: "Hai tệp cùng tên, khác chỗ đặt dấu", en: "Two files of one name, tone marks placed differently"),
        message: .text(vi: LocalizedText.pagesClash.vi + " (cùng một tên nhưng dấu thanh đặt trên nguyên âm khác, như 'hòa' và 'hoà')",
                       en: LocalizedText.pagesClash.en + " (the same name with its tone mark on another vowel, as in 'hòa' and 'hoà')"),
        hint: .text(vi: "Hãy giữ lại một trong hai tệp, hoặc đặt cho một tệp 'slug:' khác trong phần đầu trang",
                    en: "keep one of the two files, or give one of them another 'slug:' in its front matter"),
        example: [MessageArgument("path", "hoa-binh/"), MessageArgument("first", "content/hòa-bình.md"),
                  MessageArgument("second", "content/hoà-bình.md")],
        explanation: .text(vi: "'hòa' và 'hoà' là cùng một chữ với dấu đặt theo hai kiểu; địa chỉ trang bỏ dấu nên hai tệp sẽ có cùng một địa chỉ.",
                           en: "'hòa' and 'hoà' are one word with the tone mark placed two ways; page addresses drop the marks, so both files would get one address."))
    static let dataPagesClash = MessageEntry(
        .error, title: .text(vi: "Hai trang dữ liệu cùng một địa chỉ", en: "Two data pages at one address"),
        message: .text(vi: "Hai trang dữ liệu sẽ được công bố cùng một địa chỉ /{path}", en: "two data pages would be published at /{path}"),
        example: [MessageArgument("path", "dia-ban/thai-nguyen/")],
        explanation: .text(vi: "Mỗi địa bàn, chương trình hay báo cáo trong dữ liệu có một trang riêng; hai bản ghi có cùng tên hoặc mã sẽ cùng một địa chỉ.",
                           en: "Every area, programme or report of the data has a page of its own; two records of one name or id would share an address."))
    static let reportWithoutYear = MessageEntry(
        .error, title: .text(vi: "Báo cáo thiếu 'year:'", en: "A report without 'year:'"),
        message: .text(vi: "Trang báo cáo cần có 'year:' trong phần đầu trang", en: "a report needs 'year:' in its front matter"),
        hint: .text(vi: "Hãy thêm, ví dụ, 'year: 2025'", en: "for example 'year: 2025'"),
        explanation: .text(vi: "Trang có 'type: report' trình bày số liệu của một năm; 'year:' cho biết năm đó (một số, ví dụ 2025).",
                           en: "A page with 'type: report' shows the figures of one year; 'year:' says which (a number such as 2025)."))
}

extension LocalizedText {
    static let frontMatter = LocalizedText(
        vi: "Phần đầu trang (front matter) là các dòng 'khóa: giá trị' giữa hai dòng '---' ở đầu tệp .md: title, date, weight, draft, slug, layout…",
        en: "The front matter is the 'key: value' lines between two '---' lines at the top of a .md file: title, date, weight, draft, slug, layout…")
    static let pageAddress = LocalizedText(
        vi: "Địa chỉ của một trang được làm từ tên thư mục và tên tệp (hoặc 'slug:'), bỏ dấu, chỉ giữ chữ cái, chữ số và '-'.",
        en: "A page's address is made of its folder and file names (or 'slug:'), without tone marks, keeping only letters, digits and '-'.")
    static let pageDate = LocalizedText(
        vi: "'date:' là ngày của trang, dùng để xếp các trang mới lên trước; viết dạng dd/mm/yyyy hoặc yyyy-mm-dd.",
        en: "'date:' is the page's date, which puts newer pages first; it is written dd/mm/yyyy or yyyy-mm-dd.")
    static let layout = LocalizedText(
        vi: "'layout:' chọn một bố cục của giao diện (một tệp templates/layouts/<tên>.mustache) thay cho bố cục mặc định của trang.",
        en: "'layout:' chooses a layout of the theme (a file templates/layouts/<name>.mustache) in place of the page's default one.")
    static let pagesClash = LocalizedText(vi: "Hai trang sẽ được công bố cùng một địa chỉ /{path}: {first} và {second}",
                                          en: "two pages would be published at /{path}: {first} and {second}")
    static let pagesClashExplanation = LocalizedText(
        vi: "Mỗi trang được ghi vào một địa chỉ làm từ tên thư mục và tên tệp (hoặc 'slug:'); hai trang cùng một địa chỉ thì một trang sẽ ghi đè lên trang kia.",
        en: "Each page is written at an address made of its folder and file names (or 'slug:'); of two pages at one address, one would overwrite the other.")
}
