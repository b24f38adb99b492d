/// The entries of `MB12xx` (named in `ContentMessage.entry`): the site's
/// settings file and a new site; `MB13xx` writing the built site.
extension MessageEntry {
    static let siteHasNoConfig = MessageEntry(
        .error, title: .text(vi: "Trang web không có site.yaml", en: "A site without site.yaml"),
        message: .text(vi: "Trang web không có tệp site.yaml", en: "the site has no site.yaml"),
        hint: .text(vi: "Hãy tạo tệp này với ít nhất 'title:' và 'base_url:' (xem docs/TEMPLATES.md)",
                    en: "create it with at least 'title:' and 'base_url:' (see docs/TEMPLATES.md)"),
        explanation: .text(vi: "Tệp content/site.yaml đặt tên, địa chỉ và ngôn ngữ của trang web; không có nó thì không dựng được trang.",
                           en: "content/site.yaml sets the site's title, address and language; without it the site cannot be built."))
    static let siteConfigLinksOutside = MessageEntry(
        .error, title: .text(vi: "site.yaml trỏ ra ngoài thư mục trang web", en: "site.yaml linked from outside the site"),
        message: .text(vi: "Tệp site.yaml là một liên kết tới tệp nằm ngoài thư mục trang web",
                       en: "site.yaml is a link to a file outside the site folder"),
        hint: .text(vi: "Hãy chép tệp đó vào content/ thay cho liên kết", en: "copy the file into content/ in place of the link"),
        explanation: .onlyInsideTheSite)
    static let baseURLOptionNotAbsolute = MessageEntry(
        .error, title: .text(vi: "--base-url không phải địa chỉ đầy đủ", en: "A --base-url that is not an absolute URL"),
        message: .text(vi: "Địa chỉ '{url}' không phải một địa chỉ đầy đủ", en: "'{url}' is not an absolute URL"),
        hint: .text(vi: "Hãy viết dạng https://example.gov.vn/ hoặc /", en: "write it as https://example.gov.vn/ or /"),
        example: [MessageArgument("url", "example.gov.vn")],
        explanation: .text(vi: "Địa chỉ gốc đứng trước mọi liên kết của trang web, nên phải bắt đầu bằng http://, https:// hoặc /.",
                           en: "The base address comes before every link of the site, so it must start with http://, https:// or /."))
    static let folderHasContent = MessageEntry(
        .error, title: .text(vi: "Thư mục đã có content/", en: "A folder that already has content/"),
        message: .text(vi: "Thư mục này đã có thư mục content/", en: "the folder already has a content/ folder"),
        hint: .text(vi: "Hãy chọn một thư mục mới; chưa có gì được ghi", en: "choose a new folder; nothing was written"),
        explanation: .text(vi: "Tạo trang web mới không bao giờ ghi đè lên nội dung đã có.",
                           en: "Making a new site never writes over content that is already there."))
    static let newSiteNotWritten = MessageEntry(
        .error, title: .text(vi: "Không ghi được trang web mới", en: "A new site that cannot be written"),
        message: .text(vi: "Không ghi được trang web mới: {reason}", en: "cannot write the new site: {reason}"),
        example: [MessageArgument("reason", "You don’t have permission.")],
        explanation: .fileSystemReason)
    static let outputFolderNotCreated = MessageEntry(
        .error, title: .text(vi: "Không tạo được thư mục kết quả", en: "An output folder that cannot be made"),
        message: .text(vi: "Không tạo được thư mục kết quả: {reason}", en: "cannot create the output folder: {reason}"),
        example: [MessageArgument("reason", "You don’t have permission.")],
        explanation: .fileSystemReason)
    static let outputFileNotWritten = MessageEntry(
        .error, title: .text(vi: "Không ghi được tệp kết quả", en: "An output file that cannot be written"),
        message: .text(vi: "Không ghi được tệp: {reason}", en: "cannot write the file: {reason}"),
        example: [MessageArgument("reason", "No space left on device")],
        explanation: .fileSystemReason)
    static let staticFileNotCopied = MessageEntry(
        .error, title: .text(vi: "Không chép được tệp", en: "A file that cannot be copied"),
        message: .text(vi: "Không chép được tệp: {reason}", en: "cannot copy the file: {reason}"),
        example: [MessageArgument("reason", "No space left on device")],
        explanation: .fileSystemReason)
    static let outputFolderNotReplaced = MessageEntry(
        .error, title: .text(vi: "Không thay được thư mục kết quả", en: "An output folder that cannot be replaced"),
        message: .text(vi: "Không thay được thư mục kết quả: {reason}", en: "cannot replace the output folder: {reason}"),
        example: [MessageArgument("reason", "You don’t have permission.")],
        explanation: .fileSystemReason)
}

extension LocalizedText {
    static let onlyInsideTheSite = LocalizedText(
        vi: "MinhBạch chỉ đọc các tệp nằm trong thư mục trang web, để một trang web không vô tình công bố tệp của nơi khác.",
        en: "MinhBạch reads only files inside the site folder, so that a site never publishes a file from elsewhere by mistake.")
    static let fileSystemReason = LocalizedText(
        vi: "Lý do là lời của hệ điều hành (thường: không có quyền ghi, ổ đĩa đầy, hoặc tệp đang mở trong chương trình khác).",
        en: "The reason is the operating system's (usually: no permission to write, a full disk, or the file open in another program).")
}

