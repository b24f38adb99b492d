import Foundation
import MinhBachContent
import MinhBachDiagnostics

extension MessageLanguage {
    /// The language messages about a site are worded in when none is asked
    /// for: its site.yaml's `language` (Vietnamese when there is none, or
    /// when site.yaml cannot be read; its problems are reported by the build).
    /// Only for commands that load no site config (serve, workbook, and pdf
    /// when it stops before building): a build takes it from
    /// `BuildReport.config` instead of reading site.yaml twice.
    public static func ofSite(at source: URL) -> MessageLanguage {
        let path = "content/site.yaml"
        guard let text = try? String(contentsOf: source.appendingPathComponent(path), encoding: .utf8) else { return .vi }
        return MessageLanguage(siteLanguage: SiteConfigParser.parse(text, path: path).0.language)
    }
}
