/// Messages about links and the preview (`MB6xxx`): `MB61xx` the links of a
/// built site (`minhbach check --links`), `MB62xx` links and images written
/// in a page's Markdown, `MB63xx` the preview server (`minhbach serve`).
public enum LinkMessage: Int, MessageCatalogue {
    // The links of a built site.
    case noBuiltSite = 101
    case javascriptLink = 102
    case outsideBase = 103
    case aboveRoot = 104
    case noSuchPage = 105
    case noSuchPageSuggesting = 106
    case noSuchFile = 107
    case noSuchAnchor = 108
    case noSuchAnchorSuggesting = 109
    case folderWithoutSlash = 110
    // Links and images of a page's Markdown.
    case imageMissing = 201
    case imageMissingSuggesting = 202
    case linkTargetMissing = 203
    case linkTargetMissingSuggesting = 204
    case linkedPageMissing = 205
    case linkedPageMissingSuggesting = 206
    case linkedPageDraft = 207
    case linkedPageUnpublished = 208
    // The preview server.
    case portInUse = 301
    case portNotPermitted = 302
    case serveFailed = 303
    case servingToTheNetwork = 304

    public static let area = MessageArea.links
    public var number: Int { rawValue }

    /// The `published` value of a link of the built site reported at the
    /// line of its Markdown: where the built page has it. Empty for a link
    /// reported where it was found.
    public static func published(at location: SourceLocation?) -> MessageArgument {
        guard let location else { return MessageArgument("published", LocalizedText(vi: "", en: "")) }
        return MessageArgument("published", LocalizedText(vi: " — trên trang đã xuất bản \(location.description)",
                                                          en: " — on the published page \(location.description)"))
    }

