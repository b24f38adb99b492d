import Foundation
import MinhBachContent
import MinhBachMarkdown
import MinhBachTemplates

/// The render stage for one page: Markdown body → HTML → layout.
struct PageRenderer: Sendable {
    let markdown: any MarkdownRenderer
    let theme: Theme
    let basePath: String

    func render(_ page: PlannedPage, index: Int, contexts: PageContextBuilder) -> String {
        var rendered = page.file.map { markdown.render($0.body) }
        if basePath != "/", var html = rendered?.html {
            // Authors link to other pages from the site root ("/van-ban/");
            // under a sub-folder those links need the base path.
            html = html.replacingOccurrences(of: "href=\"/", with: "href=\"\(basePath)")
                .replacingOccurrences(of: "src=\"/", with: "src=\"\(basePath)")
            rendered?.html = html
        }
        let context = contexts.context(for: index, rendered: rendered)
        return theme.render(layout: page.layout, context: context)
    }
}
