import Foundation
import MinhBachContent
import MinhBachDiagnostics

/// What `minhbach pdf` is asked to do.
public struct PDFOptions: Sendable {
    /// The site folder (content/, templates/) and whether drafts are built.
    public var build: BuildOptions
    /// The page's URL path on the site: `/bao-cao/2025/` (with or without
    /// slashes, the base path of `base_url`, or the whole address).
    public var page: String
    /// `vi` or `en`: print that language's version of the page.
    public var language: String?
    /// The PDF file to write (replaced when it exists).
    public var output: URL
    /// How long one run of Chromium may take.
    public var timeout: Duration
    /// Where `MINHBACH_CHROMIUM` and `PATH` are read.
    public var environment: [String: String]

    public init(build: BuildOptions, page: String, language: String? = nil, output: URL,
                timeout: Duration = .seconds(120), environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.build = build
        self.page = page
        self.language = language
        self.output = output
        self.timeout = timeout
        self.environment = environment
    }
}

/// What a `minhbach pdf` run did.
public struct PDFReport: Sendable {
    /// The build of the site, when it ran (not when Chromium is missing).
    public var build: BuildReport?
    /// Problems of the printing itself; the build's are in `build`.
    public var diagnostics: [Diagnostic] = []
    /// The page printed, as a URL path (`/bao-cao/2025/`).
    public var pagePath: String?
    public var chromium: String?
    public var pageCount: Int?
    public var byteCount = 0
    /// True when the contents shows the page of each heading.
    public var numberedContents = false

    public var succeeded: Bool { (build?.succeeded ?? false) && !diagnostics.hasErrors }
}

/// `minhbach pdf`: builds the site into a temporary folder, then prints one
/// page of it to PDF with headless Chromium, with the page's print styles
/// (for a yearly report: a cover, the contents, chapters on new pages).
///
/// When the page has a table of contents that prints, it is printed twice:
/// the first PDF tells on which page each heading fell (its named
/// destinations), and the second has those numbers in the contents.
public struct PDFPrinter: Sendable {
    /// Messages about the command itself (not an input file) start with this.
    public static let messagePrefix = "minhbach pdf"

    public init() {}

    public func print(_ options: PDFOptions, progress: (any BuildProgress)? = nil) -> PDFReport {
        var report = PDFReport()
        let chromium: Chromium
        switch Chromium.locate(environment: options.environment) {
        case .success(let found): chromium = found
        case .failure(let problem):
            report.diagnostics.append(problem)
            return report
        }
        report.chromium = chromium.path
        if let missingFont = PrintFont.missingWarning() { report.diagnostics.append(missingFont) }
        if let problem = Self.checkOutput(options.output) {
            report.diagnostics.append(problem)
            return report
        }

        let scratch: URL
        do {
            scratch = try Self.makeScratch(for: chromium)
        } catch {
            report.diagnostics.append(Diagnostic(.publish(.printScratchFailed), at: SourceLocation(path: Self.messagePrefix),
                                                  [MessageArgument("detail", error.localizedDescription)]))
            return report
        }
        defer { try? FileManager.default.removeItem(at: scratch) }

        // Build the whole site: the page links to the stylesheet and icons of the build.
        var buildOptions = options.build
        buildOptions.output = scratch.appendingPathComponent("site")
        let build = SiteBuilder().build(buildOptions, progress: progress)
        report.build = build
        guard build.succeeded else { return report }

        let config = build.config
        let basePath = config.basePath
        let pagePath = Self.normalisedPath(options.page, basePath: basePath, baseURL: config.baseURL, language: options.language)
        report.pagePath = basePath + pagePath
        let siteFolder = buildOptions.output
        let pageFile = siteFolder.appendingPathComponent(pagePath + "index.html")
        guard let html = try? String(contentsOf: pageFile, encoding: .utf8) else {
            report.diagnostics.append(unknownPage(basePath + pagePath, options: buildOptions, basePath: basePath))
            return report
        }

        let isAbsolute = config.baseURL.hasPrefix("https://") || config.baseURL.hasPrefix("http://")
        var printable = PrintableHTML(basePath: basePath, publicBase: isAbsolute ? config.baseURL : nil, siteFolder: siteFolder)
            .rewrite(html)
        printable = PrintGlyphs.drawn(in: printable)
        let toc = PrintTOC(html: printable)
        if let own = toc?.ownID { printable = PrintTOC.withVisibilityProbe(printable, ownID: own) }
        let printFile = pageFile.deletingLastPathComponent().appendingPathComponent("minhbach-print.html")
        let pdf = scratch.appendingPathComponent("page.pdf")
        var run = PrintRun(chromium: chromium, scratch: scratch, page: printFile, pdf: pdf, timeout: options.timeout)

        // First print; then, when the contents printed, again with its page numbers.
        guard let first = run.print(printable) else {
            report.diagnostics.append(run.problem!)
            return report
        }
        var final = first
        if let toc, let own = toc.ownID, let pages = PDFStructure(first)?.destinationPages, pages[own] != nil,
           toc.targets.allSatisfy({ pages[$0] != nil }) {
            var numbers = pages
            for _ in 0..<2 {
                guard let again = run.print(PrintTOC.numbered(printable, pages: numbers)) else {
                    report.diagnostics.append(run.problem!)
                    return report
                }
                final = again
                report.numberedContents = true
                // The numbers take room: print once more if that moved a heading.
                guard let moved = PDFStructure(again)?.destinationPages,
                      toc.targets.contains(where: { moved[$0] != numbers[$0] }) else { break }
                numbers = moved
            }
        }

        report.pageCount = PDFStructure(final)?.pages?.count
        report.byteCount = final.count
        do {
            try Self.place(final, at: options.output)
        } catch {
            report.diagnostics.append(Diagnostic(.publish(.pdfNotWritten), at: SourceLocation(path: options.output.path),
                                                  [MessageArgument("detail", error.localizedDescription)]))
        }
        return report
    }

