import Foundation
import MinhBachDiagnostics

/// The files a site publishes besides its pages and their downloads (the
/// data bundle, sitemap, feeds, robots.txt, 404 page and search), made for
/// the preview only when one of them is asked for, with the very function
/// `build` uses, so the bytes are the same. Each output is kept until the
/// site changes; the search index needs every page, so asking for it
/// renders the pages not rendered yet (their search entries are kept, not
/// their HTML).
extension LiveSite {
    /// Called with the lock held.
    func extraFile(at path: String, _ rendering: SiteRendering) -> Data? {
        let site = rendering.site
        for (number, output) in ExtraOutputs.all.enumerated() where output.publishes(path, in: site) {
            if extraFiles[number] == nil {
                let (pages, renderProblems) = output.needsRenderedPages ? everyRenderedPage(rendering) : ([], [])
                let (files, problems) = output.files(for: site, pages: pages, basePath: site.config.basePath)
                extraFiles[number] = Dictionary(files.map { ($0.path, $0.data) }, uniquingKeysWith: { first, _ in first })
                // Errors of pages rendered only for the index are shown too, as `build` would report them.
                let errors = (renderProblems + problems).errors
                extraErrors[number] = errors.isEmpty ? nil : errors
            }
            if let data = extraFiles[number]?[path] { return data }
        }
        return nil
    }

    /// Every page's search entry in plan order, as `build` hands them over.
    private func everyRenderedPage(_ rendering: SiteRendering) -> ([RenderedPage], [Diagnostic]) {
        let missing = rendering.site.plan.pages.indices.filter { searchEntries[$0] == nil }
        let (pages, problems) = render(missing, rendering)
        for page in pages { searchEntries[page.index] = page.search }
        return (rendering.site.plan.pages.indices.compactMap { searchEntries[$0] }, problems)
    }

    /// The site changed: every extra output is made again when next asked for.
    func forgetExtras() {
        extraFiles = [:]
        extraErrors = [:]
    }
}
