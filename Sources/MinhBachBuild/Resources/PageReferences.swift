import MinhBachContent
import MinhBachDiagnostics
import MinhBachMarkdown
import MinhBachText

/// The links and images of one page's Markdown, as `build` publishes them.
///
/// A relative destination is read from the page's file, as an editor or a
/// Git host shows it: `anh-le.jpg` is the file beside
/// `tin-tuc/le-cong-bo.md` (or inside `tin-tuc/le-cong-bo/` for
/// `tin-tuc/le-cong-bo/index.md`). The page is published at a folder URL
/// (`/tin-tuc/le-cong-bo/`) where that relative address would miss, so a
/// destination that names a file of `content/` is rewritten to where the
/// file is published: `/tin-tuc/anh-le.jpg`. A link to a Markdown file
/// becomes its page's URL, the English twin's on English pages. URLs are
/// written from the site root; the renderer adds the base path.
///
/// A destination that leads nowhere is an error at its line: the page
/// would be published with a broken image or link, and the build stops
/// before replacing the published site.
final class PageReferences: LinkDestinationHandler {
    let targets: ContentTargets
    let file: ContentFile
    let language: Language
    /// The page's path below the site root (`tin-tuc/le-cong-bo/`).
    let pagePath: String
    private(set) var diagnostics: [Diagnostic] = []
    /// Every reference and what it became, for `check --links`.
    private(set) var resolved: [(reference: MarkdownReference, published: String?)] = []

    init(targets: ContentTargets, file: ContentFile, language: Language, pagePath: String) {
        self.targets = targets
        self.file = file
        self.language = language
        self.pagePath = pagePath
    }

    func destination(for reference: MarkdownReference) -> String? {
        let outcome = publishedDestination(reference)
        resolved.append((reference, outcome))
        return outcome
    }

    private func publishedDestination(_ reference: MarkdownReference) -> String? {
        guard let local = LocalReference(reference.destination) else { return nil }
        let folder = file.folders.joined(separator: "/")
        guard let target = local.resolved(against: folder).map(ContentTargets.normalised) else { return nil }
        if local.isMarkdown {
            if let byLanguage = targets.pages[target],
               let path = byLanguage[language] ?? byLanguage[.vi] ?? byLanguage.values.first {
                return "/" + path + local.suffix
            }
            if let isDraft = targets.unpublished[target] {
                report(.unpublishedPage(written: reference.destination, expected: target, isDraft: isDraft), reference)
            } else {
                report(.missingPage(written: reference.destination, expected: target,
                                    suggestion: suggestion(for: local, target: target)), reference)
            }
            return nil
        }
        if let output = targets.files[target] {
            return local.isRootRelative ? nil : "/" + output + local.suffix
        }
        // Written from the page's URL, as before page resources: kept when
        // it leads to a page or a file of the site.
        if !local.isRootRelative, let fromPage = local.resolved(against: pagePath).map(ContentTargets.normalised),
           targets.publishedPaths.contains(fromPage) || targets.publishedPaths.contains(fromPage + "/") {
            return nil
        }
        // A folder written from the file (`../van-ban/`) is its section.
        if local.path.hasSuffix("/"), let byLanguage = targets.sections[target],
           let path = byLanguage[language] ?? byLanguage[.vi] {
            return "/" + path + local.suffix
        }
        switch reference.kind {
        case .image:
            report(.missingImage(written: reference.destination, expected: target,
                                 suggestion: suggestion(for: local, target: target)), reference)
        case .link where !local.isRootRelative:
            report(.missingTarget(written: reference.destination, expected: target,
                                  suggestion: suggestion(for: local, target: target)), reference)
        case .link:
            // Links from the site root may lead to what the build makes
            // (search, downloads, feeds): `check --links` checks those.
            break
        }
        return nil
    }

    private func report(_ problem: ReferenceProblem, _ reference: MarkdownReference) {
        let location = SourceLocation(path: file.displayPath, line: file.bodyFirstLine + reference.line - 1,
                                      column: reference.column)
        diagnostics.append(problem.diagnostic(at: location))
    }

    /// The destination to write instead, when a file of the same folder has
    /// nearly the name written: the same letters in another case first
    /// (a name that worked on Windows), then a typo.
    private func suggestion(for local: LocalReference, target: String) -> String? {
        let parts = target.split(separator: "/", omittingEmptySubsequences: true)
        guard let name = parts.last.map(String.init) else { return nil }
        let names = targets.names(in: parts.dropLast().joined(separator: "/")).filter { $0 != name }
        guard let closest = names.first(where: { $0.lowercased() == name.lowercased() })
                ?? Suggestions.closest(to: name, in: names) else { return nil }
        let written = local.path
        let folder = written.hasSuffix("/") ? written : String(written[..<(written.lastIndex(of: "/").map { written.index(after: $0) } ?? written.startIndex)])
        return folder + closest
    }
}

extension PageRenderer {
    /// The handler for the links of a page's own Markdown file.
    func references(_ page: PlannedPage, _ file: ContentFile) -> PageReferences? {
        targets.map { PageReferences(targets: $0, file: file, language: page.language, pagePath: page.path) }
    }
}
