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
    public var slugLocation: SourceLocation? {
        get { rare?.value.slugLocation }
        set { updateRare { $0.slugLocation = newValue } }
    }
    public var layout: String?
    /// Where `layout:` was written, so an unknown layout can be reported there.
    public var layoutLocation: SourceLocation? {
        get { rare?.value.layoutLocation }
        set { updateRare { $0.layoutLocation = newValue } }
    }
    /// `official:`: the page prints as an administrative document (OfficialDocument).
    public var official: OfficialDocument? {
        get { rare?.value.official }
        set { updateRare { $0.official = newValue } }
    }
    /// Every other key, for templates (`page.params.number`).
    public var params: [String: ParamValue] = [:]
    /// Where each of `params` is written, and every value inside them
    /// (`ParamPath`), for the keys checked after loading (a report's
    /// `year:`): their problems name the line.
    public var paramLocations = ParamLocations()
    /// False when the front matter had errors (already reported): later
    /// stages then stay quiet about what it lacks.
    public var isValid = true

    public init() {}

    /// The fields few pages have, out of line: inline they were two thirds
    /// of the front matter's 490 bytes, held for every page of the site.
    private var rare: SharedValue<Rare>?

    private struct Rare: Sendable, Hashable {
        var slugLocation: SourceLocation?
        var layoutLocation: SourceLocation?
        var official: OfficialDocument?
    }

    private mutating func updateRare(_ change: (inout Rare) -> Void) {
        var value = rare?.value ?? Rare()
        change(&value)
        rare = value == Rare() ? nil : SharedValue(value)
    }
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
        // On the bytes: walking the page as Characters to find its fences
        // took 0.3 M instructions a page (docs/PERFORMANCE.md, "Speed on
        // every page shape").
        let fences = text.utf8.withContiguousStorageIfAvailable(Fences.init)
            ?? Array(text.utf8).withUnsafeBufferPointer(Fences.init)
        guard fences.opens else {
            return .success(SplitContent(frontMatter: nil, body: text, bodyFirstLine: 1))
        }
        guard let close = fences.close else {
            return .failure(Diagnostic(.content(.frontMatterNotClosed), at: SourceLocation(path: path, line: 1, column: 1)))
        }
        let utf8 = text.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        let yaml = String(text[index(fences.yamlStart)..<index(close.lineStart)])
        return .success(SplitContent(frontMatter: yaml, body: String(text[index(close.bodyStart)...]), bodyFirstLine: close.line + 1))
    }

    /// Where the front matter's fences are, as byte offsets: an opening
    /// `---` on the first line, then the first line that is `---` or `...`
    /// (trailing spaces, tabs and a carriage return allowed on both).
    private struct Fences {
        var opens = false
        var yamlStart = 0
        var close: (lineStart: Int, bodyStart: Int, line: Int)?

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            var lineStart = 0, line = 1
            while lineStart <= bytes.count {
                var end = lineStart
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                var trimmed = end
                while trimmed > lineStart, bytes[trimmed - 1] == 0x20 || bytes[trimmed - 1] == 0x09 || bytes[trimmed - 1] == 0x0D { trimmed -= 1 }
                let isDashes = Self.line(bytes, lineStart, trimmed, is: 0x2D)
                if line == 1 {
                    guard isDashes, end < bytes.count else { opens = isDashes; return }
                    opens = true
                    yamlStart = end + 1
                } else if isDashes || Self.line(bytes, lineStart, trimmed, is: 0x2E) {
                    close = (lineStart, min(end + 1, bytes.count), line)
                    return
                }
                guard end < bytes.count else { return }
                lineStart = end + 1
                line += 1
            }
        }

        /// The bytes from `start` to `end` are three of `byte`.
        private static func line(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, is byte: UInt8) -> Bool {
            end - start == 3 && bytes[start] == byte && bytes[start + 1] == byte && bytes[start + 2] == byte
        }
    }

    /// Reads the known keys with their types; every problem is reported at
    /// the line and column of the offending key or value.
    public static func parse(_ yaml: String, path: String, firstLine: Int = 2) -> (FrontMatter, [Diagnostic]) {
        let reader = YAMLReader(path: path, firstLine: firstLine)
        // The usual front matter, read without Yams nodes; `official:`,
        // which few pages have, is read from nodes (OfficialDocumentParser).
        if case .mapping(let pairs, _)? = SimpleYAML.values(yaml), !pairs.contains(where: { $0.key == "official" }) {
            return parse(pairs, reader: reader)
        }
        return parseNodes(yaml, reader: reader)
    }

    /// Reads front matter from the nodes Yams composes: what `SimpleYAML`
    /// does not read, and pages with `official:`.
    static func parseNodes(_ yaml: String, reader: YAMLReader) -> (FrontMatter, [Diagnostic]) {
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
            if key == "official" {
                var parser = OfficialDocumentParser(reader: reader)
                matter.official = parser.parse(value, key: keyNode)
                diagnostics += parser.diagnostics
                officialKey = keyNode
                continue
            }
            let param = reader.value(of: value)
            let known = read(key, param, found: { FoundValue.of(value) }, at: { reader.location(of: value) },
                             into: &matter, &diagnostics)
            if !known {
                matter.params[key] = param
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

    /// The same reading of front matter that `SimpleYAML` read, from its
    /// values: nothing here may differ from the node path above
    /// (`FrontMatterValuesTests` compares the two).
    private static func parse(_ pairs: [SimpleYAML.Value.Pair], reader: YAMLReader) -> (FrontMatter, [Diagnostic]) {
        var matter = FrontMatter()
        var diagnostics: [Diagnostic] = []
        // The parameters' final size at once; no larger, as every page
        // keeps its parameters until the build ends.
        matter.params.reserveCapacity(pairs.count(where: { !isKnown($0.key) }))
        for pair in pairs {
            let param = reader.value(of: pair.value)
            let known = read(pair.key, param, found: { FoundValue.of(pair.value) }, at: { reader.location(pair.value.place) },
                             into: &matter, &diagnostics)
            if !known {
                matter.params[pair.key] = param
                reader.locations(of: pair.value, named: pair.key, into: &matter.paramLocations)
            }
        }
        matter.isValid = !diagnostics.hasErrors
        return (matter, diagnostics)
    }

    /// The keys `read` reads.
    private static func isKnown(_ key: String) -> Bool {
        switch key {
        case "title", "description", "layout", "slug", "date", "draft", "weight": true
        default: false
        }
    }

    /// Reads `key` when it is one of the known keys but `official`; false
    /// for a key that is a parameter. `found` names the value in a
    /// message, `at` is where it is written.
    private static func read(_ key: String, _ value: ParamValue, found: () -> LocalizedText, at: () -> SourceLocation,
                             into matter: inout FrontMatter, _ diagnostics: inout [Diagnostic]) -> Bool {
        func text(_ name: String) -> String? {
            if let text = value.text { return text }
            diagnostics.append(Diagnostic(.content(.frontMatterNotText), at: at(),
                                          [MessageArgument("key", name), MessageArgument("found", found())]))
            return nil
        }
        switch key {
        case "title": matter.title = text(key)
        case "description": matter.description = text(key)
        case "layout":
            matter.layout = text(key)
            matter.layoutLocation = at()
        case "slug":
            guard let raw = text(key) else { break }
            let slug = Slug.make(raw)
            if slug.isEmpty {
                diagnostics.append(Diagnostic(.content(.slugWithoutLetters), at: at(), [MessageArgument("slug", raw)]))
            } else {
                matter.slug = slug
                matter.slugLocation = at()
            }
        case "date":
            guard let raw = text(key) else { break }
            switch CalendarDate.parse(raw) {
            case .success(let date): matter.date = date
            case .failure(.impossibleDate):
                diagnostics.append(Diagnostic(.content(.dateDoesNotExist), at: at(), [MessageArgument("date", raw)]))
            case .failure(.unrecognisedFormat):
                diagnostics.append(Diagnostic(.content(.dateNotADate), at: at(), [MessageArgument("date", raw)]))
            }
        case "draft":
            if case .bool(let flag) = value {
                matter.draft = flag
            } else {
                diagnostics.append(Diagnostic(.content(.draftNotTrueOrFalse), at: at(), [MessageArgument("found", found())]))
            }
        case "weight":
            if case .int(let number) = value {
                matter.weight = number
            } else {
                diagnostics.append(Diagnostic(.content(.weightNotAWholeNumber), at: at(), [MessageArgument("found", found())]))
            }
        default:
            return false
        }
        return true
    }
}

/// How a value of the wrong kind is named in a message ("found a list").
enum FoundValue {
    static func of(_ node: Node) -> LocalizedText {
        switch node {
        case .scalar(let scalar): return self.scalar(scalar.string)
        case .sequence: return list
        case .mapping: return group
        case .alias: return .text(vi: "một tham chiếu YAML", en: "an alias")
        }
    }

    static func of(_ value: SimpleYAML.Value) -> LocalizedText {
        switch value {
        case .scalar(let text, _, _): return scalar(text)
        case .sequence: return list
        case .mapping: return group
        }
    }

    private static func scalar(_ text: String) -> LocalizedText {
        text.isEmpty ? .text(vi: "một giá trị trống", en: "an empty value") : LocalizedText(vi: "'\(text)'", en: "'\(text)'")
    }

    private static var list: LocalizedText { .text(vi: "một danh sách", en: "a list") }
    private static var group: LocalizedText { .text(vi: "một nhóm khóa", en: "a group of keys") }
}