    // MARK: - The page

    /// `/bao-cao/2025/`, `bao-cao/2025`, `https://host/bao-cao/2025/index.html`
    /// → `bao-cao/2025/` (below the base path); `--lang` picks the version.
    static func normalisedPath(_ raw: String, basePath: String, baseURL: String, language: String?) -> String {
        var path = raw.trimmingCharacters(in: .whitespaces)
        if let scheme = path.range(of: "://") {
            let afterHost = path[scheme.upperBound...].drop(while: { $0 != "/" })
            path = afterHost.isEmpty ? "/" : String(afterHost)
        }
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = String(path[..<cut]) }
        if !path.hasPrefix("/") { path = "/" + path }
        if basePath != "/", path.hasPrefix(basePath) || path + "/" == basePath {
            path = "/" + path.dropFirst(basePath.count)
        }
        path = String(path.drop(while: { $0 == "/" }))
        if path.hasSuffix("index.html") { path = String(path.dropLast("index.html".count)) }
        if !path.isEmpty, !path.hasSuffix("/") { path += "/" }
        switch language {
        case "en" where !path.hasPrefix("en/") && path != "en/": path = "en/" + path
        case "vi" where path.hasPrefix("en/"): path = String(path.dropFirst(3))
        default: break
        }
        return path.removingPercentEncoding ?? path
    }

    private func unknownPage(_ path: String, options: BuildOptions, basePath: String) -> Diagnostic {
        let reports = Self.reportPaths(options).map { basePath + $0 }
        let at = SourceLocation(path: Self.messagePrefix)
        if reports.isEmpty {
            return Diagnostic(.publish(.printPageUnknown), at: at,
                              [MessageArgument("path", path), MessageArgument("address", "\(basePath)bao-cao/2025/")])
        }
        let shown = reports.prefix(5).joined(separator: ", ")
        return Diagnostic(.publish(.printPageUnknownReports), at: at,
                          [MessageArgument("path", path), MessageArgument("reports", "\(shown)\(reports.count > 5 ? ", ..." : "")")])
    }

    /// The paths of the yearly reports, newest first, Vietnamese before English.
    static func reportPaths(_ options: BuildOptions) -> [String] {
        guard let site = SitePreparer(options: options).prepare().site else { return [] }
        return site.plan.pages
            .compactMap { page -> (year: Int, english: Bool, path: String)? in
                guard case .report(let year)? = page.record else { return nil }
                return (year, page.language == .en, page.path)
            }
            .sorted { a, b in
                if a.year != b.year { return a.year > b.year }
                if a.english != b.english { return !a.english }
                return a.path < b.path
            }
            .map(\.path)
    }

    // MARK: - Files

    private static func checkOutput(_ output: URL) -> Diagnostic? {
        var isDirectory: ObjCBool = false
        let at = SourceLocation(path: output.relativePath)
        if FileManager.default.fileExists(atPath: output.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return Diagnostic(.publish(.pdfOutputIsAFolder), at: at)
        }
        let folder = output.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) || !isDirectory.boolValue {
            return Diagnostic(.publish(.pdfOutputFolderMissing), at: at)
        }
        return nil
    }

    /// A Snap package of Chromium cannot see the system's /tmp: use a folder in the home folder for it.
    private static func makeScratch(for chromium: Chromium) throws -> URL {
        let parent = chromium.isSnap ? FileManager.default.homeDirectoryForCurrentUser : FileManager.default.temporaryDirectory
        let folder = parent.appendingPathComponent("minhbach-pdf-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Written beside the output, then renamed: a failed write leaves no half PDF.
    private static func place(_ data: Data, at output: URL) throws {
        let partial = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).tmp-\(getpid())")
        try data.write(to: partial)
        if rename(partial.path, output.path) != 0 {
            let problem = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: partial)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: problem])
        }
    }
}

