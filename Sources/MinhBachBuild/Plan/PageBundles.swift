import MinhBachContent
import MinhBachDiagnostics

/// Page bundles, as in Hugo: a folder with `index.md` is one page, and
/// everything else in it (images, PDFs) is that page's. It cannot also be a
/// section: a Markdown file inside it would have no section to be listed in.
enum PageBundles {
    /// The files, without the Markdown files that lie inside a page
    /// bundle's folder, each reported.
    static func withoutPagesInBundles(_ files: [ContentFile], diagnostics: inout [Diagnostic]) -> [ContentFile] {
        let bundles = Set(files.filter(\.isPageBundleIndex).map { $0.folders.joined(separator: "/") })
        guard !bundles.isEmpty else { return files }
        return files.filter { file in
            guard !file.isPageBundleIndex else { return true }
            let folders = file.folders
            guard let bundle = folders.indices.lazy.map({ folders[...$0].joined(separator: "/") }).first(where: bundles.contains)
            else { return true }
            diagnostics.append(Diagnostic(.content(.pageInPageBundle), at: SourceLocation(path: file.displayPath), [MessageArgument("bundle", bundle)]))
            return false
        }
    }
}