    public var entry: MessageEntry {
        switch self {
        case .noBuiltSite:
            return MessageEntry(
                .error, title: .text(vi: "Không có trang web đã dựng để kiểm tra", en: "No built site to check"),
                message: .text(vi: "Ở đây không có trang web đã dựng nào để kiểm tra", en: "there is no built site to check here"),
                hint: .text(vi: "Hãy chạy 'minhbach build' trước, hoặc ghi thư mục của trang web đã dựng bằng --output",
                            en: "run 'minhbach build' first, or name the built site with --output"),
                explanation: .text(
                    vi: "'minhbach check --links' kiểm tra các liên kết của trang web đã dựng (thư mục site-out/ hoặc thư mục ghi sau --output). Thư mục đó chưa có: hãy dựng trang web trước.",
                    en: "'minhbach check --links' checks the links of the built site (site-out/, or the folder given with --output). That folder does not exist yet: build the site first."))
        case .javascriptLink:
            return MessageEntry(
                .error, title: .text(vi: "Liên kết 'javascript:'", en: "A 'javascript:' link"),
                message: .text(vi: "Liên kết 'javascript:' '{url}' (liên kết phải dẫn tới một trang){published}",
                               en: "'javascript:' link '{url}' (a link must lead to a page){published}"),
                hint: .text(vi: "Trang web phải dùng được khi không có JavaScript: hãy liên kết tới một trang, hoặc dùng nút <button>",
                            en: "pages must work without JavaScript: link to a page, or use a <button>"),
                example: [MessageArgument("url", "javascript:void(0)"), LinkMessage.published(at: nil)],
                explanation: .linksBuiltLinks)
        case .outsideBase:
            return MessageEntry(
                .error, title: .text(vi: "Liên kết ra ngoài đường dẫn gốc", en: "A link outside the base path"),
                message: .text(vi: "Liên kết hỏng '{url}' (nằm ngoài trang web: các liên kết của trang web bắt đầu bằng '{basePath}'){published}",
                               en: "broken link '{url}' (outside the site: its links start with '{basePath}'){published}"),
                hint: .text(vi: "Hãy ghi liên kết trong nội dung tính từ gốc trang web ('/van-ban/'); khi dựng trang, đường dẫn gốc được thêm vào",
                            en: "links in content are written from the site's root ('/van-ban/'); the build adds the base path"),
                example: [MessageArgument("url", "/khac/"), MessageArgument("basePath", "/minhbach/"), LinkMessage.published(at: nil)],
                explanation: .linksBuiltLinks)
        case .aboveRoot:
            return MessageEntry(
                .error, title: .text(vi: "Liên kết ra ngoài thư mục gốc", en: "A link above the site's root"),
                message: .text(vi: "Liên kết hỏng '{url}' (đi ra ngoài thư mục gốc của trang web){published}",
                               en: "broken link '{url}' (goes above the site's root folder){published}"),
                example: [MessageArgument("url", "../../x/"), LinkMessage.published(at: nil)],
                explanation: .linksBuiltLinks)
        case .noSuchPage:
            return MessageEntry(
                .error, title: .text(vi: "Liên kết tới trang không có", en: "A link to no page"),
                message: .linksNoSuchPage,
                example: [MessageArgument("url", "/van-ban/chi-thi-15/"),
                          LinkMessage.published(at: SourceLocation(path: "site-out/index.html", line: 22, column: 28))],
                explanation: .linksBuiltLinks)
        case .noSuchPageSuggesting:
            return MessageEntry(
                .error, title: .text(vi: "Liên kết tới trang không có, gần giống một trang có", en: "A link to no page, close to one"),
                message: .linksNoSuchPage, hint: .linksDidYouMean,
                example: [MessageArgument("url", "/van-ban/chi-thi-15/"), MessageArgument("suggestion", "/van-ban/chi-thi-14/"),
                          LinkMessage.published(at: nil)],
                explanation: .linksBuiltLinks)
        case .noSuchFile:
            return MessageEntry(
                .error, title: .text(vi: "Liên kết tới tệp không có", en: "A link to no file"),
                message: .text(vi: "Liên kết hỏng '{url}' (không có tệp này){published}",
                               en: "broken link '{url}' (no such file){published}"),
                example: [MessageArgument("url", "/assets/logo.svg"), LinkMessage.published(at: nil)],
                explanation: .linksBuiltLinks)
        case .noSuchAnchor:
            return MessageEntry(
                .error, title: .text(vi: "Liên kết tới id không có", en: "A link to a missing id"),
                message: .linksNoSuchAnchor,
                example: [MessageArgument("url", "/van-ban/chi-thi-14/#dieu-9"), MessageArgument("fragment", "dieu-9"),
                          MessageArgument("page", .anchorOnThatPage), LinkMessage.published(at: nil)],
                explanation: .linksBuiltLinks)
        case .noSuchAnchorSuggesting:
            return MessageEntry(
                .error, title: .text(vi: "Liên kết tới id không có, gần giống một id có", en: "A link to a missing id, close to one"),
                message: .linksNoSuchAnchor,
                hint: .text(vi: "Có phải là '#{suggestion}'?", en: "did you mean '#{suggestion}'?"),
                example: [MessageArgument("url", "#noi-dungg"), MessageArgument("fragment", "noi-dungg"),
                          MessageArgument("page", .anchorOnThisPage), MessageArgument("suggestion", "noi-dung"), LinkMessage.published(at: nil)],
                explanation: .linksBuiltLinks)
        case .folderWithoutSlash:
            return MessageEntry(
                .warning, title: .text(vi: "Liên kết tới thư mục thiếu '/' ở cuối", en: "A link to a folder without its final '/'"),
                message: .text(vi: "Liên kết '{url}' tới một thư mục nhưng thiếu dấu '/' ở cuối{published}",
                               en: "link '{url}' to a folder has no final '/'{published}"),
                hint: .text(vi: "Máy chủ sẽ trả lời bằng một lần chuyển hướng; hãy ghi '{fixed}'",
                            en: "servers answer it with a redirect; write '{fixed}'"),
                example: [MessageArgument("url", "/minhbach/xa"), MessageArgument("fixed", "/minhbach/xa/"), LinkMessage.published(at: nil)],
                explanation: .linksBuiltLinks)

        case .imageMissing:
            return MessageEntry(
                .error, title: .text(vi: "Không tìm thấy ảnh", en: "An image not found"),
                message: .linksImageMissing,
                hint: .text(vi: "Hãy đặt tệp ảnh cạnh tệp trang và ghi đúng tên tệp, chữ hoa chữ thường như trên đĩa",
                            en: "put the image beside the page's file and write its name exactly, in the same case"),
                example: [MessageArgument("written", "Anh-Le.jpg"), MessageArgument("expected", "tin-tuc/Anh-Le.jpg")],
                explanation: .linksMarkdownLinks)
        case .imageMissingSuggesting:
            return MessageEntry(
                .error, title: .text(vi: "Không tìm thấy ảnh, gần giống một tệp có", en: "An image not found, close to a file"),
                message: .linksImageMissing, hint: .linksDidYouMean,
                example: [MessageArgument("written", "Anh-Le.jpg"), MessageArgument("expected", "tin-tuc/Anh-Le.jpg"),
                          MessageArgument("suggestion", "anh-le.jpg")],
                explanation: .linksMarkdownLinks)
        case .linkTargetMissing:
            return MessageEntry(
                .error, title: .text(vi: "Liên kết không dẫn tới đâu", en: "A link target not found"),
                message: .linksLinkTargetMissing,
                hint: .text(vi: "Hãy ghi đường dẫn tới tệp .md của trang, tính từ tệp trang này",
                            en: "link to the page's .md file, relative to this file"),
                example: [MessageArgument("written", "bao-cao-2025/"), MessageArgument("expected", "tin-tuc/bao-cao-2025")],
                explanation: .linksMarkdownLinks)
        case .linkTargetMissingSuggesting:
            return MessageEntry(
                .error, title: .text(vi: "Liên kết không dẫn tới đâu, gần giống một tệp có", en: "A link target not found, close to a file"),
                message: .linksLinkTargetMissing, hint: .linksDidYouMean,
                example: [MessageArgument("written", "bao-cao-2025/"), MessageArgument("expected", "tin-tuc/bao-cao-2025"),
                          MessageArgument("suggestion", "bao-cao-2024.md")],
                explanation: .linksMarkdownLinks)
        case .linkedPageMissing:
            return MessageEntry(
                .error, title: .text(vi: "Liên kết tới tệp trang không có", en: "A link to no page file"),
                message: .linksLinkedPageMissing,
                hint: .text(vi: "Đường dẫn được tính từ thư mục của tệp trang này, hoặc từ content/ nếu bắt đầu bằng '/'",
                            en: "the path is relative to this file's folder, or to content/ when it starts with '/'"),
                example: [MessageArgument("written", "gioi-thieu.md"), MessageArgument("expected", "tin-tuc/gioi-thieu.md")],
                explanation: .linksMarkdownLinks)
        case .linkedPageMissingSuggesting:
            return MessageEntry(
                .error, title: .text(vi: "Liên kết tới tệp trang không có, gần giống một tệp có", en: "A link to no page file, close to one"),
                message: .linksLinkedPageMissing, hint: .linksDidYouMean,
                example: [MessageArgument("written", "gioi-thieu.md"), MessageArgument("expected", "tin-tuc/gioi-thieu.md"),
                          MessageArgument("suggestion", "../gioi-thieu.md")],
                explanation: .linksMarkdownLinks)
        case .linkedPageDraft:
            return MessageEntry(
                .error, title: .text(vi: "Liên kết tới một bản nháp", en: "A link to a draft"),
                message: .text(vi: "Liên kết tới '{written}', một bản nháp (draft: true) không được xuất bản",
                               en: "link to '{written}', a draft (draft: true) that is not published"),
                hint: .text(vi: "Hãy bỏ 'draft: true' trong content/{expected}, hoặc bỏ liên kết",
                            en: "remove 'draft: true' from content/{expected}, or the link"),
                example: [MessageArgument("written", "ke-hoach.md"), MessageArgument("expected", "tin-tuc/ke-hoach.md")],
                explanation: .linksMarkdownLinks)
        case .linkedPageUnpublished:
            return MessageEntry(
                .error, title: .text(vi: "Liên kết tới trang không được xuất bản", en: "A link to a page not published"),
                message: .text(vi: "Liên kết tới '{written}', một trang không được xuất bản",
                               en: "link to '{written}', a page that is not published"),
                hint: .text(vi: "Hãy sửa các lỗi của content/{expected} ở trên", en: "correct the errors of content/{expected} above"),
                example: [MessageArgument("written", "ke-hoach.md"), MessageArgument("expected", "tin-tuc/ke-hoach.md")],
                explanation: .linksMarkdownLinks)

        case .portInUse:
            return MessageEntry(
                .error, title: .text(vi: "Cổng đang được dùng", en: "A port in use"),
                message: .text(vi: "Cổng {port} đang được chương trình khác dùng", en: "port {port} is already in use"),
                hint: .linksChoosePort,
                example: [MessageArgument("port", "8080"), MessageArgument("other", "8081")],
                explanation: .text(
                    vi: "Bản xem trước cần một cổng riêng; một chương trình khác (có thể là một bản xem trước khác) đang dùng cổng này. Hãy chọn cổng khác bằng --port, hoặc dừng chương trình kia.",
                    en: "The preview needs a port of its own; another program (perhaps another preview) listens on this one. Choose another with --port, or stop that program."))
        case .portNotPermitted:
            return MessageEntry(
                .error, title: .text(vi: "Không được phép dùng cổng", en: "A port not permitted"),
                message: .text(vi: "Không được phép dùng cổng {port} (cổng dưới 1024 cần quyền quản trị)",
                               en: "no permission to use port {port} (ports below 1024 need administrator rights)"),
                hint: .linksChoosePort,
                example: [MessageArgument("port", "80"), MessageArgument("other", "8080")],
                explanation: .text(
                    vi: "Các cổng dưới 1024 chỉ dùng được với quyền quản trị. Bản xem trước không cần quyền đó: hãy chọn một cổng từ 1024 trở lên, ví dụ 8080.",
                    en: "Ports below 1024 need administrator rights. The preview does not need them: choose a port from 1024 up, such as 8080."))
        case .serveFailed:
            return MessageEntry(
                .error, title: .text(vi: "Không mở được bản xem trước", en: "The preview cannot start"),
                message: .text(vi: "Không mở được bản xem trước ở {address}: {detail}", en: "cannot serve on {address}: {detail}"),
                example: [MessageArgument("address", "127.0.0.1:8080"), MessageArgument("detail", "Cannot assign requested address")],
                explanation: .text(
                    vi: "Bản xem trước không nghe được ở địa chỉ và cổng đã chọn, vì lý do hệ thống báo sau dấu hai chấm. Hãy kiểm tra --host và --port.",
                    en: "The preview cannot listen at the chosen address and port, for the reason the system gives after the colon. Check --host and --port."))
        case .servingToTheNetwork:
            return MessageEntry(
                .warning, title: .text(vi: "Bản xem trước mở cho cả mạng", en: "A preview open to the network"),
                message: .text(vi: "Đang phục vụ trên {host}: các máy khác trong mạng xem được bản xem trước này, kể cả bản nháp",
                               en: "serving on {host}: other machines on the network can see this preview, drafts included"),
                hint: .text(vi: "Hãy bỏ --host (chỉ máy này xem được) nếu không cần cho người khác xem",
                            en: "leave out --host (only this machine can see it) unless others need to see it"),
                example: [MessageArgument("host", "0.0.0.0")],
                explanation: .text(
                    vi: "Với --host khác 127.0.0.1, localhost hay ::1, mọi máy trong cùng mạng mở được bản xem trước, kể cả các trang còn là bản nháp.",
                    en: "With a --host other than 127.0.0.1, localhost or ::1, every machine on the network can open the preview, draft pages included."))
        }
    }
}

