import Foundation
import MinhBachDiagnostics
import MinhBachParallel
import MinhBachText

/// `minhbach check --links`: every internal link and anchor of a built site
/// leads somewhere.
///
/// Two passes, both over all cores: scan every HTML file for its links and
/// ids, then resolve each link against the set of files and the ids of its
/// target page. Nothing goes on the network: links to other hosts are counted
/// but not fetched.
public struct LinkChecker: Sendable {
    public struct Options: Sendable {
        /// The built site's folder.
        public var siteFolder: URL
        /// site.yaml's `base_url` (or the `--base-url` the site was built with).
        public var baseURL: String
        /// Put before a file's path in messages: `site-out/` gives
        /// `site-out/xa/index.html:12:5: error: ...`.
        public var displayPrefix: String

        /// Where a link of a built page was written, given the page's path
        /// in the site folder and the link as published: its line in the
        /// page's Markdown file, or nil for links the theme wrote.
        public var sourceLocator: (@Sendable (_ page: String, _ url: String) -> SourceLocation?)?

        public init(siteFolder: URL, baseURL: String = "/", displayPrefix: String = "",
                    sourceLocator: (@Sendable (_ page: String, _ url: String) -> SourceLocation?)? = nil) {
            self.siteFolder = siteFolder
            self.baseURL = baseURL
            self.displayPrefix = displayPrefix
            self.sourceLocator = sourceLocator
        }
    }

    public struct Report: Sendable {
        public var diagnostics: [Diagnostic]
        public var pageCount: Int
        /// XML files (sitemaps, feeds) whose addresses were checked too.
        public var feedCount: Int
        /// Links checked, internal and external.
        public var linkCount: Int
        /// Links to other hosts and schemes (not fetched).
        public var externalCount: Int
        public var duration: Duration
        public var succeeded: Bool { !diagnostics.hasErrors }
    }

    public init() {}

    public func check(_ options: Options) -> Report {
        let started = ContinuousClock.now
        let root = options.siteFolder.standardizedFileURL.resolvingSymlinksInPath()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), isFolder.boolValue else {
            let folder = options.displayPrefix.hasSuffix("/") ? String(options.displayPrefix.dropLast()) : options.displayPrefix
            return Report(diagnostics: [Diagnostic(.links(.noBuiltSite), at: SourceLocation(path: folder))],
                          pageCount: 0, feedCount: 0, linkCount: 0, externalCount: 0, duration: ContinuousClock.now - started)
        }
        let files = Self.files(under: root)
        let pages = files.filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }.sorted()
        // Sitemaps and feeds: their addresses must lead to pages too.
        let feeds = files.filter { $0.hasSuffix(".xml") }.sorted()

        let scanned: [ScannedPage] = parallelMap(pages + feeds) { path in
            guard let data = try? Data(contentsOf: root.appendingPathComponent(path)) else { return ScannedPage() }
            return data.withUnsafeBytes { HTMLScanner.scan($0.bindMemory(to: UInt8.self)) }
        }
        let anchors = Dictionary(uniqueKeysWithValues: zip(pages, scanned.prefix(pages.count).map(\.anchors)))
        let site = SiteFiles(files: Set(files), anchors: anchors)
        let resolver = LinkResolver(baseURL: options.baseURL)
        // Most links are the same absolute paths on every page (the menu, the
        // breadcrumbs, the assets): resolve each of those once.
        var absolute = Set<String>()
        for page in scanned {
            for link in page.links where link.url.utf8.first == UInt8(ascii: "/") { absolute.insert(link.url) }
        }
        let uniqueAbsolute = Array(absolute)
        let resolved = Dictionary(uniqueKeysWithValues: zip(uniqueAbsolute, parallelMap(uniqueAbsolute) { resolver.resolve($0, from: "") }))

        let results: [(diagnostics: [LinkDiagnostic], external: Int)] = parallelMap(Array(zip(pages + feeds, scanned))) { path, page in
            var found: [(ScannedPage.Link, Problem)] = []
            var external = 0
            for link in page.links {
                let target = resolved[link.url] ?? resolver.resolve(link.url, from: path)
                if target == .external { external += 1 }
                if let problem = site.problem(with: target, from: path, resolver: resolver) {
                    found.append((link, problem))
                }
            }
            guard !found.isEmpty else { return ([], external) }
            let positions = TextPositions(file: root.appendingPathComponent(path))
            let diagnostics = found.map { link, problem in
                let (line, column) = positions.lineAndColumn(at: link.offset)
                let location = SourceLocation(path: options.displayPrefix + path, line: line, column: column)
                // Reported where it can be corrected: the line of the Markdown.
                guard let source = options.sourceLocator?(path, link.url) else {
                    return LinkDiagnostic(diagnostic: problem.diagnostic(for: link.url, at: location), published: nil)
                }
                return LinkDiagnostic(diagnostic: problem.diagnostic(for: link.url, at: source), published: location)
            }
            return (diagnostics, external)
        }
        return Report(diagnostics: Self.onePerSourceLine(results.flatMap(\.diagnostics)).sortedByLocation(),
                      pageCount: pages.count,
                      feedCount: feeds.count,
                      linkCount: scanned.reduce(0) { $0 + $1.links.count },
                      externalCount: results.reduce(0) { $0 + $1.external },
                      duration: ContinuousClock.now - started)
    }

    /// A problem of a link, and where the built page has it when the
    /// problem is reported at the line of the Markdown it came from.
    struct LinkDiagnostic: Sendable {
        var diagnostic: Diagnostic
        var published: SourceLocation?
    }

    /// A page without an English version is published twice with the same
    /// text: a broken link of its Markdown is reported once, at its line,
    /// naming the first published page it was found on.
    static func onePerSourceLine(_ found: [LinkDiagnostic]) -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return found.compactMap { item in
            guard let published = item.published else { return item.diagnostic }
            guard seen.insert(item.diagnostic).inserted else { return nil }
            guard let code = item.diagnostic.messageCode else { return item.diagnostic }
            let arguments = item.diagnostic.arguments.filter { $0.name != "published" } + [LinkMessage.published(at: published)]
            return Diagnostic(code, at: item.diagnostic.location, arguments)
        }
    }

    /// Every file under `root`, as a path from it (`xa/index.html`). A walk
    /// with readdir: its entry types save a stat per file, which a
    /// FileManager enumerator asking for resource values does not.
    static func files(under root: URL) -> [String] {
        var files: [String] = []
        var folders = [""]
        while let folder = folders.popLast() {
            guard let directory = opendir(root.path + "/" + folder) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { buffer in
                    String(decoding: buffer.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                guard name != ".", name != ".." else { continue }
                let path = folder + name
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) || type == Int32(DT_LNK) {
                    var status = stat()
                    guard stat(root.path + "/" + path, &status) == 0 else { continue }
                    type = (status.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : Int32(DT_REG)
                }
                if type == Int32(DT_DIR) { folders.append(path + "/") } else if type == Int32(DT_REG) { files.append(path) }
            }
        }
        return files
    }
}

