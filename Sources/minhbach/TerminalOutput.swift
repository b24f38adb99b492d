import Foundation
import MinhBachBuild
import MinhBachDiagnostics

/// Diagnostics and progress on the terminal. The progress line is drawn only
/// when standard error is a terminal, so logs and CI output stay clean.
final class TerminalOutput: BuildProgress, @unchecked Sendable {
    private let lock = NSLock()
    private let showsProgress: Bool
    /// The language problems are worded in: the site's, known once the
    /// build has read site.yaml, unless `--lang` chose.
    var language: MessageLanguage
    private var drewProgress = false
    /// Short builds should not flicker: progress appears after this long.
    private let startedAt = ContinuousClock.now
    private let delay = Duration.milliseconds(300)

    init(progressEnabled: Bool, language: MessageLanguage) {
        self.language = language
        self.showsProgress = progressEnabled && isatty(STDERR_FILENO) == 1
    }

    func update(stage: String, done: Int, total: Int) {
        guard showsProgress, ContinuousClock.now - startedAt > delay else { return }
        lock.lock()
        defer { lock.unlock() }
        let percent = total == 0 ? 100 : done * 100 / total
        FileHandle.standardError.write(Data("\r\u{1B}[K\(stage): \(done)/\(total) pages (\(percent)%)".utf8))
        drewProgress = true
    }

    func finishProgress() {
        lock.lock()
        defer { lock.unlock() }
        if drewProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        drewProgress = false
    }

    /// Causes first, and problems of one kind in one file shown once, with
    /// a count. (A preview rebuild's problems come unsorted.)
    func print(_ diagnostics: [Diagnostic]) {
        for group in diagnostics.sortedCauseFirst().grouped() { printError(group.formatted(in: language)) }
    }

    func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// The summary lines of the commands ("Đã dựng 12 trang trong 85 ms"):
/// not problems, so not in the message catalogue, but worded in the same
/// language as the problems above them. Every word of them is in this
/// table; Vietnamese nouns have no plural.
enum Summary {
    /// A counted thing: Vietnamese, English singular, English plural.
    enum Noun {
        case page, error, warning, file, link, brokenLink, xmlFile, dataTable, record

        var words: (vi: String, one: String, many: String) {
            switch self {
            case .page: ("trang", "page", "pages")
            case .error: ("lỗi", "error", "errors")
            case .warning: ("cảnh báo", "warning", "warnings")
            case .file: ("tệp", "file", "files")
            case .link: ("liên kết", "link", "links")
            case .brokenLink: ("liên kết hỏng", "broken link", "broken links")
            case .xmlFile: ("tệp XML", "XML file", "XML files")
            case .dataTable: ("bảng dữ liệu", "data table", "data tables")
            case .record: ("bản ghi", "record", "records")
            }
        }
    }

    /// `12 trang`, `12 pages`, `1 page`.
    static func count(_ number: Int, _ noun: Noun, _ language: MessageLanguage) -> String {
        let words = noun.words
        return "\(number) " + (language == .vi ? words.vi : number == 1 ? words.one : words.many)
    }

    /// The table's sentences, `{name}` filled in by `line`.
    static let built = LocalizedText(vi: "Đã dựng {pages} trong {ms} ms{warnings}", en: "Built {pages} in {ms} ms{warnings}")
    static let buildFailed = LocalizedText(vi: "Dựng trang thất bại: {errors}", en: "Build failed: {errors}")
    static let strictWarnings = LocalizedText(vi: " (--strict: cảnh báo được tính là lỗi)", en: " (--strict: warnings are errors)")
    static let outputKept = LocalizedText(vi: "; {output} không bị thay đổi", en: "; {output} was not changed")
    static let noPDFAfterBuild = LocalizedText(vi: "; không có tệp PDF nào được ghi", en: "; no PDF was written")
    static let noPDF = LocalizedText(vi: "Không có tệp PDF nào được ghi", en: "No PDF was written")
    static let wrotePDF = LocalizedText(vi: "Đã ghi {file} ({details}) từ trang {page}", en: "Wrote {file} ({details}) from {page}")
    static let checked = LocalizedText(vi: "Đã kiểm tra {pages} và {tables} ({records}) trong {ms} ms: {verdict}",
                                       en: "Checked {pages} and {tables} ({records}) in {ms} ms: {verdict}")
    static let noProblems = LocalizedText(vi: "không có vấn đề nào", en: "no problems")
    static let checkedLinks = LocalizedText(
        vi: "Đã kiểm tra {links} trong {pages}{feeds} ({external} tới trang web khác, không mở) trong {ms} ms: {verdict}",
        en: "Checked {links} in {pages}{feeds} ({external} to other sites, not fetched) in {ms} ms: {verdict}")
    static let andFeeds = LocalizedText(vi: " và {feeds}", en: " and {feeds}")
    static let noBrokenLinks = LocalizedText(vi: "không có liên kết hỏng", en: "no broken links")
    static let serving = LocalizedText(vi: "Đang xem trước tại {address} — bấm Ctrl-C để dừng", en: "Serving at {address} — press Ctrl-C to stop")
    static let rebuilt = LocalizedText(vi: "đã dựng {pages}, {files} thay đổi", en: "rendered {pages}, {files} changed")
    static let rebuildFailed = LocalizedText(vi: "{errors}; các trang dựng được lần trước vẫn được hiển thị",
                                             en: "{errors}; the last good pages are still served")
    static let after = LocalizedText(vi: "{what} trong {ms} ms", en: "{what} in {ms} ms")
    static let created = LocalizedText(vi: "Đã tạo {folder} với {files}. Tiếp theo: minhbach build --source {folder}",
                                       en: "Created {folder} with {files}. Next: minhbach build --source {folder}")
    static let createdWorkbook = LocalizedText(
        vi: "Đã tạo {folder} ({files}). Tiếp theo: mở {workbook} bằng Excel để nhập số liệu, lưu lại, rồi chạy minhbach build --source {folder}",
        en: "Created {folder} ({files}). Next: open {workbook} in Excel to enter the data, save it, then run minhbach build --source {folder}")

    /// One sentence of the table in `language`, its `{name}`s filled in.
    static func line(_ text: LocalizedText, _ language: MessageLanguage, _ values: [String: String] = [:]) -> String {
        text.worded(in: language, values.map { MessageArgument($0.key, $0.value) })
    }

    /// `12 lỗi, 1 cảnh báo`; the warnings only when there are some.
    static func errorsAndWarnings(_ diagnostics: [Diagnostic], _ language: MessageLanguage) -> String {
        let warnings = diagnostics.warnings.count
        return count(diagnostics.errors.count, .error, language) + (warnings > 0 ? ", " + count(warnings, .warning, language) : "")
    }

    static func success(_ report: BuildReport, _ language: MessageLanguage) -> String {
        let warnings = report.diagnostics.warnings.count
        return line(built, language, ["pages": count(report.pageCount, .page, language), "ms": "\(milliseconds(report.duration))",
                                      "warnings": warnings == 0 ? "" : " (\(count(warnings, .warning, language)))"])
    }

    static func failure(_ report: BuildReport, output: String, _ language: MessageLanguage) -> String {
        var text = line(buildFailed, language, ["errors": errorsAndWarnings(report.diagnostics, language)])
        if report.strict, report.diagnostics.errors.isEmpty { text += strictWarnings[language] }
        return text + line(outputKept, language, ["output": output])
    }

    static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
