import MinhBachDiagnostics
import MinhBachMarkdown

/// What can be wrong with a link or image of a page, and its message:
/// Vietnamese first, as the people who write the pages read it, then
/// English. Every message of page resources and links is here.
enum ReferenceProblem: Equatable {
    /// No file at the path the image names (`expected` is below `content/`).
    case missingImage(written: String, expected: String, suggestion: String?)
    /// No page or file where a link leads.
    case missingTarget(written: String, expected: String, suggestion: String?)
    /// A link to a Markdown file that is not a page of the site.
    case missingPage(written: String, expected: String, suggestion: String?)
    /// A link to a Markdown file that is not published: a draft, or a file
    /// that lost its URL to another.
    case unpublishedPage(written: String, expected: String, isDraft: Bool)

    var message: String {
        switch self {
        case .missingImage(let written, let expected, _):
            "không tìm thấy ảnh '\(written)': không có tệp content/\(expected) (image not found)"
        case .missingTarget(let written, let expected, _):
            "liên kết '\(written)' không dẫn tới trang hay tệp nào: không có content/\(expected) (link target not found)"
        case .missingPage(let written, let expected, _):
            "liên kết tới '\(written)' nhưng không có tệp content/\(expected) (no such page)"
        case .unpublishedPage(let written, _, let isDraft):
            isDraft
                ? "liên kết tới '\(written)', một bản nháp (draft: true) không được xuất bản (the linked page is a draft)"
                : "liên kết tới '\(written)', một trang không được xuất bản (the linked page is not published)"
        }
    }

    var hint: String {
        switch self {
        case .missingImage(_, _, let suggestion?), .missingTarget(_, _, let suggestion?), .missingPage(_, _, let suggestion?):
            "có phải là '\(suggestion)'? (did you mean '\(suggestion)'?)"
        case .missingImage:
            "đặt tệp ảnh cạnh tệp trang và ghi đúng tên tệp, chữ hoa chữ thường như trên đĩa "
                + "(put the image beside the page's file and write its name exactly, in the same case)"
        case .missingTarget:
            "ghi đường dẫn tới tệp .md của trang, tính từ tệp trang này (link to the page's .md file, relative to this file)"
        case .missingPage:
            "đường dẫn tính từ thư mục của tệp trang này, hoặc từ content/ nếu bắt đầu bằng '/' "
                + "(the path is relative to this file's folder, or to content/ when it starts with '/')"
        case .unpublishedPage(_, let expected, let isDraft):
            isDraft
                ? "bỏ 'draft: true' trong content/\(expected), hoặc bỏ liên kết (remove 'draft: true' from it, or the link)"
                : "sửa các lỗi của content/\(expected) ở trên (correct the errors of that file above)"
        }
    }

    func diagnostic(at location: SourceLocation) -> Diagnostic {
        .error(at: location, message, hint: hint)
    }
}