/// What is wrong with one link.
enum Problem: Equatable {
    case javascript
    case outsideBase(basePath: String)
    case aboveRoot
    case noSuchPage(suggestion: String?)
    case noSuchFile
    case noSuchAnchor(fragment: String, samePage: Bool, suggestion: String?)
    case folderWithoutSlash(String)

    /// Its message about `url`, found at `location`; `published`, when
    /// `location` is the line of the Markdown, is where the built page has it.
    func diagnostic(for url: String, at location: SourceLocation, published: SourceLocation? = nil) -> Diagnostic {
        let link = [MessageArgument("url", url), LinkMessage.published(at: published)]
        switch self {
        case .javascript:
            return Diagnostic(.links(.javascriptLink), at: location, link)
        case .outsideBase(let basePath):
            return Diagnostic(.links(.outsideBase), at: location, link + [MessageArgument("basePath", basePath)])
        case .aboveRoot:
            return Diagnostic(.links(.aboveRoot), at: location, link)
        case .noSuchPage(nil):
            return Diagnostic(.links(.noSuchPage), at: location, link)
        case .noSuchPage(let suggestion?):
            return Diagnostic(.links(.noSuchPageSuggesting), at: location, link + [MessageArgument("suggestion", suggestion)])
        case .noSuchFile:
            return Diagnostic(.links(.noSuchFile), at: location, link)
        case .noSuchAnchor(let fragment, let samePage, let suggestion):
            let anchor = link + [MessageArgument("fragment", fragment),
                                 MessageArgument("page", samePage ? LocalizedText.anchorOnThisPage : .anchorOnThatPage)]
            guard let suggestion else { return Diagnostic(.links(.noSuchAnchor), at: location, anchor) }
            return Diagnostic(.links(.noSuchAnchorSuggesting), at: location, anchor + [MessageArgument("suggestion", suggestion)])
        case .folderWithoutSlash(let fixed):
            return Diagnostic(.links(.folderWithoutSlash), at: location, link + [MessageArgument("fixed", fixed)])
        }
    }
}

/// The files of a built site and the anchors of its pages.
struct SiteFiles: Sendable {
    let files: Set<String>
    let anchors: [String: Set<String>]

    func problem(with target: LinkTarget, from pagePath: String, resolver: LinkResolver) -> Problem? {
        switch target {
        case .external: return nil
        case .javascript: return .javascript
        case .outsideBase: return .outsideBase(basePath: resolver.basePath)
        case .aboveRoot: return .aboveRoot
        case .site(let path, let fragment):
            var file = path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
            var warning: Problem?
            if !files.contains(file) {
                if files.contains(path + "/index.html") {
                    file = path + "/index.html"
                    warning = .folderWithoutSlash(resolver.basePath + path + "/")
                } else if path.isEmpty || path.hasSuffix("/") || path.hasSuffix(".html") || !path.contains(".") {
                    return .noSuchPage(suggestion: suggestion(for: path, resolver: resolver))
                } else {
                    return .noSuchFile
                }
            }
            if let fragment, fragment != "top", let ids = anchors[file], !ids.contains(fragment) {
                return .noSuchAnchor(fragment: fragment, samePage: file == pagePath,
                                     suggestion: Suggestions.closest(to: fragment, in: ids.sorted()))
            }
            return warning
        }
    }

    /// The address of the page whose path is closest to `path`, if one is
    /// close enough to be a typo.
    private func suggestion(for path: String, resolver: LinkResolver) -> String? {
        let folder = path.hasSuffix("/") ? path : path + "/"
        let pages = files.lazy.filter { $0.hasSuffix("index.html") }.map { String($0.dropLast("index.html".count)) }
        let limit = min(3, max(1, folder.count / 4))
        return Suggestions.closest(to: folder, in: pages.sorted(), limit: limit).map { resolver.basePath + $0 }
    }
}

/// Line and column (in characters, as an editor counts) of byte offsets in a
/// file, read again only when one of its links is reported.
struct TextPositions {
    let bytes: [UInt8]

    init(file: URL) {
        bytes = (try? [UInt8](Data(contentsOf: file))) ?? []
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    func lineAndColumn(at offset: Int) -> (Int, Int) {
        var line = 1, column = 1
        for byte in bytes.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
