import Foundation
import MinhBachContent
import MinhBachData
import MinhBachDiagnostics
import MinhBachParallel

/// A site kept in memory for the preview server: built once, then updated
/// from the files that changed, re-rendering only the pages those files
/// affect. While the inputs have errors, the last good output stays served.
public final class LiveSite: @unchecked Sendable {
    public struct Update: Sendable {
        /// Errors mean the previous good output is still what is served.
        public var diagnostics: [Diagnostic]
        /// Output files (`xa/a/index.html`, `assets/style.1a2b.css`) whose bytes changed.
        public var changedFiles: Set<String>
        /// True when only stylesheets changed in substance: pages need no reload.
        public var stylesheetOnly: Bool
        public var renderedPages: Int
        public var fullRebuild: Bool
        public var duration: Duration
        public var succeeded: Bool { !diagnostics.hasErrors }
    }

    let lock = NSLock()
    private let options: BuildOptions
    private var site: Site?
    var rendering: SiteRendering?
    /// Path below the site root → bytes of the pages rendered so far, their
    /// downloads, the assets and the static files.
    var outputs: [String: Data] = [:]
    /// The files made from the whole site (feeds, sitemap, search…), by
    /// their place in `ExtraOutputs.all`: each made when first asked for,
    /// forgotten when the site changes (LiveSite+Extras.swift).
    var extraFiles: [Int: [String: Data]] = [:]
    var extraErrors: [Int: [Diagnostic]] = [:]
    /// The search entry of each page rendered with the current inputs.
    var searchEntries: [Int: RenderedPage] = [:]
    private var draftPaths: Set<String> = []
    /// Output path of each page → its index in the plan.
    var pageIndex: [String: Int] = [:]
    /// Content file (`bao-cao/2024.md`) → its place in the loaded files, and
    /// the pages made from it: the fast path of an edit looks them up here.
    private var fileIndex: [String: Int] = [:]
    private var filePages: [String: [Int]] = [:]
    /// Errors found while rendering a page on request (a component error).
    var pageErrors: [String: [Diagnostic]] = [:]
    public private(set) var errors: [Diagnostic] = []

    /// The preview keeps the pages' Markdown as read: a page first asked
    /// for after its file was saved again shows the version the site was
    /// planned with, until the update for the save comes.
    public init(options: BuildOptions) {
        var options = options
        options.keptPageSources = .all
        self.options = options
    }

    /// The served file at a path below the site root (`xa/a/index.html`):
    /// the same bytes `build` writes there. Pages are rendered when first
    /// asked for and kept: a national site of 50,000 pages is ready to
    /// preview as soon as it is loaded and planned.
    public func file(at path: String) -> Data? {
        lock.withLock {
            if let data = outputs[path] { return data }
            guard let rendering else { return nil }
            if let index = pageIndex[path] {
                renderOnRequest(index, rendering)
                return outputs[path]
            }
            // A download is made with the page in whose folder it sits.
            if let page = pageIndex[Self.folderIndex(of: path)], outputs[rendering.site.plan.pages[page].outputPath] == nil {
                renderOnRequest(page, rendering)
                if let data = outputs[path] { return data }
            }
            return extraFile(at: path, rendering)
        }
    }

