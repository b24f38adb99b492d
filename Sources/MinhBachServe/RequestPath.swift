/// Turns a request path into the name of a file of the built site, or
/// refuses it. Percent-encoding is decoded first, so `%2e%2e` is `..` too.
struct RequestPath: Equatable {
    /// The file to serve: `xa/a/index.html`.
    var file: String
    /// For `/xa/a` (no slash): the index file it would be a folder of.
    var folderIndex: String?

    static func resolve(_ raw: String, basePath: String) -> RequestPath? {
        guard let decoded = raw.removingPercentEncoding, !decoded.contains("\0"), !decoded.contains("\\") else { return nil }
        guard decoded.hasPrefix(basePath) || decoded + "/" == basePath else { return nil }
        let inside = decoded.count >= basePath.count ? String(decoded.dropFirst(basePath.count)) : ""
        let segments = inside.split(separator: "/", omittingEmptySubsequences: false)
        guard !segments.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        guard !segments.dropLast().contains(where: \.isEmpty) else { return nil }   // "a//b"
        if inside.isEmpty || inside.hasSuffix("/") { return RequestPath(file: inside + "index.html", folderIndex: nil) }
        return RequestPath(file: inside, folderIndex: inside + "/index.html")
    }
}

enum ContentTypes {
    static func of(_ path: String) -> String {
        switch path.split(separator: ".").last.map({ $0.lowercased() }) ?? "" {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "xml": return "application/xml"
        case "csv": return "text/csv; charset=utf-8"
        case "pdf": return "application/pdf"
        case "txt": return "text/plain; charset=utf-8"
        case "zip": return "application/zip"
        default: return "application/octet-stream"
        }
    }
}

import Foundation

/// What unknown addresses are answered with.
enum NotFoundFallback {
    /// The site's own page (`build` writes it as `404.html`).
    static let sitePath = "404.html"
    /// Until the site has built once.
    static let html = "<!doctype html><html lang=\"vi\"><meta charset=\"utf-8\"><title>404</title><body><p>Không tìm thấy trang. / Page not found.</p></body></html>"
}
