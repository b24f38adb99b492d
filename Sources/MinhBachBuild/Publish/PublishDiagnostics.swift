import MinhBachDiagnostics

/// The messages of what is written beside the pages, one factory each, so
/// that a call site names every value its wording needs.
extension Diagnostic {
    /// The site's own theme lacks `layout`; `consequence` says what is not written.
    static func layoutMissing(_ layout: String, consequence: LocalizedText) -> Diagnostic {
        Diagnostic(.publish(.layoutMissing), at: SourceLocation(path: "templates/layouts/\(layout).mustache"),
                   [MessageArgument("layout", layout), MessageArgument("consequence", consequence)])
    }
}
