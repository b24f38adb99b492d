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
            return (SiteConfig(), [Diagnostic(.content(.siteHasNoConfig), at: SourceLocation(path: path))])
        }
        if case .skip = SiteLinks(siteRoot: root).check(url, displayPath: path) {
            return (SiteConfig(), [Diagnostic(.content(.siteConfigLinksOutside), at: SourceLocation(path: path))])
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
            return (self, Diagnostic(.content(.baseURLOptionNotAbsolute), at: SourceLocation(path: "--base-url"), [MessageArgument("url", override)]))
        }
        var config = self
        config.baseURL = url
        return (config, nil)
    }
}
