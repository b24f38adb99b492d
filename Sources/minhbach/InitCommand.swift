import ArgumentParser
import Foundation
import MinhBachBuild
import MinhBachDiagnostics

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

            --lang (vi, the default, or en) chooses the language of the messages of init and the \
            `language` of the new site.yaml, which the built site and later messages follow. / \
            --lang (vi, mặc định, hoặc en) chọn ngôn ngữ của các thông báo và dòng `language` \
            trong site.yaml của trang mới.
            """
    )

    @Argument(help: ArgumentHelp("The folder of the new site (created if missing).", valueName: "dir"))
    var folder: String

    @Flag(name: .long, help: "Start from an empty data-entry workbook instead of the example site. / Bắt đầu từ một sổ Excel trống để nhập liệu.")
    var workbook = false

    @Option(name: .long, help: ArgumentHelp("The language of the new site and of these messages: vi (default) or en. / Ngôn ngữ của trang mới: vi (mặc định) hoặc en.", valueName: "lang"))
    var lang: MessageLanguage = .vi

    func run() throws {
        let url = URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        switch SiteInitialiser().create(at: url, displayPath: folder, from: workbook ? .emptyWorkbook : .example) {
        case .failure(let diagnostic):
            FileHandle.standardError.write(Data((diagnostic.formatted(in: lang) + "\n").utf8))
            throw ExitCode(ExitStatus.siteErrors)
        case .success(let files):
            if lang == .en { try Self.makeEnglish(url.appendingPathComponent("content/site.yaml")) }
            let count = Summary.count(files.count, .file, lang)
            if workbook {
                print(Summary.line(Summary.createdWorkbook, lang,
                                   ["folder": folder, "files": count, "workbook": "\(folder)/content/data/du-lieu.xlsx"]))
            } else {
                print(Summary.line(Summary.created, lang, ["folder": folder, "files": count]))
            }
        }
    }

    /// The starter's site.yaml says `language: vi`; an English site says `en`.
    static func makeEnglish(_ config: URL) throws {
        let text = try String(contentsOf: config, encoding: .utf8)
        let lines = text.components(separatedBy: "\n").map { $0 == "language: vi" ? "language: en" : $0 }
        try Data(lines.joined(separator: "\n").utf8).write(to: config)
    }
}