/// `MB14xx`: the files of the site folder as files (reading them, links).
extension MessageEntry {
    static let fileNotRead = MessageEntry(
        .error, title: .text(vi: "Không đọc được tệp", en: "A file that cannot be read"),
        message: .text(vi: "Không đọc được tệp: {reason}", en: "cannot read the file: {reason}"),
        hint: .text(vi: "Hãy kiểm tra tệp có tồn tại và bạn có quyền đọc tệp", en: "check that the file exists and that you have permission to read it"),
        example: [MessageArgument("reason", "no such file")],
        explanation: .fileSystemReason)
    static let fileChangedWhileBuilding = MessageEntry(
        .error, title: .text(vi: "Tệp thay đổi trong lúc dựng trang web", en: "A file changed during the build"),
        message: .text(vi: "Tệp đã thay đổi sau khi được đọc, trong lúc đang dựng trang web", en: "the file changed after it was read, while the site was being built"),
        hint: .text(vi: "Hãy lưu xong các tệp rồi dựng lại trang web", en: "finish saving your files, then build the site again"),
        explanation: .text(vi: "MinhBạch đọc phần đầu của mỗi trang khi bắt đầu dựng và đọc lại nội dung khi dựng đến trang đó. Nếu tệp đã đổi ở giữa hai lần đọc, trang sẽ lẫn hai phiên bản, nên MinhBạch dừng lại và không công bố gì.",
                           en: "MinhBạch reads each page's front matter when the build starts and its text again when it renders the page. A file changed in between would make a page of two versions, so MinhBạch stops and publishes nothing."))
    static let linkOutsideSite = MessageEntry(
        .warning, title: .text(vi: "Liên kết trỏ ra ngoài thư mục trang web", en: "A link out of the site folder"),
        message: .text(vi: "Liên kết trỏ ra ngoài thư mục trang web; đã bỏ qua", en: "link points outside the site folder; skipped"),
        hint: .text(vi: "Hãy chép tệp vào thư mục trang web nếu cần công bố tệp đó", en: "copy the file into the site folder if it should be published"),
        explanation: .onlyInsideTheSite)
    static let linkToFolder = MessageEntry(
        .warning, title: .text(vi: "Liên kết tới một thư mục", en: "A link to a folder"),
        message: .text(vi: "Liên kết tới một thư mục; đã bỏ qua", en: "link to a folder; skipped"),
        hint: .text(vi: "Liên kết tới thư mục không được đọc: hãy chuyển hoặc chép thư mục vào content/",
                    en: "links to folders are not followed: move or copy the folder into content/"),
        explanation: .text(vi: "Một liên kết tới thư mục có thể dẫn vòng lại chính nó, nên MinhBạch không đi theo.",
                           en: "A link to a folder may lead back to itself, so MinhBạch does not follow it."))
}

/// `MB12xx` continued: the reporting year and date of site.yaml.
extension MessageEntry {
    static let yearNotAYear = MessageEntry(
        .error, title: .text(vi: "'year' không phải một năm", en: "A 'year' that is not a year"),
        message: .text(vi: "Mục 'year' phải là một năm, ví dụ 2025", en: "'year' must be a year such as 2025"),
        explanation: .reportingDates)
    static let asOfNotADate = MessageEntry(
        .error, title: .text(vi: "'as_of' không phải một ngày", en: "An 'as_of' that is not a date"),
        message: .text(vi: "Mục 'as_of' phải là một ngày, ví dụ 2025-12-31", en: "'as_of' must be a date such as 2025-12-31"),
        explanation: .reportingDates)
}

/// `MB15xx`: pages, their folders and their translations.
extension MessageEntry {
    static let pageInPageBundle = MessageEntry(
        .error, title: .text(vi: "Trang nằm trong thư mục của một trang", en: "A page inside a page folder"),
        message: .text(vi: "Trang này nằm trong thư mục của một trang: thư mục có index.md nên là một trang, không phải một mục",
                       en: "a page inside a page folder: the folder has index.md, so it is one page, not a section"),
        hint: .text(vi: "Hãy đổi tên content/{bundle}/index.md thành _index.md để thư mục thành một mục, hoặc chuyển tệp này ra ngoài",
                    en: "rename content/{bundle}/index.md to _index.md to make the folder a section, or move this file out of it"),
        example: [MessageArgument("bundle", "bao-cao")],
        explanation: .text(vi: "Thư mục có index.md là một trang cùng các tệp đính kèm của nó; chỉ thư mục có _index.md mới là một mục liệt kê các trang bên trong.",
                           en: "A folder with index.md is one page with its attached files; only a folder with _index.md is a section that lists the pages inside it."))
    static let noEnglishVersion = MessageEntry(
        .warning, title: .text(vi: "Chưa có bản tiếng Anh", en: "No English version"),
        message: .text(vi: "Chưa có bản tiếng Anh; trang tiếng Anh sẽ hiện nội dung tiếng Việt",
                       en: "no English version; the English site shows the Vietnamese text"),
        hint: .text(vi: "Hãy thêm tệp {file}.en.md", en: "add {file}.en.md"),
        example: [MessageArgument("file", "_index")],
        explanation: .text(vi: "Khi trang web có tiếng Anh, mỗi trang chủ và mục có nội dung nên có bản dịch cùng tên, đuôi .en.md.",
                           en: "When the site has English, each home page and section with text should have a translation of the same name ending in .en.md."))
}

extension LocalizedText {
    static let reportingDates = LocalizedText(
        vi: "Trong content/site.yaml, 'year' là năm báo cáo (một số, ví dụ 2025) và 'as_of' là ngày số liệu được tính đến (ví dụ 2025-12-31 hoặc 31/12/2025).",
        en: "In content/site.yaml, 'year' is the reporting year (a number such as 2025) and 'as_of' the date the figures are counted to (such as 2025-12-31 or 31/12/2025).")
}