    /// `chi-tieu/x/du-lieu.csv` → `chi-tieu/x/index.html`.
    static func folderIndex(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "index.html" }
        return String(path[...slash]) + "index.html"
    }

    private func renderOnRequest(_ index: Int, _ rendering: SiteRendering) {
        let path = rendering.site.plan.pages[index].outputPath
        let (pages, problems) = render([index], rendering)
        pageErrors[path] = problems.errors.isEmpty ? nil : problems.errors
        var changed: Set<String> = []
        keep(pages, rendering.site, changed: &changed)
    }

    public func isDraft(_ path: String) -> Bool {
        lock.withLock { draftPaths.contains(path) }
    }

    public var basePath: String { lock.withLock { site?.config.basePath ?? "/" } }

    public var currentErrors: [Diagnostic] {
        lock.withLock {
            errors + pageErrors.keys.sorted().flatMap { pageErrors[$0] ?? [] } + extraErrors.keys.sorted().flatMap { extraErrors[$0] ?? [] }
        }
    }

    /// Pages rendered so far (the others are rendered on request).
    public var renderedPageCount: Int { lock.withLock { outputs.keys.filter { pageIndex[$0] != nil }.count } }

    /// Loads, plans and renders everything.
    @discardableResult
    public func build() -> Update {
        lock.withLock { rebuildAll(started: .now) }
    }

    /// Brings the site up to date after `paths` (absolute file paths) changed.
    @discardableResult
    public func update(changed paths: Set<String>) -> Update {
        lock.withLock {
            let started = ContinuousClock.now
            let root = options.source.standardizedFileURL.path + "/"
            guard let site, let rendering else { return rebuildAll(started: started) }
            // Editors' temporary files come and go: a path that does not
            // exist and was not part of the site is no change.
            // (The set of known files is made only for a path that is gone.)
            lazy var known = Set(site.content.files.map { "content/" + $0.relativePath })
            let relative = paths.map { $0.hasPrefix(root) ? String($0.dropFirst(root.count)) : $0 }.filter { path in
                FileManager.default.fileExists(atPath: root + path) || !path.hasPrefix("content/") || path.hasPrefix("content/data/")
                    || known.contains(path)
            }
            guard !relative.isEmpty else {
                return Update(diagnostics: [], changedFiles: [], stylesheetOnly: false, renderedPages: 0, fullRebuild: false,
                              duration: .now - started)
            }
            if ProcessInfo.processInfo.environment["MINHBACH_TRACE"] != nil {
                FileHandle.standardError.write(Data("changed: \(relative.sorted())\n".utf8))
            }
            let markdown = relative.filter { $0.hasPrefix("content/") && !$0.hasPrefix("content/data/") && $0.lowercased().hasSuffix(".md") }
            let others = relative.filter { !markdown.contains($0) }
            // Only Markdown files that exist and existed: the fast path.
            if others.isEmpty, !markdown.isEmpty,
               let update = updateMarkdown(markdown.map { String($0.dropFirst("content/".count)) }, site, rendering, started) {
                return update
            }
            if others.allSatisfy({ $0.hasPrefix("content/data/") }), !others.isEmpty, markdown.isEmpty {
                return updateData(site, started)
            }
            return rebuildAll(started: started)
        }
    }

    // MARK: - Rebuilding

    private func rebuildAll(started: ContinuousClock.Instant) -> Update {
        let outcome = SitePreparer(options: options).prepare()
        guard let newSite = outcome.site, !outcome.diagnostics.hasErrors else {
            errors = outcome.diagnostics.errors
            return Update(diagnostics: outcome.diagnostics, changedFiles: [], stylesheetOnly: false, renderedPages: 0,
                          fullRebuild: true, duration: .now - started)
        }
        let newRendering = SiteRendering(site: newSite, options: options)
        let newIndex = Dictionary(newSite.plan.pages.indices.map { (newSite.plan.pages[$0].outputPath, $0) },
                                  uniquingKeysWith: { first, _ in first })
        // Pages someone has looked at are rendered again now, to tell which
        // changed; the others wait until they are asked for.
        let viewed = outputs.keys.compactMap { newIndex[$0] }
        let (pages, problems) = render(viewed, newRendering)
        var newOutputs: [String: Data] = [:]
        for page in pages {
            newOutputs[newSite.plan.pages[page.index].outputPath] = page.html
            for file in page.files { newOutputs[file.path] = file.data }
        }
        let (files, extraProblems) = newRendering.otherFiles(pages: [], extras: false)
        for file in files { newOutputs[file.path] = file.data }
        for file in newSite.content.staticFiles {
            newOutputs[file.outputPath] = try? Data(contentsOf: URL(fileURLWithPath: file.sourcePath))
        }
        // New pages count as changed: a browser showing the 404 page at
        // their address (the page had an error) reloads to see them.
        let added = pageIndex.isEmpty ? [] : newIndex.keys.filter { pageIndex[$0] == nil }
        let changed = Set(newOutputs.keys.filter { outputs[$0] != newOutputs[$0] })
            .union(outputs.keys.filter { newOutputs[$0] == nil && newIndex[$0] == nil })
            .union(added)
        let stylesheetOnly = !outputs.isEmpty && Self.onlyStylesheetsChanged(changed, old: outputs, new: newOutputs)
        outputs = newOutputs
        pageErrors = [:]
        install(newSite, newRendering)
        pageIndex = newIndex
        searchEntries = Dictionary(pages.map { ($0.index, $0.search) }, uniquingKeysWith: { first, _ in first })
        return Update(diagnostics: outcome.diagnostics + problems + extraProblems, changedFiles: changed, stylesheetOnly: stylesheetOnly,
                      renderedPages: viewed.count, fullRebuild: true, duration: .now - started)
    }

    /// Markdown files edited in place. When nothing the plan uses changed
    /// (title, slug, date, weight, draft, layout, description), only the
    /// pages of those files — and the list their summary appears on — are
    /// rendered again. Returns nil when the plan must be redone.
    private func updateMarkdown(_ files: [String], _ site: Site, _ rendering: SiteRendering, _ started: ContinuousClock.Instant) -> Update? {
        let loader = ContentLoader(root: options.source, displayPrefix: options.displayPrefix, keptBodies: .all)
        let contentFolder = options.source.appendingPathComponent("content")
        var newSite = site
        var touched: Set<Int> = []
        var problems: [Diagnostic] = []
        for relative in files {
            guard let old = fileIndex[relative] else { return nil }
            guard FileManager.default.fileExists(atPath: contentFolder.appendingPathComponent(relative).path) else { return nil }
            let (file, fileProblems) = loader.readContentFile(relative)
            problems += fileProblems
            guard let file else { continue }
            let before = site.content.files[old].frontMatter
            guard Self.planFields(before) == Self.planFields(file.frontMatter) else { return nil }
            newSite.content.files[old] = file
            for index in filePages[relative] ?? [] {
                newSite.plan.pages[index].file = file
                touched.insert(index)
                // The list the page is on shows its summary.
                if let parent = newSite.plan.pages[index].parent { touched.insert(parent) }
            }
        }
        guard !problems.hasErrors else {
            errors = problems.errors
            return Update(diagnostics: problems, changedFiles: [], stylesheetOnly: false, renderedPages: 0, fullRebuild: false,
                          duration: .now - started)
        }
        let newRendering = rendering.with(site: newSite)
        let viewed = touched.filter { outputs[newSite.plan.pages[$0].outputPath] != nil }
        let (pages, renderProblems) = render(Array(viewed), newRendering)
        guard !renderProblems.hasErrors else {
            errors = renderProblems.errors
            return Update(diagnostics: problems + renderProblems, changedFiles: [], stylesheetOnly: false, renderedPages: touched.count,
                          fullRebuild: false, duration: .now - started)
        }
        var changed: Set<String> = []
        for page in touched { searchEntries[page] = nil }
        keep(pages, newSite, changed: &changed)
        // Same pages at the same places: the lookups stay as they are.
        self.site = newSite
        self.rendering = newRendering
        errors = []
        forgetExtras()
        return Update(diagnostics: problems + renderProblems, changedFiles: changed, stylesheetOnly: false, renderedPages: viewed.count,
                      fullRebuild: false, duration: .now - started)
    }

    /// A data table changed: reload the data, then render the pages of the
    /// records whose figures changed (their areas, with parents and children
    /// whose charts show them; their indicators; the reports and lists). A
    /// change to any other table re-renders every page.
    private func updateData(_ site: Site, _ started: ContinuousClock.Instant) -> Update {
        let (data, dataProblems) = DataLoader(folder: options.source.appendingPathComponent("content/data"),
                                              displayFolder: options.displayPrefix + "content/data",
                                              encodings: site.config.dataEncodings).load()
        guard !dataProblems.hasErrors else {
            errors = dataProblems.errors
            return Update(diagnostics: dataProblems, changedFiles: [], stylesheetOnly: false, renderedPages: 0, fullRebuild: false,
                          duration: .now - started)
        }
        let index = DataIndex(data)
        let (newSite, planProblems) = SitePreparer(options: options).assemble(config: site.config, content: site.content, data: data,
                                                                              index: index, theme: site.theme)
        guard !planProblems.hasErrors else {
            errors = planProblems.errors
            return Update(diagnostics: dataProblems + planProblems, changedFiles: [], stylesheetOnly: false, renderedPages: 0,
                          fullRebuild: false, duration: .now - started)
        }
        let affected = DataChange(old: site.data, new: data).affectedPages(in: newSite, oldIndex: site.index)
        let newRendering = SiteRendering(site: newSite, options: options)
        let selection = affected.filter { outputs[newSite.plan.pages[$0].outputPath] != nil }
        let (pages, renderProblems) = render(selection, newRendering)
        guard !renderProblems.hasErrors else {
            errors = renderProblems.errors
            return Update(diagnostics: dataProblems + planProblems + renderProblems, changedFiles: [], stylesheetOnly: false,
                          renderedPages: selection.count, fullRebuild: false, duration: .now - started)
        }
        var changed: Set<String> = []
        let planChanged = newSite.plan.pages.map(\.outputPath) != site.plan.pages.map(\.outputPath)
        if planChanged {
            // Pages added or removed: forget every page; they render again on request.
            let current = Set(newSite.plan.pages.map(\.outputPath))
            for path in outputs.keys where pageIndex[path] != nil {
                if !current.contains(path) { changed.insert(path) }
                outputs[path] = nil
            }
            changed.formUnion(current.filter { pageIndex[$0] == nil })
            searchEntries = [:]
        } else {
            for page in affected { searchEntries[page] = nil }
        }
        keep(pages, newSite, changed: &changed)
        install(newSite, newRendering)
        return Update(diagnostics: dataProblems + planProblems + renderProblems, changedFiles: changed, stylesheetOnly: false,
                      renderedPages: selection.count, fullRebuild: false, duration: .now - started)
    }

    /// A page as rendered for the preview: what `build` writes for it, and
    /// its search entry.
    struct RenderedOutput {
        var index: Int
        var html: Data
        /// Its downloads (`du-lieu.csv`…).
        var files: [OutputFile]
        var search: RenderedPage
    }

    func render(_ indices: [Int], _ rendering: SiteRendering) -> ([RenderedOutput], [Diagnostic]) {
        let results = parallelMap(indices) { index -> (RenderedOutput, [Diagnostic]) in
            let output = rendering.render(page: index)
            return (RenderedOutput(index: index, html: Data(output.html.utf8), files: output.files,
                                   search: rendering.rendered(page: index, bodyHTML: output.bodyHTML)), output.diagnostics)
        }
        return (results.map(\.0), SiteBuilder.deduplicated(results.flatMap(\.1)))
    }

    /// Keeps rendered pages and their downloads, noting which bytes changed.
    private func keep(_ pages: [RenderedOutput], _ site: Site, changed: inout Set<String>) {
        for page in pages {
            for file in [OutputFile(path: site.plan.pages[page.index].outputPath, data: page.html)] + page.files {
                if outputs[file.path] != file.data { changed.insert(file.path) }
                outputs[file.path] = file.data
            }
            searchEntries[page.index] = page.search
        }
    }

    private func install(_ newSite: Site, _ newRendering: SiteRendering) {
        site = newSite
        rendering = newRendering
        errors = []
        forgetExtras()
        pageIndex = Dictionary(newSite.plan.pages.indices.map { (newSite.plan.pages[$0].outputPath, $0) },
                               uniquingKeysWith: { first, _ in first })
        fileIndex = Dictionary(newSite.content.files.indices.map { (newSite.content.files[$0].relativePath, $0) },
                               uniquingKeysWith: { first, _ in first })
        filePages = [:]
        for index in newSite.plan.pages.indices {
            if let relative = newSite.plan.pages[index].file?.relativePath { filePages[relative, default: []].append(index) }
        }
        draftPaths = Set(newSite.plan.pages.filter { $0.file?.frontMatter.draft == true }.map(\.outputPath))
    }

    /// The front-matter fields the page plan depends on.
    static func planFields(_ matter: FrontMatter) -> [String] {
        [matter.title ?? "", matter.slug ?? "", matter.date?.iso ?? "", String(matter.weight), String(matter.draft),
         matter.layout ?? "", matter.description ?? "", {
             if case .string(let type)? = matter.params["type"] { return type } else { return "" }
         }(), { if case .int(let year)? = matter.params["year"] { return String(year) } else { return "" } }()]
    }

    /// Only `.css` files changed in substance, and pages only in the asset
    /// URLs they name: a browser can swap its stylesheet instead of reloading.
    static func onlyStylesheetsChanged(_ changed: Set<String>, old: [String: Data], new: [String: Data]) -> Bool {
        let assets = changed.filter { $0.hasPrefix("assets/") }
        guard !assets.isEmpty, assets.allSatisfy({ $0.hasSuffix(".css") }) else { return false }
        let pattern = #"/assets/[^"]+\.css"#
        for path in changed where !path.hasPrefix("assets/") {
            guard let before = old[path].map({ String(decoding: $0, as: UTF8.self) }),
                  let after = new[path].map({ String(decoding: $0, as: UTF8.self) }) else { return false }
            if before.replacingOccurrences(of: pattern, with: "", options: .regularExpression)
                != after.replacingOccurrences(of: pattern, with: "", options: .regularExpression) { return false }
        }
        return true
    }
}
