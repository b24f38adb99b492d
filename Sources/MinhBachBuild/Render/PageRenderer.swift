import Foundation
import MinhBachComponents
import MinhBachContent
import MinhBachData
import MinhBachDiagnostics
import MinhBachMarkdown
import MinhBachTemplates
import MinhBachText

/// The render stage for one page: Markdown (a content file's body, or for a
/// data page the output of its page template) → HTML with components →
/// the layout.
struct PageRenderer: Sendable {
    let markdown: any MarkdownRenderer
    let theme: Theme
    let basePath: String
    let data: DataRendering?
    /// The files pages may refer to (Resources/): nil renders links as written.
    var targets: ContentTargets?
    /// False for `check`: components are checked, their charts not drawn.
    var drawsCharts = true

    /// What data pages and components need, shared by every page.
    struct DataRendering: Sendable {
        let index: DataIndex
        let links: PlanLinks
        let year: Int
        let asOf: CalendarDate
        let displayPrefix: String
        let downloadSummaries = DownloadSummaries()
    }

    struct Output {
        var html: String
        var diagnostics: [Diagnostic]
        /// The body alone, before the layout.
        var bodyHTML: String = ""
        /// Files published beside the page (its data downloads), written
        /// with it rather than held until the end of the build.
        var files: [OutputFile] = []
    }

    /// `layout: false` (for `check`) renders the body and its components
    /// for their problems, and neither the layout nor the downloads.
    func render(_ page: PlannedPage, index: Int, contexts: PageContextBuilder, layout: Bool = true) -> Output {
        let strings = contexts.strings[page.language] ?? [:]
        var diagnostics: [Diagnostic] = []
        var extra: [String: Any] = [:]
        var rendered: RenderedMarkdown?
        var base: [String: Any]?
        var files: [OutputFile] = []
        if page.kind == .data, let record = page.record, let data {
            let builder = DataContextBuilder(index: data.index, links: data.links, language: page.language, strings: strings,
                                             year: data.year, asOf: data.asOf)
            var context = contexts.context(for: index)
            base = context
            var recordContext = builder.context(for: record)
            context["year"] = data.year
            var illustrative = builder.showsIllustrative(record)
            // A heritage site's description: Markdown of a data file, rendered on its own like the narrative.
            let description = heritageDescription(record, context: &recordContext, language: page.language, strings: strings)
            if let recordContext { context[recordContext.templateKey] = recordContext.fields }
            diagnostics += description.diagnostics
            illustrative = illustrative || description.showsIllustrativeData
            // The narrative of a content file is rendered on its own (its
            // errors point into that file) and placed by a marker block.
            var narrativeHTML: String?
            if let file = page.file {
                let body = renderContent(file, page: page, thisArea: record.thisArea, language: page.language, strings: strings)
                narrativeHTML = body.rendered.html
                diagnostics += body.diagnostics
                illustrative = illustrative || body.showsIllustrativeData
                context["narrative"] = "```\(NarrativeBlock.info)\n```"
            }
            let templateName = record.templateName(data.index)
            let templatePath = data.displayPrefix + "templates/pages/\(templateName).md"
            guard theme.pageTemplateNames.contains(templateName) else {
                return Output(html: "", diagnostics: [Diagnostic(.render(.pageTemplateMissing), at: SourceLocation(path: templatePath),
                                                                       [MessageArgument("template", templateName)])])
            }
            let source: String
            do {
                source = try theme.renderPage(templateName, context: context)
            } catch {
                return Output(html: "", diagnostics: diagnostics + [error.diagnostic(page: page.path)])
            }
            let components = componentRenderer(thisArea: record.thisArea, page.language, strings, path: templatePath, lineOffset: 1)
            rendered = markdown.render(source, blocks: NarrativeBlock(html: narrativeHTML, next: description.placing(components)))
            let removedHTML = RemovedHTMLWarnings.diagnostics(rendered?.removedHTML ?? [], path: templatePath, lineOffset: 1)
            diagnostics += (components.diagnostics + removedHTML).map { diagnostic in
                var located = diagnostic
                located.page = page.path
                return located
            }
            illustrative = illustrative || components.showsIllustrativeData
            if let recordContext { extra[recordContext.templateKey] = recordContext.fields }
            extra["illustrative"] = illustrative
            // Open data: the CSV/JSON downloads of the page and its JSON-LD (Publish/PageDownloads.swift).
            if layout, let downloads = PageDownloads(plan: contexts.plan, config: contexts.config, index: data.index, links: data.links)
                .context(forPage: index, strings: strings, summaries: data.downloadSummaries) {
                extra["data_downloads"] = downloads.context
                files = downloads.published
            }
        } else if let file = page.file {
            // An ordinary page: components work as on data pages, with no "this area".
            let body = renderContent(file, page: page, thisArea: nil, language: page.language, strings: strings)
            rendered = body.rendered
            diagnostics += body.diagnostics
            extra["illustrative"] = body.showsIllustrativeData
        }
        guard layout else { return Output(html: "", diagnostics: diagnostics, bodyHTML: rendered?.html ?? "") }
        if basePath != "/", var html = rendered?.html {
            // Authors link to other pages from the site root ("/van-ban/");
            // under a sub-folder those links need the base path.
            html = ByteSearch.replacing("src=\"/", with: "src=\"\(basePath)", in: ByteSearch.replacing("href=\"/", with: "href=\"\(basePath)", in: html))
            rendered?.html = html
        }
        var context = PageContextBuilder.adding(rendered, to: base ?? contexts.context(for: index))
        context.merge(extra) { _, new in new }
        let layoutName = page.kind == .data && !theme.hasLayout(page.layout) ? "page" : page.layout
        do {
            return Output(html: try theme.render(layout: layoutName, context: context, sharing: contexts.sharedPartials[page.language]), diagnostics: diagnostics,
                          bodyHTML: rendered?.html ?? "", files: files)
        } catch {
            return Output(html: "", diagnostics: diagnostics + [error.diagnostic(page: page.path)], bodyHTML: rendered?.html ?? "")
        }
    }

    func componentRenderer(thisArea: AreaKey?, _ language: Language, _ strings: [String: String],
                           path: String, lineOffset: Int) -> ComponentRenderer {
        var environment = ComponentEnvironment(index: data!.index, language: language, year: data!.year, asOf: data!.asOf,
                                               thisArea: thisArea, links: data!.links, strings: strings)
        environment.drawsCharts = drawsCharts
        return ComponentRenderer(environment: environment, sourcePath: path, lineOffset: lineOffset)
    }
}

/// Puts the separately rendered narrative where the page template placed
/// `{{{narrative}}}`; every other block goes to the components.
struct NarrativeBlock: FencedBlockHandler {
    static let info = "minhbach-narrative"
    var info = Self.info
    let html: String?
    let next: any FencedBlockHandler

    func html(forBlock info: String, body: String, line: Int) -> String? {
        info == self.info ? (html ?? "") : next.html(forBlock: info, body: body, line: line)
    }
}
