import Foundation
import MinhBachData

/// The site `minhbach init DIR --workbook` writes: no example tables, one
/// empty data-entry workbook instead, and only pages that need no data (the
/// example's pages show its figures, which this site does not have). The
/// data pages (communes, indicators, tasks…) appear as the workbook fills.
enum WorkbookSite {
    /// The workbook's path in the site's content folder.
    static let workbookPath = "data/" + EntryWorkbook.fileName

    /// Text files, relative to `content/`.
    static let files: [String: String] = [
        "site.yaml": """
            # Cấu hình trang: sửa tên trang, địa chỉ và cơ quan công bố.
            # Site settings: the title, the address and the publisher.
            title: "Trang thông tin minh bạch các chương trình mục tiêu quốc gia"
            description: "Văn bản, kế hoạch và số liệu về các Chương trình mục tiêu quốc gia, công khai để dân biết, dân kiểm tra, dân giám sát."
            base_url: "https://example.gov.vn/"
            language: vi
            publisher: "Tên cơ quan công bố"
            copyright: "Tên cơ quan công bố"

            """,
        "_index.en.md": """
            ---
            title: "Transparency on the National Target Programs"
            description: "Documents, plans and figures of the National Target Programs."
            ---

            This site publishes the documents, plans and figures of the National
            Target Programs, so that citizens can see, check and monitor them.

            """,
        "_index.md": """
            ---
            title: "Trang thông tin minh bạch các chương trình mục tiêu quốc gia"
            description: "Văn bản, kế hoạch và số liệu về các Chương trình mục tiêu quốc gia."
            ---

            Trang này công khai văn bản, kế hoạch và số liệu thực hiện các Chương trình
            mục tiêu quốc gia: **dân biết, dân kiểm tra, dân giám sát**.

            <!-- Sửa trang này trong content/_index.md. Số liệu được nhập trong sổ
                 content/data/du-lieu.xlsx (mở bằng Excel); mỗi trang tính là một bảng,
                 mỗi cột có ghi chú. Sau khi lưu sổ, chạy: minhbach build -->

            """,
    ]

    /// Writes the files and the empty workbook into `content`; the paths
    /// written, relative to `content`'s parent.
    static func write(into content: URL) throws -> [String] {
        var written: [String] = []
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            let url = content.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            written.append("content/" + path)
        }
        let workbook = content.appendingPathComponent(workbookPath)
        try FileManager.default.createDirectory(at: workbook.deletingLastPathComponent(), withIntermediateDirectories: true)
        try XLSXWriter(sheets: EntryWorkbook.emptySheets).write(to: workbook)
        written.append("content/" + workbookPath)
        return written.sorted()
    }
}
