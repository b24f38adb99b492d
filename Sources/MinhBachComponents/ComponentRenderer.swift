import MinhBachData
import MinhBachDiagnostics
import MinhBachMarkdown
import MinhBachText
import Yams

/// Replaces the component blocks of one page (the components of
/// `ComponentRegistry.standard`: `chart`, `table`, `kpi`, `tasks`…) by HTML
/// rendered from the programme data, and collects the problems found in
/// them, located in the content file.
///
/// One renderer per page: it remembers whether the page shows illustrative
/// figures, for the layout's "Dữ liệu minh họa".
public final class ComponentRenderer: FencedBlockHandler {
    /// The names of the standard components (`ComponentRegistry.standard`).
    public static var componentNames: [String] { ComponentRegistry.standard.names }

    let registry: ComponentRegistry
    public let environment: ComponentEnvironment
    public let sourcePath: String
    public let lineOffset: Int
    /// Problems of the blocks rendered so far, in the order found.
    public private(set) var diagnostics: [Diagnostic] = []
    /// True once a rendered figure, New Rural result or task is marked illustrative.
    public private(set) var showsIllustrativeData = false

    /// `lineOffset`: the line of the file on which the Markdown text starts
    /// (after the front matter), so that a block at Markdown line L is
    /// reported at file line `lineOffset + L - 1`.
    public convenience init(environment: ComponentEnvironment, sourcePath: String, lineOffset: Int) {
        self.init(environment: environment, sourcePath: sourcePath, lineOffset: lineOffset, registry: .standard)
    }

    init(environment: ComponentEnvironment, sourcePath: String, lineOffset: Int, registry: ComponentRegistry) {
        self.registry = registry
        self.environment = environment
        self.sourcePath = sourcePath
        self.lineOffset = lineOffset
    }

    public func html(forBlock info: String, body: String, line: Int) -> String? {
        let name = String(info.prefix { !$0.isWhitespace })
        let fenceLine = lineOffset + line - 1
        guard let component = registry.component(named: name) else {
            // A misspelt component name ("chrt", "kpis") is an error; any
            // other info string (python, yaml, text...) is a code block.
            guard let near = Self.misspelt(name, among: registry.names) else { return nil }
            let diagnostic = Diagnostic(.components(.unknownComponent), at: SourceLocation(path: sourcePath, line: fenceLine, column: 1),
                                        [MessageArgument("name", name), MessageArgument("near", near)])
            diagnostics.append(diagnostic)
            return errorBox(name, [diagnostic])
        }
        let source = BlockSource(component: name, body: body, path: sourcePath, fenceLine: fenceLine)
        let root: Node?
        switch source.parse() {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return errorBox(name, [diagnostic])
        case .success(let node):
            root = node
        }
        var block = Block(source: source, environment: environment, root: root, settings: component.settings)
        var html = ""
        if !block.hasErrors { html = component.render(&block) }
        diagnostics += block.diagnostics
        if block.hasErrors { return errorBox(name, block.diagnostics.errors) }
        if block.showsIllustrativeData { showsIllustrativeData = true }
        return html
    }

    /// The component a misspelt info string was meant to be: as close to a
    /// component name as a typo is (two edits at most; one for short words),
    /// and not the name of a language code blocks are written in.
    static func misspelt(_ name: String, among names: [String] = componentNames) -> String? {
        guard name.count >= 2, name.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        let lowered = name.lowercased()
        if names.contains(lowered) { return lowered }
        if ordinaryLanguages.contains(lowered) { return nil }
        return Suggestions.closest(to: lowered, in: names)
    }

    /// Info strings of ordinary code blocks that are that close to a component name.
    static let ordinaryLanguages: Set<String> = ["api", "csharp", "dart", "sass"]

    /// What the page shows where a block could not be rendered: the
    /// problems, in the page's language, so the author sees them in place
    /// in the preview.
    private func errorBox(_ name: String, _ problems: [Diagnostic]) -> String {
        let strings = ComponentStrings(language: environment.language, overrides: environment.strings)
        let language = MessageLanguage(siteLanguage: environment.language.rawValue)
        var html = "<div class=\"mb-component-error\" role=\"alert\">\n"
        html += "<p class=\"mb-component-error-title\">\(HTML.escape(strings("error_title", ["name": name])))</p>\n<ul>\n"
        for problem in problems {
            html += "<li><code>\(HTML.escape(problem.location.description))</code> \(HTML.escape(problem.message(in: language)))"
            if let hint = problem.hint(in: language) { html += "<br><span class=\"mb-component-error-hint\">\(HTML.escape(hint))</span>" }
            html += "</li>\n"
        }
        return html + "</ul>\n</div>\n"
    }
}
