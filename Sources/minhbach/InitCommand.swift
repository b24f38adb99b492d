import ArgumentParser
import Foundation
import MinhBachBuild

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site from the example site.",
        discussion: """
            Writes the example site — site.yaml, pages, programme data — into DIR/content/. \
            The built-in theme is used until you add a templates/ folder; copy any file of \
            the repository's templates/ there to change it.

            With --workbook the new site has no example data: its data is one empty data-entry \
            workbook, content/data/du-lieu.xlsx (a sheet per table, with notes and drop-down lists; \
            see minhbach workbook --help), and its only page is the home page. / Với --workbook, \
            trang mới không có dữ liệu mẫu: dữ liệu là một sổ Excel trống content/data/du-lieu.xlsx \
            để nhập liệu, và chỉ có trang chủ.
            """
    )

    @Argument(help: ArgumentHelp("The folder of the new site (created if missing).", valueName: "dir"))
    var folder: String

    @Flag(name: .long, help: "Start from an empty data-entry workbook instead of the example site. / Bắt đầu từ một sổ Excel trống để nhập liệu.")
    var workbook = false

    func run() throws {
        let url = URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        switch SiteInitialiser().create(at: url, displayPath: folder, from: workbook ? .emptyWorkbook : .example) {
        case .failure(let diagnostic):
            FileHandle.standardError.write(Data((diagnostic.formatted + "\n").utf8))
            throw ExitCode(ExitStatus.siteErrors)
        case .success(let files):
            if workbook {
                print(InitMessages.workbookCreated(folder, files: files.count))
            } else {
                print("Created \(folder) with \(files.count) files. Next: minhbach build --source \(folder)")
            }
        }
    }
}

enum InitMessages {
    static func workbookCreated(_ folder: String, files: Int) -> String {
        let workbook = "\(folder)/content/data/du-lieu.xlsx"
        return """
            Đã tạo \(folder) (\(files) tệp). Tiếp theo: mở \(workbook) bằng Excel để nhập số liệu, lưu lại, rồi chạy minhbach build --source \(folder)
            Created \(folder) (\(files) files). Next: open \(workbook) in Excel to enter the data, save it, then run minhbach build --source \(folder)
            """
    }
}
