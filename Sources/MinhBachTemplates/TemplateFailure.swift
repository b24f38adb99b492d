import MinhBachDiagnostics

/// A template the theme could not render a page with. swift-mustache gives
/// no text (and no position) when it cannot render: the page is not
/// written empty, the build fails with the template and the page named.
public struct TemplateFailure: Error, Sendable, Hashable {
    /// The template, as the theme's files are named in messages.
    public var path: String

    public init(path: String) {
        self.path = path
    }

    /// The problem, on the page at `page` (its address below the site root).
    public func diagnostic(page: String) -> Diagnostic {
        var diagnostic = Diagnostic(.render(.cannotRenderPage), at: SourceLocation(path: path))
        diagnostic.page = page
        return diagnostic
    }
}
