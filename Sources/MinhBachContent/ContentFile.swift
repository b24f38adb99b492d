import MinhBachDiagnostics

/// One Markdown file under `content/`, read and split, not yet rendered.
public struct ContentFile: Sendable, Hashable {
    /// Path below `content/`, with `/` separators: `van-ban/chi-thi-14.md`.
    public var relativePath: String
    /// The path shown in messages: `content/van-ban/chi-thi-14.md`.
    public var displayPath: String
    public var frontMatter: FrontMatter
    public var body: String
    /// The line of the file on which `body` starts.
    public var bodyFirstLine: Int

    public init(relativePath: String, displayPath: String, frontMatter: FrontMatter, body: String, bodyFirstLine: Int) {
        self.relativePath = relativePath
        self.displayPath = displayPath
        self.frontMatter = frontMatter
        self.body = body
        self.bodyFirstLine = bodyFirstLine
    }

    /// `_index.md` gives a folder (a section) its title and text.
    public var isSectionIndex: Bool {
        let path = translatedPath
        return path == "_index.md" || path.hasSuffix("/_index.md")
    }

    /// `tin-tuc/le-cong-bo/index.md` is a page bundle, as in Hugo: the page
    /// `/tin-tuc/le-cong-bo/`, whose folder holds its images and files.
    public var isPageBundleIndex: Bool {
        !folders.isEmpty && baseName.lowercased() == "index" && !isSectionIndex
    }

    /// The name the page's URL is made from: the file name, or the folder's
    /// for a page bundle.
    public var pageName: String {
        isPageBundleIndex ? folders[folders.count - 1] : baseName
    }

    /// The folder of the section that lists the page.
    public var sectionFolder: String {
        (isPageBundleIndex ? folders.dropLast() : folders[...]).joined(separator: "/")
    }

    /// The folders the file is in, below `content/`.
    public var folders: [String] {
        Array(relativePath.split(separator: "/").dropLast().map(String.init))
    }

    /// The file name without `.md` (and without `.en`).
    public var baseName: String {
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        let stem = name.lowercased().hasSuffix(".md") ? String(name.dropLast(3)) : name
        return isTranslation ? String(stem.dropLast(3)) : stem
    }

    /// `gioi-thieu.en.md` is the English version of `gioi-thieu.md`
    /// (Hugo's convention).
    public var isTranslation: Bool {
        relativePath.lowercased().hasSuffix(".en.md")
    }

    /// The path of the page this file translates: `gioi-thieu.md` for
    /// `gioi-thieu.en.md`.
    public var translatedPath: String {
        isTranslation ? String(relativePath.dropLast(".en.md".count)) + ".md" : relativePath
    }
}

/// A file that is copied to the output as it is (images, PDFs, downloads).
public struct StaticFile: Sendable, Hashable {
    /// Absolute path of the source file.
    public var sourcePath: String
    /// Path below the output folder.
    public var outputPath: String
}

/// Everything `load` read from a site folder.
public struct LoadedSite: Sendable {
    public var config: SiteConfig
    public var files: [ContentFile]
    public var staticFiles: [StaticFile]
}
