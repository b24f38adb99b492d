import MinhBachDiagnostics
import MinhBachText
import Yams

/// The typed head of a content file.
public struct FrontMatter: Sendable, Hashable {
    public var title: String?
    public var description: String?
    public var date: CalendarDate?
    public var draft = false
    public var weight = 0
    /// The last part of the URL, already a slug.
    public var slug: String?
    /// Where `slug:` was written, so a URL clash can be reported there.
    public var slugLocation: SourceLocation?
    public var layout: String?
    /// Where `layout:` was written, so an unknown layout can be reported there.
    public var layoutLocation: SourceLocation?
    /// `official:`: the page prints as an administrative document (OfficialDocument).
    public var official: OfficialDocument?
    /// Every other key, for templates (`page.params.number`).
    public var params: [String: ParamValue] = [:]
    /// Where each of `params` is written, and every value inside them
    /// (`ParamPath`), for the keys checked after loading (a report's
    /// `year:`): their problems name the line.
    public var paramLocations: [ParamPath: SourceLocation] = [:]
    /// False when the front matter had errors (already reported): later
    /// stages then stay quiet about what it lacks.
    public var isValid = true

    public init() {}
}

/// A content file split into its YAML front matter and its Markdown body.
public struct SplitContent: Sendable, Hashable {
    /// The YAML between the `---` lines; nil when the file has none.
    public var frontMatter: String?
    public var body: String
    /// The line of the file on which the body starts (for body positions).
    public var bodyFirstLine: Int
}

public enum FrontMatterParser {
    /// Splits `---\nyaml\n---\nbody`. The opening `---` must be the first
    /// line (Hugo's and Jekyll's convention); `...` may also close it.
    public static func split(_ text: String, path: String) -> Result<SplitContent, Diagnostic> {
        var lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces() == "---" else {
            return .success(SplitContent(frontMatter: nil, body: text, bodyFirstLine: 1))
        }
        let rest = lines.count > 1 ? lines.removeLast() : ""
        var lineNumber = 1
        var index = rest.startIndex
        while index < rest.endIndex {
            lineNumber += 1
            let end = rest[index...].firstIndex(of: "\n") ?? rest.endIndex
            let line = rest[index..<end].trimmingTrailingSpaces()
            if line == "---" || line == "..." {
                let yaml = String(rest[rest.startIndex..<index])
                let bodyStart = end < rest.endIndex ? rest.index(after: end) : end
                return .success(SplitContent(frontMatter: yaml, body: String(rest[bodyStart...]), bodyFirstLine: lineNumber + 1))
            }
            index = end < rest.endIndex ? rest.index(after: end) : end
        }
        return .failure(Diagnostic(.content(.frontMatterNotClosed), at: SourceLocation(path: path, line: 1, column: 1)))
    }

    /// Reads the known keys with their types; every problem is reported at
    /// the line and column of the offending key or value.
    public static func parse(_ yaml: String, path: String, firstLine: Int = 2) -> (FrontMatter, [Diagnostic]) {
        let reader = YAMLReader(path: path, firstLine: firstLine)
        var matter = FrontMatter()
        var diagnostics: [Diagnostic] = []
        let root: Node?
        switch reader.parse(yaml) {
        case .success(let node): root = node
        case .failure(let diagnostic):
            matter.isValid = false
            return (matter, [diagnostic])
        }
        guard let root else { return (matter, []) }
        guard let mapping = root.mapping else {
            matter.isValid = false
            return (matter, [Diagnostic(.content(.frontMatterNotAMap), at: reader.location(of: root))])
        }
        var officialKey: Node?
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let at = reader.location(of: value)
            func text(_ name: String) -> String? {
                if let text = reader.value(of: value).text { return text }
                diagnostics.append(Diagnostic(.content(.frontMatterNotText), at: at,
                                              [MessageArgument("key", name), MessageArgument("found", FoundValue.of(value))]))
                return nil
            }
            switch key {
            case "title": matter.title = text(key)
            case "description": matter.description = text(key)
            case "layout":
                matter.layout = text(key)
                matter.layoutLocation = at
            case "slug":
                guard let raw = text(key) else { break }
                let slug = Slug.make(raw)
                if slug.isEmpty {
                    diagnostics.append(Diagnostic(.content(.slugWithoutLetters), at: at, [MessageArgument("slug", raw)]))
                } else {
                    matter.slug = slug
                    matter.slugLocation = at
                }
            case "date":
                guard let raw = text(key) else { break }
                switch CalendarDate.parse(raw) {
                case .success(let date): matter.date = date
                case .failure(.impossibleDate):
                    diagnostics.append(Diagnostic(.content(.dateDoesNotExist), at: at, [MessageArgument("date", raw)]))
                case .failure(.unrecognisedFormat):
                    diagnostics.append(Diagnostic(.content(.dateNotADate), at: at, [MessageArgument("date", raw)]))
                }
            case "draft":
                if case .bool(let flag) = reader.value(of: value) {
                    matter.draft = flag
                } else {
                    diagnostics.append(Diagnostic(.content(.draftNotTrueOrFalse), at: at, [MessageArgument("found", FoundValue.of(value))]))
                }
            case "weight":
                if case .int(let number) = reader.value(of: value) {
                    matter.weight = number
                } else {
                    diagnostics.append(Diagnostic(.content(.weightNotAWholeNumber), at: at, [MessageArgument("found", FoundValue.of(value))]))
                }
            case "official":
                var parser = OfficialDocumentParser(reader: reader)
                matter.official = parser.parse(value, key: keyNode)
                diagnostics += parser.diagnostics
                officialKey = keyNode
            default:
                matter.params[key] = reader.value(of: value)
                reader.locations(of: value, at: ParamPath(key), into: &matter.paramLocations)
            }
        }
        if let official = matter.official, official.date == nil, matter.date == nil, let officialKey {
            diagnostics.append(OfficialDocumentProblem.noDate.diagnostic(at: reader.location(of: officialKey)))
            matter.official = nil
        }
        matter.isValid = !diagnostics.hasErrors
        return (matter, diagnostics)
    }

}

/// How a value of the wrong kind is named in a message ("found a list").
enum FoundValue {
    static func of(_ node: Node) -> LocalizedText {
        switch node {
        case .scalar(let scalar):
            return scalar.string.isEmpty ? .text(vi: "một giá trị trống", en: "an empty value")
                : LocalizedText(vi: "'\(scalar.string)'", en: "'\(scalar.string)'")
        case .sequence: return .text(vi: "một danh sách", en: "a list")
        case .mapping: return .text(vi: "một nhóm khóa", en: "a group of keys")
        case .alias: return .text(vi: "một tham chiếu YAML", en: "an alias")
        }
    }
}

extension Substring {
    fileprivate func trimmingTrailingSpaces() -> Substring {
        var view = self
        while let last = view.last, last == " " || last == "\t" || last == "\r" { view.removeLast() }
        return view
    }
}
