import Foundation
import MinhBachDiagnostics
import Mustache

/// A theme: Mustache layouts and partials, parsed once, and the assets that
/// are published with a content hash in their names.
public struct Theme: Sendable {
    /// Layout names (`page`, `section`, `home`, ...) that exist.
    public let layoutNames: Set<String>
    /// `asset.style_css` → `assets/style.3f2a9c1e.css` (below the output folder).
    public let assets: [ThemeAsset]
    /// `templates/pages/<name>.md`: Markdown templates of data pages.
    public let pageTemplateNames: Set<String>
    /// Interface strings by language (`templates/i18n/<lang>.yaml`); a key
    /// missing in a language has the site language's text.
    public let strings: [String: [String: String]]
    private let library: MustacheLibrary
    /// The same templates compiled (Compiled/): nil renders with swift-mustache.
    private let compiled: CompiledLibrary?

    /// Which renderer the theme uses; `compiled` whenever every template
    /// compiles (see `TemplateTokens`).
    public var engine: TemplateEngine { compiled == nil ? .swiftMustache : .compiled }

    init(layoutNames: Set<String>, assets: [ThemeAsset], pageTemplateNames: Set<String> = [],
         strings: [String: [String: String]] = [:], library: MustacheLibrary, compiled: CompiledLibrary?) {
        self.layoutNames = layoutNames
        self.assets = assets
        self.pageTemplateNames = pageTemplateNames
        self.strings = strings
        self.library = library
        self.compiled = compiled
    }

    private func render(_ context: [String: Any], template key: String, sharing: SharedPartials? = nil) -> String? {
        compiled?.render(context, withTemplate: key, sharing: sharing) ?? library.render(context, withTemplate: key)
    }

    /// Renders `templates/pages/<name>.md` to Markdown.
    public func renderPage(_ name: String, context: [String: Any]) throws(TemplateFailure) -> String {
        guard let text = render(context, template: Self.pageKey(name)) else {
            throw TemplateFailure(path: "templates/pages/\(name).md")
        }
        return text
    }

    static func pageKey(_ name: String) -> String { "pages/\(name)" }

    public func hasLayout(_ name: String) -> Bool { layoutNames.contains(name) }

    /// Renders a page. `context` holds the keys documented in docs/TEMPLATES.md;
    /// `sharing` holds the partials that are the same on every page of its language.
    public func render(layout: String, context: [String: Any], sharing: SharedPartials? = nil) throws(TemplateFailure) -> String {
        guard let text = render(context, template: Self.layoutKey(layout), sharing: sharing) else {
            throw TemplateFailure(path: "templates/layouts/\(layout).mustache")
        }
        return text
    }

    static func layoutKey(_ name: String) -> String { "layouts/\(name)" }
}

/// How a theme's templates are rendered. Both give the same pages; the
/// swift-mustache renderer is kept as the reference the compiled one is
/// tested against, and for a theme that uses what is not compiled.
public enum TemplateEngine: Sendable {
    case compiled
    case swiftMustache
}

/// A file of `templates/assets/`, published as `assets/<name>.<hash>.<ext>`
/// so that browsers may cache it for a year and still see every change.
public struct ThemeAsset: Sendable, Hashable {
    public var data: Data
    /// Below the output folder: `assets/style.3f2a9c1e.css`.
    public var outputPath: String
    /// The template key: `style_css` for `style.css`.
    public var key: String

    init(name: String, data: Data) {
        let dot = name.lastIndex(of: ".")
        let stem = dot.map { String(name[..<$0]) } ?? name
        let ext = dot.map { String(name[$0...]) } ?? ""
        self.data = data
        self.outputPath = "assets/\(stem).\(ContentHash.hex(of: data))\(ext)"
        self.key = String(name.map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }
}
