import Foundation
import MinhBachContent

extension LinkChecker.Options {
    /// `base_url` of the site folder's `content/site.yaml`, normalised; `/`
    /// when it cannot be read (`minhbach check` reports why).
    public static func baseURL(ofSiteAt source: URL) -> String {
        let file = source.appendingPathComponent("content").appendingPathComponent(ContentLoader.configFile)
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return "/" }
        return SiteConfigParser.parse(text, path: file.path).0.baseURL
    }
}
