import Foundation

/// The example site with hostile values in every place a reader's text can
/// reach a page (`Fixtures/hostile/`, laid over `content/`): a file of the
/// overlay replaces the example's, a `name.append` file is added to the end
/// of the example's `name` (new rows and records, without copying the
/// tables). Links that lead out of the site folder are made here, because a
/// repository should not hold links to the machine's folders.
enum HostileSite {
    static let overlay = Fixtures.root.appendingPathComponent("hostile")
    static let exampleContent = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("content")
    /// Text that must never reach the output: it is only in files outside the site folder.
    static let secret = "BÍ-MẬT-NGOÀI-TRANG-7f3a"

    /// Writes the site to `scratch/site` and the files its links lead to into
    /// `scratch/outside`; returns the site folder.
    static func make(in scratch: URL) throws -> URL {
        let manager = FileManager.default
        let site = scratch.appendingPathComponent("site")
        try manager.createDirectory(at: site, withIntermediateDirectories: true)
        try manager.copyItem(at: exampleContent, to: site.appendingPathComponent("content"))
        try lay(overlay, onto: site)

        let outside = scratch.appendingPathComponent("outside")
        try manager.createDirectory(at: outside.appendingPathComponent("folder"), withIntermediateDirectories: true)
        let page = "---\ntitle: \(secret)\n---\n\(secret)\n"
        let heritage = "---\nname: \(secret)\nkind: Di tích\nrank: provincial\narea: \"09991\"\nrecognition_date: 2024-01-01\n---\n\(secret)\n"
        let files = ["page.md": page, "secret.txt": secret, "heritage.md": heritage, "style.css": "/* \(secret) */",
                     "folder/page.md": page,
                     "agencies.csv": "id,name_vi,level\nbi-mat,\(secret),central\n"]
        for (name, text) in files { try Data(text.utf8).write(to: outside.appendingPathComponent(name)) }
        let links = ["content/lo-ra.md": "page.md", "content/tai-lieu.txt": "secret.txt",
                     "content/thu-muc-lo-ra": "folder", "content/data/heritage/lo-ra.md": "heritage.md",
                     "templates/assets/lo-ra.css": "style.css", "content/data/agencies.csv": "agencies.csv"]
        for (link, target) in links {
            let url = site.appendingPathComponent(link)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try manager.createSymbolicLink(at: url, withDestinationURL: outside.appendingPathComponent(target))
        }
        return site
    }

    private static func lay(_ source: URL, onto target: URL) throws {
        let manager = FileManager.default
        for name in try manager.contentsOfDirectory(atPath: source.path) {
            let from = source.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            _ = manager.fileExists(atPath: from.path, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                let to = target.appendingPathComponent(name)
                try manager.createDirectory(at: to, withIntermediateDirectories: true)
                try lay(from, onto: to)
            } else if name.hasSuffix(".append") {
                let to = target.appendingPathComponent(String(name.dropLast(".append".count)))
                let handle = try FileHandle(forWritingTo: to)
                try handle.seekToEnd()
                try handle.write(contentsOf: try Data(contentsOf: from))
                try handle.close()
            } else {
                let to = target.appendingPathComponent(name)
                if manager.fileExists(atPath: to.path) { try manager.removeItem(at: to) }
                try manager.copyItem(at: from, to: to)
            }
        }
    }
}
