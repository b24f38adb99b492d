import Foundation
import MinhBachContent
import MinhBachDiagnostics
import MinhBachMarkdown

/// For `check --links`: the line of the Markdown file where a link of a
/// built page was written. The page's Markdown is read again with the same
/// rewriting `build` applies, and the link found by its published URL.
public final class LinkSources: @unchecked Sendable {
    private let pages: [String: (file: ContentFile, page: PlannedPage)]
    /// Built on the first lookup (under the lock): a `check` without
    /// `--links` never needs them.
    private lazy var targets = ContentTargets(plan: plan, content: content)
    private let plan: SitePlan
    private let content: LoadedSite
    private let basePath: String
    private let markdown = CmarkRenderer()
    private let lock = NSLock()
    private var cache: [String: [(reference: MarkdownReference, published: String)]] = [:]

    init(site: Site) {
        var pages: [String: (ContentFile, PlannedPage)] = [:]
        for page in site.plan.pages {
            guard let file = page.file else { continue }
            pages[page.outputPath] = (file, page)
        }
        self.pages = pages
        plan = site.plan
        content = site.content
        basePath = site.config.basePath
    }

    /// `page` is the built file's path (`tin-tuc/le-cong-bo/index.html`),
    /// `url` the link as it appears there.
    public func location(page: String, url: String) -> SourceLocation? {
        guard let (file, _) = pages[page] else { return nil }
        let wanted = Self.comparable(url)
        guard let match = references(of: page).first(where: { Self.comparable(published($0.published)) == wanted }) else { return nil }
        return SourceLocation(path: file.displayPath, line: file.bodyFirstLine + match.reference.line - 1,
                              column: match.reference.column)
    }

    /// The URL as the page shows it: root-relative URLs gain the base path.
    private func published(_ url: String) -> String {
        url.hasPrefix("/") && !url.hasPrefix("//") ? basePath + url.dropFirst() : url
    }

    private func references(of page: String) -> [(reference: MarkdownReference, published: String)] {
        lock.lock()
        defer { lock.unlock() }
        if let known = cache[page] { return known }
        guard let (file, planned) = pages[page] else { return [] }
        // A file changed since `check` read it has no lines to point at:
        // its links are reported without them.
        guard case .success(let text) = file.bodyText() else { return [] }
        let handler = PageReferences(targets: targets, file: file, language: planned.language, pagePath: planned.path)
        _ = markdown.render(text, blocks: nil, links: handler)
        let found = handler.resolved.map { ($0.reference, $0.published ?? $0.reference.destination) }
        cache[page] = found
        return found
    }

    /// Percent-escapes and the way letters are composed do not matter.
    private static func comparable(_ url: String) -> String {
        ContentTargets.normalised(url.removingPercentEncoding ?? url)
    }
}
