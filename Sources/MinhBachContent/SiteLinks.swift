import Foundation
import MinhBachDiagnostics

/// Symbolic links among a site's files are followed only when they lead to
/// a file inside the site folder: a link to `/etc/passwd` or to another
/// project's folder (unpacked from an archive, or made by mistake) must not
/// be read, and so never published. Used by every loader: content, data,
/// heritage sites and the theme.
public struct SiteLinks: Sendable {
    private let rootPath: String

    /// `siteRoot` is the folder that holds `content/` and `templates/`.
    public init(siteRoot: URL) {
        rootPath = siteRoot.standardizedFileURL.resolvingSymlinksInPath().path + "/"
    }

    public enum Check {
        /// Not a link, or a link to a file inside the site: read `url`.
        case follow
        /// A link that may not be followed; report the warning and skip the file.
        case skip(Diagnostic)
    }

    public func check(_ url: URL, displayPath: String) -> Check {
        guard (try? url.resourceValues(forKeys: [.isSymbolicLinkKey]))?.isSymbolicLink == true else { return .follow }
        let target = url.resolvingSymlinksInPath().path
        guard target.hasPrefix(rootPath) else {
            return .skip(Diagnostic(.content(.linkOutsideSite), at: SourceLocation(path: displayPath)))
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue {
            return .skip(Diagnostic(.content(.linkToFolder), at: SourceLocation(path: displayPath)))
        }
        return .follow
    }
}
