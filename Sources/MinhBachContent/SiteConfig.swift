import Foundation
import MinhBachDiagnostics
import MinhBachText
import Yams

/// `content/site.yaml`: what the whole site shares.
public struct SiteConfig: Sendable, Hashable {
    public struct MenuEntry: Sendable, Hashable {
        public var title: String
        public var url: String
    }

    public var title = ""
    public var description = ""
    /// Absolute base URL ending with `/` (`https://example.gov.vn/`), or `/`.
    public var baseURL = "/" {
        didSet { basePath = Self.path(of: baseURL) }
    }
    public var language = "vi"
    public var copyright = ""
    /// An explicit menu; nil means "the top-level sections, by weight".
    public var menu: [MenuEntry]?
    /// `markdown: {raw_html: true}` lets content files contain raw HTML.
    public var allowRawHTML = false
    /// `data_encoding` and `data_encodings`: data files saved in a legacy
    /// encoding, read as they are.
    public var dataEncodings = DataEncodings()
    public var params: [String: ParamValue] = [:]
    /// Where each of `params` is written, and every value inside them
    /// (`ParamPath`: `license.name`), for the settings checked after
    /// loading (`year`, `as_of`, `license`): their problems name the line.
    public var paramLocations = ParamLocations()

    public init() {}

    /// The path part of the base URL (`/` or `/minhbach/`): every link on the
    /// site starts with it, so a site can live in a sub-folder of a server.
    /// Stored, not computed: every link of every page reads it.
    public private(set) var basePath = "/"

    private static func path(of baseURL: String) -> String {
        guard let schemeEnd = baseURL.range(of: "://") else { return baseURL }
        let afterHost = baseURL[schemeEnd.upperBound...].drop(while: { $0 != "/" })
        return afterHost.isEmpty ? "/" : String(afterHost)
    }

    /// Checks and normalises a base URL given in site.yaml or on the command line.
    public static func normaliseBaseURL(_ raw: String) -> String? {
        var url = raw.trimmingCharacters(in: .whitespaces)
        let isAbsolute = url.hasPrefix("https://") || url.hasPrefix("http://")
        guard isAbsolute || url.hasPrefix("/") else { return nil }
        guard !url.contains(" "), !url.contains("\""), !url.contains("<") else { return nil }
        if isAbsolute, url.split(separator: "/").count < 2 { return nil }
        if !url.hasSuffix("/") { url += "/" }
        return url
    }
}

public enum SiteConfigParser {
    public static func parse(_ text: String, path: String) -> (SiteConfig, [Diagnostic]) {
        let reader = YAMLReader(path: path, firstLine: 1)
        var config = SiteConfig()
        var diagnostics: [Diagnostic] = []
        let root: Node?
        switch reader.parse(text) {
        case .success(let node): root = node
        case .failure(let diagnostic): return (config, [diagnostic])
        }
        guard let mapping = root?.mapping else {
            return (config, [Diagnostic(.content(.siteConfigNotAMap), at: SourceLocation(path: path, line: 1, column: 1))])
        }
        var sawTitle = false
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let at = reader.location(of: value)
            let text = reader.value(of: value).text
            func requireText() -> String? {
                if text == nil { diagnostics.append(Diagnostic(.content(.siteSettingNotText), at: at, [MessageArgument("key", key)])) }
                return text
            }
            switch key {
            case "title":
                config.title = requireText() ?? ""
                sawTitle = true
            case "description": config.description = requireText() ?? ""
            case "copyright": config.copyright = requireText() ?? ""
            case "language": config.language = requireText() ?? "vi"
            case "base_url":
                guard let raw = requireText() else { break }
                if let url = SiteConfig.normaliseBaseURL(raw) {
                    config.baseURL = url
                } else {
                    diagnostics.append(Diagnostic(.content(.baseURLNotAbsolute), at: at, [MessageArgument("url", raw)]))
                }
            case "menu":
                config.menu = parseMenu(value, reader: reader, diagnostics: &diagnostics)
            case "markdown":
                if case .map(let options) = reader.value(of: value), case .bool(let raw)? = options["raw_html"] {
                    config.allowRawHTML = raw
                } else {
                    // At 'raw_html:''s own value when it is there but not true or false.
                    diagnostics.append(Diagnostic(.content(.markdownSettingWrong), at: value["raw_html"].map(reader.location(of:)) ?? at))
                }
            case "data_encoding", "data_encodings":
                parseDataEncoding(key, value, reader: reader, into: &config.dataEncodings, diagnostics: &diagnostics)
            case "license":
                // The theme links to license.url (url_en on English pages): it must be an address, not a script.
                let license = reader.value(of: value)
                if case .map(let fields) = license,
                   let (key, url) = ["url", "url_en"].lazy.compactMap({ key in fields[key]?.text.map { (key, $0) } })
                       .first(where: { !LinkAddress.isSafe($0.1) }) {
                    diagnostics.append(unsafeAddress(url, at: value[key].map(reader.location(of:)) ?? at))
                } else {
                    config.params[key] = license
                    reader.locations(of: value, at: ParamPath(key), into: &config.paramLocations)
                }
            default:
                config.params[key] = reader.value(of: value)
                reader.locations(of: value, at: ParamPath(key), into: &config.paramLocations)
            }
        }
        if !sawTitle {
            diagnostics.append(Diagnostic(.content(.siteHasNoTitle), at: SourceLocation(path: path, line: 1, column: 1)))
        }
        return (config, diagnostics)
    }

    private static func unsafeAddress(_ url: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.content(.unsafeLinkAddress), at: location, [MessageArgument("url", url)])
    }

    private static func parseMenu(_ node: Node, reader: YAMLReader, diagnostics: inout [Diagnostic]) -> [SiteConfig.MenuEntry]? {
        guard let items = node.sequence else {
            diagnostics.append(Diagnostic(.content(.menuNotAList), at: reader.location(of: node)))
            return nil
        }
        var entries: [SiteConfig.MenuEntry] = []
        for item in items {
            guard case .map(let fields) = reader.value(of: item),
                  let title = fields["title"]?.text, let url = fields["url"]?.text else {
                diagnostics.append(Diagnostic(.content(.menuEntryIncomplete), at: reader.location(of: item),
                                              [MessageArgument("example", "{title: Văn bản, url: /van-ban/}")]))
                continue
            }
            guard LinkAddress.isSafe(url) else {
                diagnostics.append(unsafeAddress(url, at: reader.location(of: item)))
                continue
            }
            entries.append(.init(title: title, url: url))
        }
        return entries
    }
}
