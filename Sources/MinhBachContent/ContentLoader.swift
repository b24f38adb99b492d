import Foundation
import MinhBachDiagnostics
import MinhBachParallel

/// The load stage: reads `content/site.yaml` and every file under
/// `content/`, in parallel, into values. It never stops at the first
/// problem: every unreadable file and every front-matter error is reported.
public struct ContentLoader: Sendable {
    /// The site folder (holding `content/`).
    public let root: URL
    /// Put before paths in messages: "" when the site is the current folder.
    public let displayPrefix: String
    /// Which files' Markdown stays in memory from loading on, instead of
    /// being read again when its page is rendered (ContentFile.Body).
    public let keptBodies: BodyKeeping
    /// `content/`, and its path with a `/` (one string for every file's
    /// `BodyFile`).
    private let content: URL
    private let contentPath: String

    public init(root: URL, displayPrefix: String = "", keptBodies: BodyKeeping = .whileSmall) {
        self.root = root.standardizedFileURL
        self.displayPrefix = displayPrefix
        self.keptBodies = keptBodies
        content = self.root.appendingPathComponent("content")
        contentPath = content.path + "/"
    }

    /// Folders of `content/` that hold data, not pages (loaded by the data stage).
    public static let reservedFolders: Set<String> = ["data"]
    public static let configFile = "site.yaml"

    /// Reads site.yaml too; a build that has read it already passes it to `load(config:)`.
    public func load() -> (LoadedSite?, [Diagnostic]) {
        let (config, problems) = SiteConfigFile.load(siteAt: root, displayPrefix: displayPrefix)
        let (site, fileProblems) = load(config: config)
        return (site, (problems + fileProblems).sortedByLocation())
    }

    /// Reads every file under `content/`, with the site's settings already read.
    public func load(config: SiteConfig) -> (LoadedSite?, [Diagnostic]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return (nil, [Diagnostic(.content(.noContentFolder),
                                     at: SourceLocation(path: displayPrefix.isEmpty ? "." : String(displayPrefix.dropLast())))])
        }
        let diagnostics = DiagnosticCollector()
        let scan = scanContent(content, diagnostics)
        let budget = BodyBudget(keptBodies, pages: scan.markdown.count)
        let files = parallelMap(scan.markdown) { relative in
            let (file, problems) = readContentFile(relative, budget: budget)
            diagnostics.add(contentsOf: problems)
            return file
        }
        let site = LoadedSite(config: config, files: files.compactMap { $0 }, staticFiles: scan.staticFiles)
        return (site, diagnostics.all)
    }

    func displayPath(_ relativeToRoot: String) -> String {
        displayPrefix + relativeToRoot
    }

    /// One file of `content/`, by its path below it.
    public func readContentFile(_ relative: String) -> (ContentFile?, [Diagnostic]) {
        readContentFile(relative, budget: BodyBudget(keptBodies, pages: 1))
    }

    private func readContentFile(_ relative: String, budget: BodyBudget) -> (ContentFile?, [Diagnostic]) {
        let path = displayPath("content/" + relative)
        let (bytes, text): (Data, String)
        switch TextFile.readBytes(content.appendingPathComponent(relative), displayPath: path).flatMap({ bytes in
            TextFile.decode(bytes, displayPath: path).map { (bytes, $0) }
        }) {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let value): (bytes, text) = value
        }
        let split: SplitContent
        switch FrontMatterParser.split(text, path: path) {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let value): split = value
        }
        var frontMatter = FrontMatter()
        var problems: [Diagnostic] = []
        if let yaml = split.frontMatter {
            (frontMatter, problems) = FrontMatterParser.parse(yaml, path: path, firstLine: 2)
        }
        let leftIn = budget.keeps(split.body) ? nil : ContentFile.BodyFile(contentFolder: contentPath, bytes: bytes, text: text)
        let file = ContentFile(relativePath: relative, displayPath: path, frontMatter: frontMatter,
                               body: split.body, bodyFirstLine: split.bodyFirstLine, leftIn: leftIn)
        // Kept even with errors, so the plan stage can report more problems
        // (URL clashes, unknown layouts) in the same run; nothing is written.
        return (file, problems)
    }

    private struct Scan {
        var markdown: [String] = []
        var staticFiles: [StaticFile] = []
    }

    /// Lists the files to read. Hidden files and editor back-ups are skipped;
    /// a link that leads outside the site folder is skipped with a warning, so
    /// a build never publishes files from elsewhere on the machine.
    ///
    /// With `readdir`, whose entries say whether they are folders or links:
    /// FileManager's enumerator made URLs and resource values for every
    /// file, 0.3 M instructions a file on one core before any file was read.
    private func scanContent(_ content: URL, _ diagnostics: DiagnosticCollector) -> Scan {
        var scan = Scan()
        scanFolder(content.path, relative: "", into: &scan, links: SiteLinks(siteRoot: root), diagnostics)
        scan.markdown.sort()
        scan.staticFiles.sort { $0.outputPath < $1.outputPath }
        return scan
    }

    private func scanFolder(_ folder: String, relative: String, into scan: inout Scan, links: SiteLinks,
                            _ diagnostics: DiagnosticCollector) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name == "." || name == ".." { continue }
            let full = folder + "/" + name
            let path = relative.isEmpty ? name : relative + "/" + name
            let kind = EntryKind(entry.pointee.d_type, path: full)
            if name.hasPrefix(".") || name.hasSuffix("~") || name.hasPrefix("#") { continue }
            if kind == .folder {
                if !(relative.isEmpty && Self.reservedFolders.contains(name)) {
                    scanFolder(full, relative: path, into: &scan, links: links, diagnostics)
                }
                continue
            }
            if path == Self.configFile { continue }
            // Copied from where the link leads: a copied link would still
            // point into this machine's folders once the site is published.
            var source = full
            if kind == .link {
                let url = URL(fileURLWithPath: full)
                if case .skip(let warning) = links.check(url, displayPath: displayPath("content/" + path)) {
                    diagnostics.add(warning)
                    continue
                }
                source = url.resolvingSymlinksInPath().path
            }
            if name.lowercased().hasSuffix(".md") {
                scan.markdown.append(path)
            } else {
                scan.staticFiles.append(StaticFile(sourcePath: source, outputPath: path))
            }
        }
    }

    /// A folder entry as the scan treats it: a link is never followed into.
    private enum EntryKind {
        case folder, link, other

        init(_ type: UInt8, path: String) {
            switch Int32(type) {
            case Int32(DT_DIR): self = .folder
            case Int32(DT_LNK): self = .link
            case Int32(DT_UNKNOWN):
                var status = stat()
                guard lstat(path, &status) == 0 else { self = .other; return }
                switch status.st_mode & S_IFMT {
                case S_IFDIR: self = .folder
                case S_IFLNK: self = .link
                default: self = .other
                }
            default: self = .other
            }
        }
    }
}
