import Foundation
import MinhBachDiagnostics
import Mustache

/// Loads a theme: every template is parsed here, once, and every parse
/// error and every reference to a missing partial is reported with its file,
/// line and column before anything is rendered.
public struct ThemeLoader: Sendable {
    public let files: ThemeFiles

    public init(files: ThemeFiles) {
        self.files = files
    }

    /// The built-in theme overridden by the site's `templates/` folder, if any.
    public static func forSite(_ siteRoot: URL, displayPrefix: String) -> (ThemeLoader, [Diagnostic]) {
        var files = ThemeFiles.builtIn
        let directory = siteRoot.appendingPathComponent("templates")
        guard FileManager.default.fileExists(atPath: directory.path) else { return (ThemeLoader(files: files), []) }
        do {
            let skipped = try files.overlay(directory: directory, displayRoot: displayPrefix + "templates")
            return (ThemeLoader(files: files), skipped)
        } catch {
            return (ThemeLoader(files: files), [Diagnostic(.render(.themeUnreadable), at: SourceLocation(path: displayPrefix + "templates"),
                                                           [MessageArgument("reason", error.localizedDescription)])])
        }
    }

    public static let requiredLayouts = ["home", "section", "page"]

    /// `engine: .swiftMustache` renders with swift-mustache even when the
    /// templates compile (for comparing the two).
    public func load(engine: TemplateEngine = .compiled) -> (Theme?, [Diagnostic]) {
        _ = (HTMLContentType.registered, MarkdownContentType.registered)
        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        var parsed: [String: MustacheTemplate] = [:]
        var layouts: Set<String> = []
        var sources: [(path: String, text: String)] = []
        var partials: [(name: String, path: String, text: String)] = []
        for (folder, isLayout) in [("layouts", true), ("partials", false)] {
            for (fileName, file) in files.list(folder) where fileName.hasSuffix(".mustache") {
                let name = String(fileName.dropLast(".mustache".count))
                guard let text = String(data: file.data, encoding: .utf8) else {
                    diagnostics.append(Diagnostic(.render(.templateNotUTF8), at: SourceLocation(path: file.displayPath)))
                    continue
                }
                if isLayout { layouts.insert(name) }
                // swift-mustache starts every partial with its built-in HTML type,
                // so partials need the pragma as much as layouts do.
                switch Self.parse(text, pragma: HTMLContentType.pragma, ownLine: true, path: file.displayPath) {
                case .success(let template):
                    library.register(template, named: isLayout ? Theme.layoutKey(name) : name)
                    parsed[isLayout ? Theme.layoutKey(name) : name] = template
                    sources.append((file.displayPath, text))
                    if !isLayout { partials.append((name, file.displayPath, text)) }
                case .failure(let diagnostic):
                    diagnostics.append(diagnostic)
                }
            }
        }
        var pageNames: Set<String> = []
        for (fileName, file) in files.list("pages") where fileName.hasSuffix(".md") {
            let name = String(fileName.dropLast(3))
            guard let text = String(data: file.data, encoding: .utf8) else {
                diagnostics.append(Diagnostic(.render(.templateNotUTF8), at: SourceLocation(path: file.displayPath)))
                continue
            }
            switch Self.parse(text, pragma: MarkdownContentType.pragma, ownLine: false, path: file.displayPath) {
            case .success(let template):
                library.register(template, named: Theme.pageKey(name))
                parsed[Theme.pageKey(name)] = template
                pageNames.insert(name)
                sources.append((file.displayPath, text))
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            }
        }
        let strings = I18nStrings.load(files, diagnostics: &diagnostics)
        for required in Self.requiredLayouts where !layouts.contains(required) {
            diagnostics.append(Diagnostic(.render(.layoutMissing), at: SourceLocation(path: "templates/layouts/\(required).mustache"),
                                          [MessageArgument("layout", required)]))
        }
        for source in sources {
            diagnostics += MustacheErrors.missingPartials(in: source.text, path: source.path) { library.getTemplate(named: $0) != nil }
        }
        diagnostics += PartialCycles.diagnostics(partials: partials)
        let assets = files.list("assets").map { name, file in ThemeAsset(name: name, data: file.data) }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (Theme(layoutNames: layouts, assets: assets, pageTemplateNames: pageNames, strings: strings, library: library,
                      compiled: engine == .compiled ? CompiledLibrary(parsed) : nil), diagnostics)
    }

    /// Parses a template with a content-type pragma put before it. Page
    /// templates have it on their first line, so that the Markdown they
    /// produce keeps their line numbers (components report errors by them);
    /// layouts have it on a line of its own, so that a standalone tag on
    /// their first line leaves no blank line before `<!doctype html>`.
    /// Errors give positions in the file itself.
    private static func parse(_ text: String, pragma: String, ownLine: Bool, path: String) -> Result<MustacheTemplate, Diagnostic> {
        let prefix = pragma + (ownLine ? "\n" : "")
        do {
            return .success(try MustacheTemplate(string: prefix + text))
        } catch let error as MustacheTemplate.ParserError {
            var diagnostic = MustacheErrors.diagnostic(error, path: path)
            if ownLine, let line = diagnostic.location.line {
                diagnostic.location.line = max(1, line - 1)
            } else if diagnostic.location.line == 1, let column = diagnostic.location.column {
                diagnostic.location.column = max(1, column - prefix.count)
            }
            return .failure(diagnostic)
        } catch {
            return .failure(Diagnostic(.render(.templateUnparsable), at: SourceLocation(path: path), [MessageArgument("reason", "\(error)")]))
        }
    }
}
