import Foundation
@testable import MinhBachBuild
import MinhBachText

// The search entry of a page as it was first written: the HTML walked into a
// String, words scanned from it one String each, counted in a dictionary,
// scored from dictionaries. The bytes-only version (`PageTextWalk`,
// `WordFolder`, `PageWords`) is checked against it in `SearchFoldingTests`.

/// `SearchDocument` by the first version: its words and summary.
struct ReferenceSearchDocument {
    var summary: String
    var titleWords: [String]
    var addressWords: [String]
    var bodyCounts: [String: Int]
    var terms: [(term: String, score: UInt8)]

    init(title: String, path: String, bodyHTML: String, description: String?) {
        let text = ReferenceHTMLText(html: bodyHTML)
        self.titleWords = Self.words(title)
        let last = path.split(separator: "/").last.map(String.init) ?? ""
        let inTitle = Set(titleWords)
        var seen: Set<String> = []
        self.addressWords = Self.words(last).filter { !inTitle.contains($0) && seen.insert($0).inserted }
        if let description, !description.isEmpty {
            self.summary = HTMLText.shorten(description)
        } else {
            self.summary = text.summary
        }
        var counts: [String: Int] = [:]
        for source in [text.text, description ?? ""] {
            var words = ReferenceWordScanner(source)
            while let word = words.next() {
                if Self.isIndexed(bodyWord: word) { counts[word, default: 0] += 1 }
            }
        }
        self.bodyCounts = counts

        var scores: [String: Int] = [:]
        for word in addressWords { scores[word] = SearchIndex.addressScore }
        for word in titleWords { scores[word] = SearchIndex.titleScore }
        for (word, count) in bodyCounts { scores[word, default: 0] += SearchIndex.bodyScore(count) }
        var terms = scores.map { (term: $0.key, score: UInt8(min($0.value, 255))) }
        var pairs: Set<String> = []
        for (first, second) in zip(titleWords, titleWords.dropFirst()) {
            pairs.insert(first + "_" + second)
        }
        terms += pairs.map { (term: $0, score: UInt8(SearchIndex.titleScore)) }
        self.terms = terms
    }

    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var scanner = ReferenceWordScanner(text)
        while let word = scanner.next() { words.append(word) }
        return words
    }

    static func isIndexed(bodyWord word: String) -> Bool {
        guard word.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return true }
        return word.utf8.count >= 4
    }
}

/// `WordScanner` as first written.
struct ReferenceWordScanner: IteratorProtocol {
    private let utf8: [UInt8]
    private var index = 0
    private var current: [UInt8] = []
    /// Letters of a decoded scalar not yet taken (a scalar can fold to several).
    private var pending: ArraySlice<VietnameseFolding.Unit> = []

    init(_ text: String) {
        utf8 = Array(text.utf8)
        current.reserveCapacity(32)
    }

    mutating func next() -> String? {
        while true {
            while let unit = pending.popFirst() {
                switch unit {
                case .letter(let letter): current.append(letter)
                case .separator: if let word = take() { return word }
                }
            }
            guard index < utf8.count else { return take() }
            let byte = utf8[index]
            if byte < 0x80 {
                // ASCII, most of a page: no scalar decoding.
                index += 1
                switch byte {
                case 0x61...0x7A, 0x30...0x39: current.append(byte)
                case 0x41...0x5A: current.append(byte + 0x20)
                default: if let word = take() { return word }
                }
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for offset in 1..<length where index + offset < utf8.count {
                value = value << 6 | UInt32(utf8[index + offset] & 0x3F)
            }
            index += length
            pending = VietnameseFolding.folded(Unicode.Scalar(value) ?? "\u{FFFD}")[...]
        }
    }

    private mutating func take() -> String? {
        guard !current.isEmpty else { return nil }
        defer { current.removeAll(keepingCapacity: true) }
        return String(decoding: current, as: UTF8.self)
    }
}

/// `HTMLText` as first written.
struct ReferenceHTMLText {
    /// Everything a reader sees, headings and tables included.
    var text: String
    /// Prose only (no headings, tables, figures, charts), whitespace
    /// collapsed, list items separated by " · ": the start of the page.
    var summary: String

    /// Elements whose content is not text: charts are SVG with their
    /// numbers repeated in a table.
    private static let skipped: Set<String> = ["svg", "script", "style", "template", "noscript", "math"]
    /// Elements left out of the summary: their text does not read as a sentence.
    private static let notSummary: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6", "table", "figure", "figcaption",
                                                   "caption", "details", "nav", "pre", "code", "sup"]
    /// Elements whose ends separate words; others (a, strong, em...) do not.
    private static let blocks: Set<String> = ["p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
                                              "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "br", "hr",
                                              "section", "article", "aside", "header", "footer", "figure", "figcaption",
                                              "blockquote", "pre", "details", "summary", "nav", "main", "form", "label",
                                              "button", "option", "img"]
    /// Ends of these put " · " between items in the summary.
    private static let items: Set<String> = ["li", "dd", "td", "th"]

    /// What each listed element is, looked up once a tag rather than in four sets.
    private struct Role: OptionSet {
        let rawValue: UInt8
        static let skipped = Role(rawValue: 1), notSummary = Role(rawValue: 2), block = Role(rawValue: 4), item = Role(rawValue: 8)
    }
    private static let roles: [String: Role] = {
        var roles: [String: Role] = [:]
        for (names, role) in [(skipped, Role.skipped), (notSummary, .notSummary), (blocks, .block), (items, .item)] {
            for name in names { roles[name, default: []].insert(role) }
        }
        return roles
    }()

