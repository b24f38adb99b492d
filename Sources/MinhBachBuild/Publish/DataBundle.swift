import Foundation
import MinhBachData
import MinhBachDiagnostics
import MinhBachText
import ZIPFoundation

/// `du-lieu/minhbach-du-lieu.zip`: every table of the site's data as CSV
/// and as JSON, with a README in Vietnamese and English that names the
/// source, the licence and what the `illustrative` flag means; and the same
/// tables as one workbook (`OpenDataWorkbook`), made in the same pass.
struct DataBundle: ExtraOutput {
    static let path = "du-lieu/minhbach-du-lieu.zip"

    func publishes(_ path: String, in site: Site) -> Bool {
        path == Self.path || path == OpenDataWorkbook.path || OpenDataPage.paths(in: site.plan).contains { $0.path + "index.html" == path }
    }
    /// The folder inside the archive, so that unpacking makes one folder.
    static let folder = "minhbach-du-lieu/"

    func files(for site: Site, pages: [RenderedPage], basePath: String) -> ([OutputFile], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        if site.config.params["license"] != nil, SiteAddress(config: site.config).licence == nil {
            diagnostics.append(Diagnostic(.publish(.licenceNotAGroup), at: SourceLocation(path: "content/site.yaml"),
                                          [MessageArgument("licence", #"{name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/"}"#)]))
        }
        guard !site.data.isEmpty else { return ([], diagnostics) }
        diagnostics += OpenDataPage.authoredPages(in: site.plan, basePath: basePath)
        let tables = OpenDataTables(index: site.index, links: PlanLinks(plan: site.plan, basePath: basePath, index: site.index),
                                    site: SiteAddress(config: site.config)).allTables()
        do {
            // One table at a time, a thousand rows at a time: made, written as CSV, JSON and a sheet, compressed, let go.
            let archive = try Archive(accessMode: .create)
            let date = Self.entryDate(site.asOf)
            var workbook = try XLSXWorkbookBuilder(modified: date)
            try Self.add(Self.folder + "README.txt", Data(readme(site).utf8), to: archive, date: date)
            var listed: [OpenDataPage.Table] = []
            for table in tables {
                listed.append(OpenDataPage.Table(name: table.name, records: table.rows.count))
                try table.write(to: archive, folder: Self.folder, workbook: &workbook, date: date)
            }
            guard let data = archive.data else { throw Archive.ArchiveError.unwritableArchive }
            let downloads = [OutputFile(path: Self.path, data: data), OutputFile(path: OpenDataWorkbook.path, data: try workbook.finish())]
            // The page offers the workbook first: it is what most readers open.
            let (pages, problems) = OpenDataPage.files(site: site, tables: listed, downloads: downloads.reversed(),
                                                            illustrative: Self.hasIllustrativeData(site.data))
            return (downloads + pages, diagnostics + problems)
        } catch {
            return ([], diagnostics + [Diagnostic(.publish(.bundleFailed), at: SourceLocation(path: Self.path), [MessageArgument("detail", "\(error)")])])
        }
    }

    /// Every entry has the same date (noon UTC of `as_of`), so the same
    /// data gives the same bytes.
    static func entryDate(_ date: CalendarDate) -> Date {
        var components = DateComponents()
        (components.year, components.month, components.day, components.hour) = (date.year, date.month, date.day, 12)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
    }

    static func add(_ path: String, _ data: Data, to archive: Archive, date: Date) throws {
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                             compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }

    static func hasIllustrativeData(_ data: DataSet) -> Bool {
        data.observations.contains { $0.illustrative } || data.tasks.contains { $0.illustrative }
            || data.ntmResults.contains { $0.illustrative } || data.heritage.contains { $0.illustrative }
    }

    private func readme(_ site: Site) -> String {
        let address = SiteAddress(config: site.config)
        let home = address.absolute(path: "")
        let licence = address.licence
        let counts = OpenDataTable.all.map { "  \($0.name): \($0.count(site.data))" }.joined(separator: "\n")
        let illustrative = Self.hasIllustrativeData(site.data)
        var text = """
        DỮ LIỆU MỞ — \(site.config.title)
        ==========================================================================

        Nguồn: \(address.publisher), \(home)
        Số liệu tính đến ngày \(site.asOf.short). Tệp do MinhBạch tạo từ dữ liệu của trang.
        Giấy phép: \(licence.map { $0.name + ($0.url.map { " (\($0))" } ?? "") } ?? "chưa công bố; hỏi đơn vị công bố trước khi dùng lại").

        Mỗi bảng có hai dạng với cùng các cột: csv/<bảng>.csv và json/<bảng>.json;
        tệp Excel minhbach-du-lieu.xlsx trên trang web có mỗi bảng trong một trang tính.
        Ý nghĩa các bảng và các cột: xem docs/DATA.md của MinhBạch.

        - Cột "illustrative" (true/false): true là DỮ LIỆU MINH HỌA, số liệu giả định
          để làm ví dụ, KHÔNG phải số liệu chính thức; không trích dẫn.\(illustrative ? "\n  Bộ dữ liệu này có dữ liệu minh họa." : "")
        - Cột "source", "document", "decision": mã văn bản nguồn của số liệu, tra trong
          bảng documents (số hiệu, ngày ban hành, cơ quan ban hành, đường dẫn).
        - Mã đơn vị hành chính ("area", "code") đi kèm cột "scheme": "legacy" là danh
          mục trước ngày 01/7/2025, "2025" là danh mục từ ngày 01/7/2025.
        - CSV: UTF-8 có BOM, phân cách bằng dấu phẩy, số thập phân dùng dấu chấm (18.5).
          Mở bằng Excel: giữ mã đơn vị là văn bản để không mất số 0 ở đầu (06, 01834).
          Ô văn bản bắt đầu bằng = + - @ hoặc ký tự tab được thêm dấu ' ở đầu để bảng
          tính không chạy như công thức; bản JSON giữ nguyên văn bản.

        Số bản ghi:
        \(counts)


        OPEN DATA — \(site.config.title)
        ==========================================================================

        Source: \(address.publisher), \(home)
        Figures as of \(site.asOf.iso). Files made by MinhBạch from the site's data.
        Licence: \(licence.map { $0.name + ($0.url.map { " (\($0))" } ?? "") } ?? "not stated; ask the publisher before reuse").

        Each table comes in two forms with the same columns: csv/<table>.csv and
        json/<table>.json; the Excel file minhbach-du-lieu.xlsx on the site has each
        table in a sheet. The tables and columns are described in MinhBạch's docs/DATA.md.

        - Column "illustrative" (true/false): true marks ILLUSTRATIVE DATA, invented
          for the example, NOT official statistics; do not cite it.\(illustrative ? "\n  This bundle contains illustrative data." : "")
        - Columns "source", "document", "decision": the id of the source document,
          listed in the documents table (number, date, issuer, link).
        - Administrative unit codes ("area", "code") come with a "scheme" column:
          "legacy" is the map before 1 July 2025, "2025" the map from 1 July 2025.
        - CSV: UTF-8 with a byte-order mark, comma-separated, decimal point (18.5).
          In Excel, keep unit codes as text so that leading zeros stay (06, 01834).
          A text cell starting with = + - @ or a tab has a ' put in front so that
          spreadsheets do not run it as a formula; the JSON files keep the text as is.

        Records:
        \(counts)

        """
        text = text.replacingOccurrences(of: "\n", with: "\r\n")
        return text
    }
}