/// One page printed by Chromium, perhaps several times.
private struct PrintRun {
    let chromium: Chromium
    let scratch: URL
    let page: URL
    let pdf: URL
    let timeout: Duration
    var problem: Diagnostic?

    mutating func print(_ html: String) -> Data? {
        let at = SourceLocation(path: PDFPrinter.messagePrefix)
        do {
            try html.write(to: page, atomically: true, encoding: .utf8)
        } catch {
            problem = Diagnostic(.publish(.printPageNotWritten), at: at, [MessageArgument("detail", error.localizedDescription)])
            return nil
        }
        try? FileManager.default.removeItem(at: pdf)
        let log = scratch.appendingPathComponent("chromium.log")
        let arguments = chromium.arguments(printing: page, to: pdf, profile: scratch.appendingPathComponent("profile"))
        let outcome = chromium.run(arguments, log: log, timeout: timeout)
        let data = try? Data(contentsOf: pdf)
        if outcome != .timedOut, let data, data.starts(with: Array("%PDF-".utf8)) { return data }
        let seconds = timeout.components.seconds
        let said = Self.lastMessage(log)
        switch outcome {
        case .timedOut:
            let duration = LocalizedText(vi: "\(seconds) giây", en: "\(seconds) second\(seconds == 1 ? "" : "s")")
            problem = Diagnostic(.publish(.chromiumTimedOut), at: at,
                                 [MessageArgument("duration", duration), MessageArgument("longer", "\(seconds * 2)")])
        case .couldNotStart(let code):
            problem = Diagnostic(.publish(.chromiumDidNotStart), at: at,
                                 [MessageArgument("program", chromium.path), MessageArgument("detail", String(cString: strerror(code))),
                                  MessageArgument("variable", Chromium.environmentKey)])
        case .exited(let status):
            problem = Self.failed(chromium, LocalizedText(vi: "kết thúc với mã \(status)", en: "ended with status \(status)"), said: said, at: at)
        case .killedBySignal(let signal):
            problem = Self.failed(chromium, LocalizedText(vi: "bị dừng bởi tín hiệu \(signal)", en: "was stopped by signal \(signal)"),
                                  said: said, at: at)
        }
        return nil
    }

    /// Chromium ended without a PDF; what it last said, if anything, is the hint.
    private static func failed(_ chromium: Chromium, _ ending: LocalizedText, said: String?, at: SourceLocation) -> Diagnostic {
        let arguments = [MessageArgument("program", chromium.path), MessageArgument("ending", ending)]
        guard let said else { return Diagnostic(.publish(.chromiumFailed), at: at, arguments) }
        return Diagnostic(.publish(.chromiumFailedSaying), at: at, arguments + [MessageArgument("said", said)])
    }

    /// The last line of Chromium's output that is not about D-Bus (headless
    /// Chromium complains about it on every server).
    static func lastMessage(_ log: URL) -> String? {
        guard let text = try? String(contentsOf: log, encoding: .utf8) else { return nil }
        return text.split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .last { !$0.isEmpty && !$0.contains("dbus") && !$0.contains("D-Bus") }
    }
}
