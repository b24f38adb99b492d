import Foundation
import MinhBachContent
import MinhBachDiagnostics
import MinhBachMarkdown
import MinhBachParallel
import MinhBachTemplates
import MinhBachText

/// Runs the pipeline in its order — load, plan, render, write — and stops
/// before writing when any stage found an error, so a bad input never
/// replaces a good site.
public struct SiteBuilder: Sendable {
    public static let version = "0.1.0"
    public static let generator = "MinhBạch \(version)"

    public init() {}

    public func build(_ options: BuildOptions, progress: (any BuildProgress)? = nil) -> BuildReport {
        let clock = ContinuousClock()
        let started = clock.now
        var report = BuildReport(diagnostics: [], strict: options.strict)
        var stageStart = started
        func endStage(_ name: String) {
            let now = clock.now
            report.stageDurations.append((name, now - stageStart))
            stageStart = now
        }

        let prepared = SitePreparer(options: options).prepare()
        report.diagnostics = prepared.diagnostics
        report.stageDurations = prepared.stageDurations
        report.config = prepared.config
        stageStart = clock.now
        guard let site = prepared.site else { return finish(report, started: started) }
        let (plan, loaded) = (site.plan, site.content)
        let writer = OutputWriter(output: options.output, displayPath: displayPath(of: options.output, options))
        if let problem = writer.check(sourceRoot: options.source) { report.diagnostics.append(problem) }
        guard report.succeeded else { return finish(report, started: started) }

        // render and write, page by page, into the staging folder
        writer.removeLeftovers()
        let staging: URL
        do {
            staging = try writer.makeStaging()
        } catch {
            report.diagnostics.append(Diagnostic(.content(.outputFolderNotCreated), at: SourceLocation(path: writer.displayPath), [MessageArgument("reason", error.localizedDescription)]))
            return finish(report, started: started)
        }
        let rendering = SiteRendering(site: site, options: options)
        let counter = ProgressCounter(total: plan.pages.count, stage: "render", progress: progress)
        // Each page is written as soon as it is rendered, with its downloads,
        // and its words go into the search index: nothing of it is kept.
        // The outputs made from the plan alone (the data bundle, feeds,
        // sitemap) are the first jobs of the same run, so that the long
        // ones overlap the pages rather than follow them on one core.
        let search = SearchCollector(plan: plan, pages: Array(plan.pages.indices))
        let early = ExtraOutputs.fromThePlan
        let write = { (files: [OutputFile]) -> [Diagnostic] in
            files.compactMap { file in
                do {
                    try OutputWriter.write(file.data, to: file.path, in: staging)
                    return nil
                } catch {
                    return Diagnostic(.content(.outputFileNotWritten), at: SourceLocation(path: writer.displayPath + "/" + file.path),
                                      [MessageArgument("reason", error.localizedDescription)])
                }
            }
        }
        let problems = parallelMap(Array(0..<(early.count + plan.pages.count))) { job -> (diagnostics: [Diagnostic], files: Int) in
            guard job >= early.count else {
                let (files, diagnostics) = rendering.files(of: early[job])
                return (diagnostics + write(files), files.count)
            }
            let index = job - early.count
            let page = plan.pages[index]
            let output = rendering.render(page: index)
            defer { counter.step() }
            let pageFile = OutputFile(path: page.outputPath, data: Data(output.html.utf8))
            let diagnostics = output.diagnostics + write([pageFile] + output.files)
            search.add(page: index, rendering.searchDocument(page: index, bodyHTML: output.bodyHTML))
            return (diagnostics, 0)
        }
        report.diagnostics += Self.deduplicated(problems.dropFirst(early.count).flatMap(\.diagnostics))
        report.pageCount = plan.pages.count
        let earlyFiles = problems.prefix(early.count).reduce(0) { $0 + $1.files }
        report.diagnostics += problems.prefix(early.count).flatMap(\.diagnostics)
        let (files, extraProblems) = rendering.otherFiles(pages: [], search: search, outputs: ExtraOutputs.afterThePages(search: search))
        report.diagnostics += extraProblems
        // On both cores, as the pages are: the search index alone is
        // thousands of small files.
        report.diagnostics += parallelMap(files) { write([$0]) }.flatMap { $0 }
        for file in loaded.staticFiles {
            do {
                try OutputWriter.copy(file.sourcePath, to: file.outputPath, in: staging)
            } catch {
                report.diagnostics.append(Diagnostic(.content(.staticFileNotCopied), at: SourceLocation(path: file.sourcePath), [MessageArgument("reason", error.localizedDescription)]))
            }
        }
        report.otherFileCount = earlyFiles + files.count + loaded.staticFiles.count
        endStage("render+write")

        guard report.succeeded else {
            try? FileManager.default.removeItem(at: staging)
            return finish(report, started: started)
        }
        do {
            try writer.publish(staging)
        } catch {
            try? FileManager.default.removeItem(at: staging)
            report.diagnostics.append(Diagnostic(.content(.outputFolderNotReplaced), at: SourceLocation(path: writer.displayPath), [MessageArgument("reason", error.localizedDescription)]))
        }
        endStage("publish")
        return finish(report, started: started)
    }

    /// A template error repeats on every page made from the template: keep
    /// the first of each message.
    static func deduplicated(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<String> = []
        return diagnostics.filter { diagnostic in
            let key = diagnostic.location.description + diagnostic.message
            return seen.insert(key).inserted
        }
    }

    private func finish(_ report: BuildReport, started: ContinuousClock.Instant) -> BuildReport {
        var report = report
        report.duration = ContinuousClock.now - started
        report.diagnostics = report.diagnostics.sortedCauseFirst()
        return report
    }

    private func displayPath(of output: URL, _ options: BuildOptions) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return output.path.hasPrefix(cwd) ? String(output.path.dropFirst(cwd.count)) : output.path
    }
}

/// Counts finished pages across threads and reports every 1 % or so.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let stage: String
    private let progress: (any BuildProgress)?
    private let every: Int

    init(total: Int, stage: String, progress: (any BuildProgress)?) {
        self.total = total
        self.stage = stage
        self.progress = progress
        self.every = max(1, total / 100)
    }

    func step() {
        guard let progress else { return }
        lock.lock()
        done += 1
        let current = done
        lock.unlock()
        if current % every == 0 || current == total { progress.update(stage: stage, done: current, total: total) }
    }
}
