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
        var report = BuildReport(diagnostics: [])
        var stageStart = started
        func endStage(_ name: String) {
            let now = clock.now
            report.stageDurations.append((name, now - stageStart))
            stageStart = now
        }

        let prepared = SitePreparer(options: options).prepare()
        report.diagnostics = prepared.diagnostics
        report.stageDurations = prepared.stageDurations
        stageStart = clock.now
        guard let site = prepared.site else { return finish(report, started: started) }
        let (config, plan, theme, loaded) = (site.config, site.plan, site.theme, site.content)
        let writer = OutputWriter(output: options.output, displayPath: displayPath(of: options.output, options))
        if let problem = writer.check(sourceRoot: options.source) { report.diagnostics.append(problem) }
        guard !report.diagnostics.hasErrors else { return finish(report, started: started) }

        // render and write, page by page, into the staging folder
        writer.removeLeftovers()
        let staging: URL
        do {
            staging = try writer.makeStaging()
        } catch {
            report.diagnostics.append(.error(at: SourceLocation(path: writer.displayPath), "cannot create the output folder: \(error.localizedDescription)"))
            return finish(report, started: started)
        }
        let assetURLs = Dictionary(uniqueKeysWithValues: theme.assets.map { ($0.key, config.basePath + $0.outputPath) })
        var strings: [Language: [String: String]] = [:]
        let siteStrings = theme.strings[config.language] ?? theme.strings["vi"] ?? [:]
        for language in Language.allCases {
            strings[language] = siteStrings.merging(theme.strings[language.rawValue] ?? [:]) { _, own in own }
        }
        let contexts = PageContextBuilder(plan: plan, config: config, assetURLs: assetURLs, generator: Self.generator, strings: strings)
        let dataRendering = PageRenderer.DataRendering(index: site.index, links: PlanLinks(plan: plan, basePath: config.basePath, index: site.index),
                                                       year: site.year, asOf: site.asOf, displayPrefix: options.displayPrefix)
        let renderer = PageRenderer(markdown: CmarkRenderer(options: MarkdownOptions(
            allowRawHTML: config.allowRawHTML,
            footnoteBacklinkLabel: config.language == "vi" ? "Quay lại nội dung" : CmarkRenderer.cmarkBacklinkLabel)),
                                    theme: theme, basePath: config.basePath, data: dataRendering)
        let counter = ProgressCounter(total: plan.pages.count, stage: "render", progress: progress)
        let pageProblems = parallelMap(Array(plan.pages.indices)) { index -> [Diagnostic] in
            let page = plan.pages[index]
            let output = renderer.render(page, index: index, contexts: contexts)
            defer { counter.step() }
            do {
                try OutputWriter.write(Data(output.html.utf8), to: page.outputPath, in: staging)
                return output.diagnostics
            } catch {
                return output.diagnostics + [.error(at: SourceLocation(path: writer.displayPath + "/" + page.outputPath),
                                                    "cannot write the page: \(error.localizedDescription)")]
            }
        }
        report.diagnostics += Self.deduplicated(pageProblems.flatMap { $0 })
        report.pageCount = plan.pages.count
        for asset in theme.assets {
            do {
                try OutputWriter.write(asset.data, to: asset.outputPath, in: staging)
            } catch {
                report.diagnostics.append(.error(at: SourceLocation(path: writer.displayPath + "/" + asset.outputPath),
                                                 "cannot write the file: \(error.localizedDescription)"))
            }
        }
        for file in loaded.staticFiles {
            do {
                try OutputWriter.copy(file.sourcePath, to: file.outputPath, in: staging)
            } catch {
                report.diagnostics.append(.error(at: SourceLocation(path: file.sourcePath), "cannot copy the file: \(error.localizedDescription)"))
            }
        }
        report.otherFileCount = theme.assets.count + loaded.staticFiles.count
        endStage("render+write")

        guard !report.diagnostics.hasErrors else {
            try? FileManager.default.removeItem(at: staging)
            return finish(report, started: started)
        }
        do {
            try writer.publish(staging)
        } catch {
            try? FileManager.default.removeItem(at: staging)
            report.diagnostics.append(.error(at: SourceLocation(path: writer.displayPath), "cannot replace the output folder: \(error.localizedDescription)"))
        }
        endStage("publish")
        return finish(report, started: started)
    }

    /// A template error repeats on every page made from the template: keep
    /// the first of each message.
    static func deduplicated(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<String> = []
        return diagnostics.filter { diagnostic in
            let key = diagnostic.location.description + diagnostic.message.components(separatedBy: " (on the page").first!
            return seen.insert(key).inserted
        }
    }

    private func finish(_ report: BuildReport, started: ContinuousClock.Instant) -> BuildReport {
        var report = report
        report.duration = ContinuousClock.now - started
        report.diagnostics = report.diagnostics.sortedByLocation()
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
