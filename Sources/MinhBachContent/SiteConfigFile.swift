import Foundation
import MinhBachDiagnostics

/// Reads `content/site.yaml` for every stage that needs the site's settings.
/// The build reads it once, before anything else, and passes the value on:
/// the content loader, the data loader (its `data_encodings`), the printer
/// (the base URL) and the link checker all use that one value.
public enum SiteConfigFile {
    /// The settings of the site at `root`, and the problems of the file.
    /// No problems when the site has no `content` folder: the content
    /// loader reports that, once.
    public static func load(siteAt root: URL, displayPrefix: String = "") -> (SiteConfig, [Diagnostic]) {
        let root = root.standardizedFileURL
        let content = root.appendingPathComponent("content")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return (SiteConfig(), [])
        }
        let path = displayPrefix + "content/\(ContentLoader.configFile)"
        let url = content.appendingPathComponent(ContentLoader.configFile)
        guard FileManager.default.fileExists(atPath: url.path) else {
            return (SiteConfig(), [.error(at: SourceLocation(path: path), "the site has no site.yaml",
                                          hint: "create it with at least 'title:' and 'base_url:' (see docs/TEMPLATES.md)")])
        }
        if case .skip = SiteLinks(siteRoot: root).check(url, displayPath: path) {
            return (SiteConfig(), [.error(at: SourceLocation(path: path), "site.yaml is a link to a file outside the site folder",
                                          hint: "copy the file into content/ in place of the link")])
        }
        switch TextFile.read(url, displayPath: path) {
        case .failure(let diagnostic): return (SiteConfig(), [diagnostic])
        case .success(let text): return SiteConfigParser.parse(text, path: path)
        }
    }
}

extension SiteConfig {
    /// The settings with `--base-url` in place of `base_url`; a problem when
    /// the address given is not one.
    public func overridingBaseURL(with override: String?) -> (SiteConfig, Diagnostic?) {
        guard let override else { return (self, nil) }
        guard let url = Self.normaliseBaseURL(override) else {
            return (self, .error(at: SourceLocation(path: "--base-url"), "'\(override)' is not an absolute URL",
                                 hint: "write it as https://example.gov.vn/ or /"))
        }
        var config = self
        config.baseURL = url
        return (config, nil)
    }
}
