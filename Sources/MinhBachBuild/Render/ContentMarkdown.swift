import MinhBachContent
import MinhBachData
import MinhBachDiagnostics
import MinhBachMarkdown
import MinhBachText

/// The Markdown of a content file, rendered the same way on every kind of
/// page: components replace their blocks, raw HTML follows the site's
/// policy, and every problem is located at the file's own lines.
extension PageRenderer {
    struct ContentBody {
        var rendered: RenderedMarkdown
        var diagnostics: [Diagnostic]
        /// A component showed figures marked illustrative: the layout says so.
        var showsIllustrativeData: Bool
    }

    /// `thisArea`: the area the page is about (`this` in components), or nil
    /// on a page about no area, where a component needing one says so.
    /// Links and images are resolved against the file's folder (Resources/).
    /// The file's Markdown is read again here (ContentFile.bodyText) and let
    /// go with the page: sources are not held from loading to the end.
    func renderContent(_ file: ContentFile, page: PlannedPage, thisArea: AreaKey?, language: Language,
                       strings: [String: String]) -> ContentBody {
        let text: String
        switch file.bodyText() {
        case .success(let read): text = read
        case .failure(let problem):
            // An error stops the build before anything is published.
            var empty = renderMarkdown("", path: file.displayPath, firstLine: file.bodyFirstLine, with: markdown,
                                       thisArea: thisArea, language: language, strings: strings)
            empty.diagnostics.append(problem)
            return empty
        }
        return renderMarkdown(text, path: file.displayPath, firstLine: file.bodyFirstLine, with: markdown,
                              thisArea: thisArea, language: language, strings: strings, links: references(page, file))
    }

    private func renderMarkdown(_ text: String, path: String, firstLine: Int, with renderer: any MarkdownRenderer,
                                thisArea: AreaKey?, language: Language, strings: [String: String],
                                links: PageReferences? = nil) -> ContentBody {
        let components = data.map { _ in componentRenderer(thisArea: thisArea, language, strings, path: path, lineOffset: firstLine) }
        let rendered = renderer.render(text, blocks: components, links: links)
        let removedHTML = RemovedHTMLWarnings.diagnostics(rendered.removedHTML, path: path, lineOffset: firstLine)
        return ContentBody(rendered: rendered, diagnostics: (components?.diagnostics ?? []) + removedHTML + (links?.diagnostics ?? []),
                           showsIllustrativeData: components?.showsIllustrativeData ?? false)
    }

    /// A heritage site's description (`content/data/heritage/<id>.md`),
    /// rendered with its own file's lines and never with raw HTML — nothing
    /// in content/data may put HTML on a page — then placed where the page
    /// template writes `{{{site_record.body}}}`.
    func heritageDescription(_ record: PageRecord, context: inout DataPageContext?, language: Language,
                             strings: [String: String]) -> PlacedDescription {
        guard case .heritage(let id) = record, let data, case .heritage(var fields)? = context,
              let site = data.index.data.heritage.first(where: { $0.id == id }) else { return PlacedDescription() }
        var safe = markdown
        if let cmark = markdown as? CmarkRenderer {
            var options = cmark.options
            options.allowRawHTML = false
            safe = CmarkRenderer(options: options)
        }
        let body = renderMarkdown(site.body, path: data.displayPrefix + "content/data/heritage/\(id).md", firstLine: site.bodyFirstLine,
                                  with: safe, thisArea: nil, language: language, strings: strings)
        fields.body = "```\(PlacedDescription.info)\n```"
        context = .heritage(fields)
        return PlacedDescription(html: body.rendered.html, diagnostics: body.diagnostics, showsIllustrativeData: body.showsIllustrativeData)
    }
}

/// A heritage description rendered on its own, and the block that puts it
/// in the page template's Markdown.
struct PlacedDescription {
    static let info = "minhbach-description"
    var html: String?
    var diagnostics: [Diagnostic] = []
    var showsIllustrativeData = false

    func placing(_ next: any FencedBlockHandler) -> any FencedBlockHandler {
        guard let html else { return next }
        return NarrativeBlock(info: Self.info, html: html, next: next)
    }
}

extension PageRecord {
    /// The area a page of this record is about: `this` in its components.
    var thisArea: AreaKey? {
        if case .area(let key) = self { return key }
        return nil
    }
}
