/// The entries of `MB4103`–`MB4117` and `MB42xx` (named in
/// `TemplateMessage.entry`): the theme's files, their Mustache and
/// interface strings, and the pages rendered with them. Mustache's braces
/// reach the wording through arguments, never as placeholders.
extension MessageEntry {
    static let themeUnreadable = MessageEntry(
        .error, title: .text(vi: "Không đọc được thư mục giao diện", en: "A theme folder that cannot be read"),
        message: .text(vi: "Không đọc được giao diện: {reason}", en: "cannot read the theme: {reason}"),
        example: [MessageArgument("reason", "permission denied")],
        explanation: .text(
            vi: "Thư mục templates/ của trang web chứa giao diện riêng, đặt chồng lên giao diện có sẵn. Khi không đọc được thư mục này, giao diện có sẵn được dùng.",
            en: "The site's templates/ folder holds its own theme, laid over the built-in one. When the folder cannot be read, the built-in theme is used."))
    static let layoutMissing = MessageEntry(
        .error, title: .text(vi: "Giao diện thiếu một bố cục", en: "A theme without a layout it needs"),
        message: .text(vi: "Giao diện không có bố cục '{layout}'", en: "the theme has no '{layout}' layout"),
        hint: .text(vi: "Giao diện nào cũng cần layouts/home, layouts/section và layouts/page", en: "every theme needs layouts/home, layouts/section and layouts/page"),
        example: [MessageArgument("layout", "section")],
        explanation: .text(
            vi: "Mỗi trang được đặt vào một bố cục trong templates/layouts/: 'home' cho trang chủ, 'section' cho trang mục, 'page' cho các trang khác. Thiếu một trong ba thì không dựng được trang web.",
            en: "Every page is put into a layout of templates/layouts/: 'home' for the home page, 'section' for section pages, 'page' for the others. Without one of the three, the site cannot be built."))
    static let templateUnparsable = MessageEntry(
        .error, title: .text(vi: "Mẫu không đọc được", en: "A template that cannot be parsed"),
        message: .text(vi: "Không đọc được mẫu: {reason}", en: "cannot parse the template: {reason}"),
        example: [MessageArgument("reason", "unexpected end of file")], explanation: .mustache)
    static let closingTagMismatch = MessageEntry(
        .error, title: .text(vi: "Thẻ đóng không khớp", en: "A closing tag that does not match"),
        message: .text(vi: "Thẻ đóng không khớp với khối mà nó đóng", en: "the closing tag does not match the section it closes"),
        hint: .text(vi: "Hãy đóng {open} bằng {close}, cùng một tên", en: "close {open} with {close} using the same name"),
        example: [MessageArgument("open", "{{#name}}"), MessageArgument("close", "{{/name}}")], explanation: .mustache)
    static let tagNotClosed = MessageEntry(
        .error, title: .text(vi: "Thẻ chưa đóng", en: "A tag that is not closed"),
        message: .text(vi: "Một thẻ chưa được đóng", en: "a tag is not closed"),
        hint: .text(vi: "Hãy kết thúc thẻ bằng {end}", en: "end the tag with {end}"),
        example: [MessageArgument("end", .tagEnd)], explanation: .mustache)
    static let sectionNotClosed = MessageEntry(
        .error, title: .text(vi: "Khối chưa đóng", en: "A section never closed"),
        message: .text(vi: "Một khối chưa được đóng", en: "a section is never closed"),
        hint: .text(vi: "Hãy thêm {close} cho mỗi {open} và {inverted}", en: "add {close} for every {open} and {inverted}"),
        example: [MessageArgument("close", "{{/name}}"), MessageArgument("open", "{{#name}}"), MessageArgument("inverted", "{{^name}}")],
        explanation: .mustache)
    static let invalidDelimiter = MessageEntry(
        .error, title: .text(vi: "Đổi dấu phân cách sai cách", en: "An invalid change of delimiters"),
        message: .text(vi: "Cách đổi dấu phân cách không hợp lệ", en: "invalid delimiter change"),
        hint: .text(vi: "Hãy viết theo dạng {example}", en: "write it as {example}"),
        example: [MessageArgument("example", "{{=<% %>=}}")], explanation: .mustache)
    static let invalidInheritance = MessageEntry(
        .error, title: .text(vi: "Khối kế thừa mẫu sai", en: "An invalid inheritance block"),
        message: .text(vi: "Khối kế thừa mẫu không hợp lệ", en: "invalid template inheritance block"),
        explanation: .mustache)
    static let invalidConfigTag = MessageEntry(
        .error, title: .text(vi: "Thẻ cấu hình sai", en: "An invalid configuration tag"),
        message: .text(vi: "Thẻ cấu hình không hợp lệ", en: "invalid configuration tag"),
        explanation: .mustache)
    static let partialMissing = MessageEntry(
        .error, title: .text(vi: "Thiếu mẫu con", en: "A partial that does not exist"),
        message: .text(vi: "Không có mẫu con (partial) tên '{name}'", en: "no partial named '{name}'"),
        hint: .text(vi: "Hãy tạo tệp templates/partials/{name}.mustache hoặc sửa lại tên", en: "create templates/partials/{name}.mustache or fix the name"),
        example: [MessageArgument("name", "footer")], explanation: .partials)
    static let partialIncludesItself = MessageEntry(
        .error, title: .text(vi: "Mẫu con tự gọi lại chính nó", en: "A partial that includes itself"),
        message: .text(vi: "Mẫu con '{partial}' tự gọi lại chính nó qua '{include}' ở ngoài mọi khối, nên không bao giờ dựng xong",
                       en: "the partial '{partial}' includes itself through '{include}' outside any section, so it never finishes rendering"),
        hint: .text(vi: "Hãy đặt {tag} vào trong một khối {section} có điểm dừng, hoặc xoá nó", en: "put {tag} inside a {section} that ends, or remove it"),
        example: [MessageArgument("partial", "menu"), MessageArgument("include", "menu"), MessageArgument("tag", "{{> menu}}"),
                  MessageArgument("section", "{{#section}}")],
        explanation: .partials)
    static let stringsNotUTF8 = MessageEntry(
        .error, title: .text(vi: "Tệp chuỗi giao diện không phải UTF-8", en: "Interface strings that are not UTF-8"),
        message: .text(vi: "Tệp này không phải văn bản UTF-8", en: "the file is not UTF-8 text"),
        explanation: .interfaceStrings)
    static let stringsNotKeyText = MessageEntry(
        .error, title: .text(vi: "Tệp chuỗi giao diện không phải các dòng 'khoá: văn bản'", en: "Interface strings that are not 'key: text' lines"),
        message: .text(vi: "Các chuỗi giao diện phải là các dòng 'khoá: văn bản'", en: "interface strings must be 'key: text' lines"),
        explanation: .interfaceStrings)
    static let stringNotTextOrPlural = MessageEntry(
        .error, title: .text(vi: "Chuỗi giao diện có dạng số nhiều sai", en: "Plural forms written wrongly"),
        message: .text(vi: "Mục '{key}' phải là văn bản, hoặc các dạng số nhiều 'one' và 'other'", en: "'{key}' must be text, or plural forms 'one' and 'other'"),
        hint: .text(vi: "Hãy viết 'one:' (dạng đi sau số 1) và 'other:' (dạng đi sau mọi số khác) dưới khoá, ví dụ {example}",
                    en: "write 'one:' (the form after 1) and 'other:' (every other number) under the key, e.g. {example}"),
        example: [MessageArgument("key", "overdue_summary"), MessageArgument("example", "'overdue_summary: {one: \"overdue task\", other: \"overdue tasks\"}'")],
        explanation: .interfaceStrings)
    static let stringNotText = MessageEntry(
        .error, title: .text(vi: "Chuỗi giao diện không phải văn bản", en: "An interface string that is not text"),
        message: .text(vi: "Mục '{key}' phải là văn bản", en: "'{key}' must be text"),
        example: [MessageArgument("key", "read_more")], explanation: .interfaceStrings)
    static let cannotRenderPage = MessageEntry(
        .error, title: .text(vi: "Giao diện không dựng được trang", en: "A template that cannot render a page"),
        message: .text(vi: "Giao diện không dựng được trang bằng mẫu này", en: "the theme cannot render a page with this template"),
        hint: .text(vi: "Hãy kiểm tra tệp có trong giao diện và đúng là một mẫu Mustache", en: "check that the file exists in the theme and is a Mustache template"),
        explanation: .text(
            vi: "Khi một mẫu không dựng được trang, trang không được ghi ra trống: việc dựng trang web dừng lại, nêu tên mẫu và trang.",
            en: "When a template cannot render a page, the page is not written empty: the build fails, naming the template and the page."))
    static let rawHTMLBlockRemoved = MessageEntry(
        .warning, title: .text(vi: "Khối HTML không được đăng", en: "A raw HTML block left out"),
        message: .text(vi: "Khối HTML '{html}' không được đăng", en: "raw HTML block '{html}' is not published"),
        hint: .text(vi: "Hãy {instead}", en: "{instead}"),
        example: [MessageArgument("html", "<div class=\"box\">"), MessageArgument("instead", .rawHTMLOtherwise)],
        explanation: .rawHTML)
    static let rawHTMLTagRemoved = MessageEntry(
        .warning, title: .text(vi: "Thẻ HTML không được đăng", en: "A raw HTML tag left out"),
        message: .text(vi: "Thẻ HTML '{html}' không được đăng", en: "raw HTML tag '{html}' is not published"),
        hint: .text(vi: "Hãy {instead}", en: "{instead}"),
        example: [MessageArgument("html", "<b>"), MessageArgument("instead", .text(vi: "viết **chữ đậm** bằng Markdown", en: "write **bold text** in Markdown"))],
        explanation: .rawHTML)
}

