import MinhBachContent
import MinhBachDiagnostics

/// Page bundles, as in Hugo: a folder with `index.md` is one page, and
/// everything else in it (images, PDFs) is that page's. It cannot also be a
/// section: a Markdown file inside it would have no section to be listed in.
enum PageBundles {
    static let pageInBundle = "a page inside a page folder: the folder has index.md, so it is one page, not a section"

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
            diagnostics.append(.error(at: SourceLocation(path: file.displayPath), pageInBundle,
                                      hint: "rename content/\(bundle)/index.md to _index.md to make the folder a section, or move this file out of it"))
            return false
        }
    }
}