    /// Summary text is collected up to this many bytes, then cut by `Summary`-like rules.
    static let summaryBytes = 600

    init(html: String) {
        var html = html
        let collected = html.withUTF8 { bytes in
            var collector = Collector(capacity: bytes.count / 4)
            Self.walk(bytes, into: &collector)
            collector.flushRun()
            return collector
        }
        self.text = String(decoding: collected.text, as: UTF8.self)
        self.summary = HTMLText.shorten(String(decoding: collected.summary, as: UTF8.self))
    }

    /// The text and summary as they are gathered. A struct with mutating
    /// methods rather than closures over local variables: each use of a
    /// captured variable was checked for exclusive access at run time, a
    /// third of the time of this walk.
    private struct Collector {
        var text: [UInt8] = []
        var summary: [UInt8] = []
        /// Bytes of the current word, not yet added.
        var run: [UInt8] = []
        var outOfSummary = 0
        var pendingSpace = false, pendingItem = false

        init(capacity: Int) {
            text.reserveCapacity(capacity)
            run.reserveCapacity(64)
        }

        mutating func flushRun() {
            guard !run.isEmpty else { return }
            if pendingSpace, !text.isEmpty { text.append(0x20) }
            text.append(contentsOf: run)
            if outOfSummary == 0, summary.count < ReferenceHTMLText.summaryBytes {
                if !summary.isEmpty {
                    if pendingItem { summary.append(contentsOf: [0x20, 0xC2, 0xB7, 0x20]) }     // " · "
                    else if pendingSpace { summary.append(0x20) }
                }
                summary.append(contentsOf: run)
            }
            pendingSpace = false
            pendingItem = false
            run.removeAll(keepingCapacity: true)
        }
    }

    private static func walk(_ bytes: UnsafeBufferPointer<UInt8>, into collector: inout Collector) {
        let count = bytes.count
        var i = 0
        while i < count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "<") {
                collector.flushRun()
                // A comment, a declaration, or a tag.
                if i + 3 < count, bytes[i + 1] == UInt8(ascii: "!"), bytes[i + 2] == UInt8(ascii: "-"), bytes[i + 3] == UInt8(ascii: "-") {
                    i = Self.find([0x2D, 0x2D, 0x3E], in: bytes, from: i + 4).map { $0 + 3 } ?? count
                    continue
                }
                var j = i + 1
                let closing = j < count && bytes[j] == UInt8(ascii: "/")
                if closing { j += 1 }
                let nameStart = j
                while j < count, Self.isNameByte(bytes[j]) { j += 1 }
                var name = String(decoding: bytes[nameStart..<j], as: UTF8.self)
                if bytes[nameStart..<j].contains(where: { $0 >= 0x41 && $0 <= 0x5A }) { name = name.lowercased() }
                let end = Self.tagEnd(bytes, from: j) ?? count
                let selfClosing = end > 1 && bytes[end - 2] == UInt8(ascii: "/")
                i = end
                if name.isEmpty { continue }
                let role = Self.roles[name] ?? []
                if !closing, role.contains(.skipped), !selfClosing {
                    // Skip to the matching end tag (these do not nest in cmark's output).
                    let close = Array("</\(name)".utf8)
                    if let at = Self.find(close, in: bytes, from: i) {
                        i = Self.tagEnd(bytes, from: at + close.count) ?? count
                    } else {
                        i = count
                    }
                    collector.pendingSpace = true
                    continue
                }
                if role.contains(.notSummary), !selfClosing {
                    collector.outOfSummary = max(0, collector.outOfSummary + (closing ? -1 : 1))
                }
                if role.contains(.block) {
                    collector.pendingSpace = true
                    if closing, role.contains(.item) { collector.pendingItem = true }
                }
                continue
            }
            if byte == UInt8(ascii: "&"), let (decoded, next) = Self.entity(bytes, at: i) {
                i = next
                if decoded == [0x20] {
                    collector.flushRun()
                    collector.pendingSpace = true
                } else {
                    collector.run.append(contentsOf: decoded)
                }
                continue
            }
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                collector.flushRun()
                collector.pendingSpace = true
                i += 1
                continue
            }
            collector.run.append(byte)
            i += 1
        }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
    }

    /// The index after the `>` that ends a tag, skipping quoted attribute values.
    private static func tagEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start
        var quote: UInt8 = 0
        while i < bytes.count {
            let byte = bytes[i]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return i + 1
            }
            i += 1
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var i = start
        let last = bytes.count - needle.count
        while i <= last {
            if bytes[i] == first || bytes[i] == first ^ 0x20 {
                var k = 1
                while k < needle.count, bytes[i + k] | 0x20 == needle[k] | 0x20 { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// `&amp;` `&#39;` `&#x1EA1;` → their UTF-8 bytes; nil for anything else.
    private static func entity(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> ([UInt8], Int)? {
        var j = start + 1
        while j < bytes.count, j - start <= 10, bytes[j] != UInt8(ascii: ";") { j += 1 }
        guard j < bytes.count, bytes[j] == UInt8(ascii: ";") else { return nil }
        let name = String(decoding: bytes[(start + 1)..<j], as: UTF8.self)
        let scalar: Unicode.Scalar?
        switch name {
        case "amp": scalar = "&"
        case "lt": scalar = "<"
        case "gt": scalar = ">"
        case "quot": scalar = "\""
        case "apos": scalar = "'"
        case "nbsp": scalar = " "
        default:
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if name.hasPrefix("#") {
                scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init)
            } else {
                scalar = nil
            }
        }
        guard let scalar else { return nil }
        return (Array(String(Character(scalar)).utf8), j + 1)
    }
}