extension LocalizedText {
    public static let tagEnd = LocalizedText(vi: "'}}' (hoặc '}}}' với {{{...}}})", en: "'}}' (or '}}}' for {{{...}}})")
    /// What to do instead of raw HTML that is not a tag people often type.
    public static let rawHTMLOtherwise = LocalizedText(
        vi: "viết bằng Markdown hoặc bằng một thành phần (chart, table, kpi, tasks, criteria); muốn đăng HTML, hãy đặt 'markdown: {raw_html: true}' trong content/site.yaml",
        en: "write it in Markdown or with a component (chart, table, kpi, tasks, criteria); to publish raw HTML, set 'markdown: {raw_html: true}' in content/site.yaml")
    static let mustache = LocalizedText(
        vi: "Các tệp .mustache của giao diện được viết bằng Mustache: {{tên}} chèn một giá trị, {{#tên}}…{{/tên}} là một khối. Mẫu viết sai thì không dùng được, và trang web không được dựng cho đến khi sửa xong.",
        en: "The theme's .mustache files are written in Mustache: {{name}} puts in a value, {{#name}}…{{/name}} is a section. A template written wrongly cannot be used, and the site is not built until it is corrected.")
    static let partials = LocalizedText(
        vi: "{{> tên}} chèn mẫu con templates/partials/tên.mustache. Mẫu con không có thì không chèn được; mẫu con gọi lại chính nó ngoài mọi khối thì không bao giờ dựng xong.",
        en: "{{> name}} puts in the partial templates/partials/name.mustache. A partial that does not exist cannot be put in; one that includes itself outside any section never finishes rendering.")
    static let interfaceStrings = LocalizedText(
        vi: "templates/i18n/vi.yaml và templates/i18n/en.yaml chứa các chuỗi giao diện (nút, nhãn…) của mỗi ngôn ngữ, mỗi dòng 'khoá: văn bản'. Tệp hoặc chuỗi viết sai làm giao diện không được dựng.",
        en: "templates/i18n/vi.yaml and templates/i18n/en.yaml hold the interface strings (buttons, labels…) of each language, one 'key: text' line each. A file or string written wrongly stops the theme from being built.")
    static let rawHTML = LocalizedText(
        vi: "HTML viết trong trang Markdown không được đăng, trừ khi site.yaml có 'markdown: {raw_html: true}': chỗ của nó trên trang để trống. Chú thích HTML (`<!-- … -->`) là ghi chú cho người soạn, không bao giờ được đăng.",
        en: "HTML written in a Markdown page is not published unless site.yaml says 'markdown: {raw_html: true}': its place on the page is left empty. HTML comments (`<!-- … -->`) are notes for editors, never published.")
}
