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
    func renderContent(_ file: ContentFile, thisArea: AreaKey?, language: Language, strings: [String: String]) -> ContentBody {
        let components = data.map { _ in
            componentRenderer(thisArea: thisArea, language, strings, path: file.displayPath, lineOffset: file.bodyFirstLine)
        }
        let rendered = markdown.render(file.body, blocks: components)
        let removedHTML = RemovedHTMLWarnings.diagnostics(rendered.removedHTML, path: file.displayPath, lineOffset: file.bodyFirstLine)
        return ContentBody(rendered: rendered, diagnostics: (components?.diagnostics ?? []) + removedHTML,
                           showsIllustrativeData: components?.showsIllustrativeData ?? false)
    }
}

extension PageRecord {
    /// The area a page of this record is about: `this` in its components.
    var thisArea: AreaKey? {
        if case .area(let key) = self { return key }
        return nil
    }
}