extension LocalizedText {
    static let linksNoSuchPage = LocalizedText(vi: "Liên kết hỏng '{url}' (không có trang này){published}",
                                          en: "broken link '{url}' (no such page){published}")
    static let linksNoSuchAnchor = LocalizedText(vi: "Liên kết hỏng '{url}' (không có id '{fragment}' trên {page}){published}",
                                            en: "broken link '{url}' (no id '{fragment}' on {page}){published}")
    static let linksDidYouMean = LocalizedText(vi: "Có phải là '{suggestion}'?", en: "did you mean '{suggestion}'?")
    static let linksImageMissing = LocalizedText(vi: "Không tìm thấy ảnh '{written}': không có tệp content/{expected}",
                                            en: "image '{written}' not found: there is no file content/{expected}")
    static let linksLinkTargetMissing = LocalizedText(vi: "Liên kết '{written}' không dẫn tới trang hay tệp nào: không có content/{expected}",
                                                 en: "link '{written}' leads to no page or file: there is no content/{expected}")
    static let linksLinkedPageMissing = LocalizedText(vi: "Liên kết tới '{written}' nhưng không có tệp content/{expected}",
                                                 en: "link to '{written}', but there is no file content/{expected}")
    static let linksChoosePort = LocalizedText(vi: "Hãy chọn cổng khác, ví dụ --port {other}", en: "choose another with --port, e.g. --port {other}")

