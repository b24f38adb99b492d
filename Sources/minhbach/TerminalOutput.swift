import Foundation
import MinhBachBuild
import MinhBachDiagnostics

/// Diagnostics and progress on the terminal. The progress line is drawn only
/// when standard error is a terminal, so logs and CI output stay clean.
final class TerminalOutput: BuildProgress, @unchecked Sendable {
    private let lock = NSLock()
    private let showsProgress: Bool
    /// The language problems are worded in.
    private let language: MessageLanguage
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

enum Summary {
    static func success(_ report: BuildReport) -> String {
        let warnings = report.diagnostics.warnings.count
        let warningText = warnings == 0 ? "" : " (\(plural(warnings, "warning")))"
        return "Built \(plural(report.pageCount, "page")) in \(milliseconds(report.duration)) ms\(warningText)"
    }

    static func failure(_ report: BuildReport, output: String) -> String {
        let errors = report.diagnostics.errors.count
        let warnings = report.diagnostics.warnings.count
        var text = "Build failed: \(plural(errors, "error"))"
        if warnings > 0 { text += ", \(plural(warnings, "warning"))" }
        if report.strict, errors == 0 { text += " (--strict: warnings are errors)" }
        return text + "; \(output) was not changed"
    }

    static func plural(_ count: Int, _ word: String) -> String {
        "\(count) \(word)\(count == 1 ? "" : "s")"
    }

    static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
