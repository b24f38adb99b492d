import ArgumentParser
import Foundation
import MinhBachBuild
import MinhBachDiagnostics

struct WorkbookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workbook",
        abstract: "Ghi dữ liệu của trang thành một sổ Excel để nhập liệu. / Write the site's data as one data-entry workbook (.xlsx).",
        discussion: """
            Mỗi bảng của content/data/ là một trang tính (sheet): dòng tiêu đề cố định, mỗi cột có \
            ghi chú (nội dung, giá trị hợp lệ), danh sách chọn cho các giá trị có sẵn và mã của bảng \
            khác, mã được giữ dạng chữ để không mất số 0 ở đầu. Cách dùng: sửa, thêm số liệu trong \
            Excel; đặt sổ vào content/data/ và xóa các tệp CSV/YAML/JSON mà sổ thay thế (lệnh liệt kê \
            chúng), vì một bảng nằm ở hai tệp là lỗi — hoặc dùng --replace để lệnh tự làm việc này, \
            các tệp cũ được giữ trong thư mục du-lieu-cu/; rồi chạy minhbach build. Thư mục heritage/ \
            (di tích, tệp Markdown) không nằm trong sổ và giữ nguyên. Sổ vẫn được ghi khi dữ liệu có \
            lỗi (để sửa trong Excel); lệnh cho biết số lỗi, xem chi tiết bằng minhbach check.

            Every table of content/data/ becomes one sheet: the header row frozen, a note on each \
            column (what it holds, the values allowed), drop-down lists for fixed values and for ids \
            of other tables, and codes kept as text so their leading zeros stay. To use it: edit and \
            add data in Excel; put the workbook in content/data/ and delete the CSV/YAML/JSON files \
            it replaces (the command lists them), since a table in two files is an error — or let \
            --replace do it, keeping the old files in du-lieu-cu/; then run minhbach build. The heritage/ folder (Markdown files) is not in the workbook and stays \
            as it is. The workbook is written even when the data has errors (to fix them in Excel); \
            the command counts them, and minhbach check lists them. A file that cannot be read as a \
            table stops the command (exit status 1), since its data would be missing from the workbook.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The site folder, holding content/data/.", valueName: "dir"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("The workbook to write (default: \(EntryWorkbookExport.fileName) in the current folder).", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: ArgumentHelp("""
        Put the workbook in content/data/\(EntryWorkbookExport.fileName) in place of the files it holds, which are moved to \
        \(EntryWorkbookExport.keptFolder)/<time>/ in the site folder (once the workbook, read back, gives every table as many records). \
        / Đặt sổ vào content/data/ thay cho các tệp, các tệp cũ được chuyển sang \(EntryWorkbookExport.keptFolder)/.
        """))
    var replace = false

    @Flag(name: .long, help: "Replace the output file if it exists.")
    var force = false

    @OptionGroup var messages: MessageOptions

    func validate() throws {
        if replace, output != nil { throw ValidationError(WorkbookMessages.replaceWithOutput) }
        if let output, !output.lowercased().hasSuffix(".xlsx") { throw ValidationError(WorkbookMessages.notXLSX(output)) }
    }

    func run() throws {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let site = SiteOptions.displayPrefix(of: source)
        let export = EntryWorkbookExport(source: URL(fileURLWithPath: source, relativeTo: current), displayPrefix: site)
        let output = output ?? EntryWorkbookExport.fileName
        let language = messages.language(ofSiteAt: URL(fileURLWithPath: source, relativeTo: current))
        let result = replace
            ? export.replaceTables(force: force).map { WorkbookMessages.replaced($0) }
            : export.write(to: URL(fileURLWithPath: output, relativeTo: current), displayOutput: output, force: force)
                .map { WorkbookMessages.written(output, $0) }
        switch result {
        case .success(let message):
            print(message)
        case .failure(let problem):
            FileHandle.standardError.write(Data((WorkbookMessages.failure(problem, language: language) + "\n").utf8))
            throw ExitCode(ExitStatus.siteErrors)
        }
    }
}

/// Every message of `minhbach workbook`, Vietnamese first, then English.
enum WorkbookMessages {
    static func notXLSX(_ path: String) -> String {
        "tệp ghi ra phải có đuôi .xlsx: '\(path)' / the output must be an .xlsx file: '\(path)'"
    }

    static let replaceWithOutput = "--replace ghi sổ vào content/data/\(EntryWorkbookExport.fileName), không dùng cùng --output / --replace writes content/data/\(EntryWorkbookExport.fileName) and takes no --output"

    static func wrote(_ path: String, _ summary: EntryWorkbookExport.Summary) -> [String] {
        var lines = ["Đã ghi \(path): \(summary.sheets) trang tính, \(summary.rows) dòng dữ liệu. / Wrote \(path): \(summary.sheets) sheets, \(summary.rows) data rows."]
        if summary.errors > 0 || summary.warnings > 0 {
            lines.append("Dữ liệu hiện có \(summary.errors) lỗi, \(summary.warnings) cảnh báo; sổ vẫn được ghi để sửa trong Excel. Xem chi tiết: minhbach check. / "
                + "The data has \(summary.errors) errors and \(summary.warnings) warnings; the workbook was written so they can be fixed in Excel. See minhbach check.")
        }
        return lines
    }

    static func replaced(_ replacement: EntryWorkbookExport.Replacement) -> String {
        (wrote(replacement.workbook, replacement.summary)
            + ["Các tệp sổ thay thế đã được chuyển sang \(replacement.kept)/ / The files it replaces were moved to \(replacement.kept)/:"]
            + replacement.summary.sources.map { "  \(($0 as NSString).lastPathComponent)" }).joined(separator: "\n")
    }

    static func written(_ path: String, _ summary: EntryWorkbookExport.Summary) -> String {
        var lines = wrote(path, summary)
        if !summary.sources.isEmpty {
            lines.append("Để dùng sổ: đặt vào content/data/ rồi xóa các tệp nó thay thế / To use it, put it in content/data/ and delete the files it replaces:")
            lines += summary.sources.map { "  \($0)" }
        }
        return lines.joined(separator: "\n")
    }

    static func failure(_ problem: EntryWorkbookExport.Problem, language: MessageLanguage = .en) -> String {
        switch problem {
        case .outputExists(let path):
            return "error: \(path) đã có; thêm --force để ghi đè, hoặc chọn tên khác bằng --output / \(path) exists; add --force to replace it, or choose another name with --output"
        case .noDataFolder(let path):
            return "error: không có thư mục \(path) / there is no \(path) folder\n  hint: chạy lệnh trong thư mục của trang, hoặc dùng --source / run it in the site folder, or give --source"
        case .unreadable(let diagnostics):
            return diagnostics.map { $0.formatted(in: language) }.joined(separator: "\n")
                + "\nKhông ghi sổ: các tệp trên không đọc được, dữ liệu của chúng sẽ thiếu trong sổ. / The workbook was not written: the files above cannot be read, and their data would be missing from it."
        case .notTheSameData(let table):
            return "error: đọc lại sổ, bảng '\(table)' không có đủ số bản ghi như tệp; không thay đổi gì / read back, the workbook does not give the table '\(table)' as many records as its file; nothing was changed"
        case .cannotWrite(let path, let reason):
            return "error: không ghi được \(path) / cannot write \(path): \(reason)"
        }
    }
}