    /// Which page an anchor is missing from.
    public static let anchorOnThisPage = LocalizedText(vi: "trang này", en: "this page")
    public static let anchorOnThatPage = LocalizedText(vi: "trang đó", en: "that page")

    static let linksBuiltLinks = LocalizedText(
        vi: "'minhbach check --links' đọc mọi trang đã dựng và kiểm tra rằng mỗi liên kết trong trang web dẫn tới một trang, một tệp hay một id có thật. Liên kết viết trong Markdown được báo ở dòng của nó trong tệp .md, kèm chỗ nó nằm trên trang đã xuất bản; liên kết của giao diện được báo ở trang đã dựng. Liên kết tới trang web khác không được mở.",
        en: "'minhbach check --links' reads every built page and checks that each link within the site leads to a page, file or id that exists. A link written in Markdown is reported at its line of the .md file, with where the published page has it; a link of the theme is reported in the built page. Links to other sites are not fetched.")
    static let linksMarkdownLinks = LocalizedText(
        vi: "Khi dựng trang, mỗi ảnh và mỗi liên kết tới tệp .md trong nội dung được tìm theo đường dẫn tính từ tệp trang (hoặc từ content/ nếu bắt đầu bằng '/'). Liên kết tới một tệp .md được đổi thành địa chỉ của trang đó; một tệp không có, hay một trang không được xuất bản, là một lỗi.",
        en: "While building, every image and every link to a .md file in the content is looked up relative to the page's file (or to content/ when it starts with '/'). A link to a .md file becomes that page's address; a file that does not exist, or a page that is not published, is an error.")
}
