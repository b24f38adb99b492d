import Foundation
import MinhBachContent
import MinhBachDiagnostics

/// The files of a theme, by path below `templates/`: the built-in theme,
/// overridden file by file by the site's own `templates/` folder.
public struct ThemeFiles: Sendable {
    public struct File: Sendable {
        public var data: Data
        /// How the file is named in messages.
        public var displayPath: String
    }

    public private(set) var files: [String: File] = [:]

    public init() {}

    /// The theme compiled into the binary (`templates/`, embedded at build
    /// time by EmbedFilesPlugin), so a folder with only `content/` builds.
    public static var builtIn: ThemeFiles {
        var theme = ThemeFiles()
        for (path, text) in DefaultTheme.files {
            theme.files[path] = File(data: Data(text.utf8), displayPath: "(built-in theme)/\(path)")
        }
        for (path, base64) in DefaultTheme.binaryFiles {
            theme.files[path] = File(data: Data(base64Encoded: base64) ?? Data(), displayPath: "(built-in theme)/\(path)")
        }
        return theme
    }

    /// Adds (or replaces) every file found below `directory` (a site's
    /// `templates/`); returns the warnings about links that were skipped.
    @discardableResult
    public mutating func overlay(directory: URL, displayRoot: String) throws -> [Diagnostic] {
        let root = directory.standardizedFileURL
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey]) else { return [] }
        let prefix = root.path + "/"
        let links = SiteLinks(siteRoot: root.deletingLastPathComponent())
        var skipped: [Diagnostic] = []
        for case let url as URL in walker {
            let name = url.lastPathComponent
            if name.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            if (try? url.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(prefix.count))
            if case .skip(let warning) = links.check(url, displayPath: "\(displayRoot)/\(relative)") {
                skipped.append(warning)
                continue
            }
            files[relative] = File(data: try Data(contentsOf: url), displayPath: "\(displayRoot)/\(relative)")
        }
        return skipped
    }

    /// Adds one file from text (tests, and themes assembled in code).
    public mutating func set(_ path: String, _ text: String, displayPath: String) {
        files[path] = File(data: Data(text.utf8), displayPath: displayPath)
    }

    /// The files directly in `folder` (`layouts`, `partials`, `assets`), sorted.
    func list(_ folder: String) -> [(name: String, file: File)] {
        files.compactMap { path, file in
            guard path.hasPrefix(folder + "/") else { return nil }
            let name = String(path.dropFirst(folder.count + 1))
            return name.contains("/") ? nil : (name, file)
        }.sorted { $0.name < $1.name }
    }
}
