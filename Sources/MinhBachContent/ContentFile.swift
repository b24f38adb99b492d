import Foundation
import MinhBachDiagnostics

/// One Markdown file under `content/`, read and split, not yet rendered.
///
/// Its Markdown is not kept once it is loaded (`Body.inFile`): a build of
/// 100,000 pages held 355 MB of page sources from loading to the end. What
/// the stages before rendering need of it is kept instead (`bodyIsBlank`,
/// `summary`), and the renderer reads the text again (`bodyText()`).
public struct ContentFile: Sendable, Hashable {
    /// Path below `content/`, with `/` separators: `van-ban/chi-thi-14.md`.
    public var relativePath: String
    /// The path shown in messages: `content/van-ban/chi-thi-14.md`.
    public var displayPath: String
    /// Boxed: the plan's pages and the loaded files each hold the file, and
    /// inline its front matter made each of them about 500 bytes.
    public var frontMatter: FrontMatter {
        get { storedFrontMatter.value }
        set { storedFrontMatter = SharedValue(newValue) }
    }
    private var storedFrontMatter: SharedValue<FrontMatter>
    /// The Markdown after the front matter, or where to read it again.
    public var body: Body
    /// The line of the file on which the body starts.
    public var bodyFirstLine: Int
    /// The body is only spaces and line ends: a home or section page
    /// without text needs no English version.
    public var bodyIsBlank: Bool
    /// What a list of pages and a feed show of the page: its description,
    /// or the start of its first paragraph (`PageSummary`).
    public var summary: String

    /// `body` is the Markdown as read; with `file`, it is left there and
    /// read again when needed instead of kept.
    public init(relativePath: String, displayPath: String, frontMatter: FrontMatter, body: String, bodyFirstLine: Int,
                leftIn file: BodyFile? = nil) {
        self.relativePath = relativePath
        self.displayPath = displayPath
        self.storedFrontMatter = SharedValue(frontMatter)
        self.body = file.map(Body.inFile) ?? .text(body)
        self.bodyFirstLine = bodyFirstLine
        bodyIsBlank = body.unicodeScalars.allSatisfy(Self.blank.contains)
        summary = frontMatter.description ?? PageSummary.of(body)
    }

    private static let blank = CharacterSet.whitespacesAndNewlines

    /// `_index.md` gives a folder (a section) its title and text.
    public var isSectionIndex: Bool {
        let path = translatedPath.utf8
        return path.elementsEqual("_index.md".utf8) || path.reversed().starts(with: "/_index.md".utf8.reversed())
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
        var parts = pathParts
        parts.removeLast()
        return parts
    }

    /// The path between its `/`, split on the bytes, as are the tests of the
    /// file name below: by Characters, with `lowercased()`, the plan stage
    /// spent 100,000 instructions a page on these names.
    private var pathParts: [String] {
        let parts = relativePath.utf8.split(separator: UInt8(ascii: "/")).map { String(decoding: $0, as: UTF8.self) }
        return parts.isEmpty ? [""] : parts
    }

    /// The file name without `.md` (and without `.en`).
    public var baseName: String {
        let name = relativePath.utf8.split(separator: UInt8(ascii: "/")).last.map { String(decoding: $0, as: UTF8.self) } ?? relativePath
        let stem = Self.hasSuffix(name, ".md") ? String(decoding: name.utf8.dropLast(3), as: UTF8.self) : name
        return isTranslation ? String(decoding: stem.utf8.dropLast(3), as: UTF8.self) : stem
    }

    /// `gioi-thieu.en.md` is the English version of `gioi-thieu.md`
    /// (Hugo's convention).
    public var isTranslation: Bool {
        Self.hasSuffix(relativePath, ".en.md")
    }

    /// Whether `text` ends with `suffix` (lower-case ASCII) in any case.
    private static func hasSuffix(_ text: String, _ suffix: StaticString) -> Bool {
        let tail = text.utf8.suffix(suffix.utf8CodeUnitCount)
        guard tail.count == suffix.utf8CodeUnitCount else { return false }
        return suffix.withUTF8Buffer { wanted in
            zip(tail, wanted).allSatisfy { byte, lower in byte | (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0) == lower }
        }
    }

    /// The path of the page this file translates: `gioi-thieu.md` for
    /// `gioi-thieu.en.md`.
    public var translatedPath: String {
        isTranslation ? String(decoding: relativePath.utf8.dropLast(".en.md".utf8.count), as: UTF8.self) + ".md" : relativePath
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
