import Foundation

/// Where a `PageTextWalk` hands a page's text.
protocol PageTextSink {
    /// Takes the text from `start` up to the next byte that ends a piece
    /// of it (`PageTextWalk.endsText`: `<`, `&`, white space) and returns
    /// that byte's index, or the end.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int
    /// A piece of text (whole UTF-8 scalars), a decoded entity. Pieces with
    /// no `separate` between them are one run of text (`<b>Hò</b>a` is one word).
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>)
    /// White space or the end of a block: a word ends here.
    mutating func separate()
}

/// The text of a page body (HTML) for the index, and the start of it as a
/// summary, in one pass over the bytes: the text goes to a sink piece by
/// piece (the search index folds it into words as it comes, the tests' `WalkedText`
/// keeps it), the summary is kept here.
struct PageTextWalk<Sink: PageTextSink> {
    var sink: Sink
    /// Prose only (no headings, tables, figures, charts), whitespace
    /// collapsed, list items separated by " · ": up to `summaryBytes`, then
    /// the run that crosses it.
    private(set) var summary: [UInt8] = []
    private let summaryBytes: Int
    /// Whether the current run has text, and whether the summary takes it.
    private var inRun = false, runInSummary = false
    private var outOfSummary = 0
    private var pendingSpace = false, pendingItem = false
    /// Held here: a static's lazy check and the arrays' retains were paid on every tag.
    private let roles = TagRole.table

    /// `summary`: whether to collect the summary (a page with a description
    /// has it for a summary).
    init(sink: Sink, summary: Bool = true) {
        self.sink = sink
        summaryBytes = summary ? HTMLText.summaryBytes : 0
    }

    /// Walks `bytes` (valid UTF-8), then ends the last run.
    mutating func walk(_ bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        var i = 0
        while i < count {
            // Text up to the next tag, entity or white space, read once: by the sink.
            if !Self.endsText(bytes[i]) {
                let start = i
                i = sink.text(bytes, from: i)
                summarise(UnsafeBufferPointer(rebasing: bytes[start..<i]))
                guard i < count else { break }
            }
            switch bytes[i] {
            case UInt8(ascii: "<"):
                endRun()
                i = tag(bytes, at: i)
            case UInt8(ascii: "&"):
                if let (scalar, next) = HTMLEntity.decode(bytes, at: i) {
                    i = next
                    if scalar == 0x20 {
                        endRun()
                        space()
                    } else {
                        var encoded = HTMLEntity.UTF8Scalar(scalar)
                        withUnsafeBytes(of: &encoded.bytes) { raw in
                            append(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[..<encoded.count]))
                        }
                    }
                } else {
                    append(UnsafeBufferPointer(rebasing: bytes[i..<(i + 1)]))
                    i += 1
                }
            default:
                // White space.
                endRun()
                space()
                i += 1
            }
        }
        endRun()
    }

    @inline(__always)
    static func endsText(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") || byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    /// A tag, comment or declaration at `start`: the index after it. Skipped
    /// elements are skipped to their end tag.
    private mutating func tag(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        let count = bytes.count
        if start + 3 < count, bytes[start + 1] == UInt8(ascii: "!"), bytes[start + 2] == UInt8(ascii: "-"),
           bytes[start + 3] == UInt8(ascii: "-") {
            return Self.find([0x2D, 0x2D, 0x3E], in: bytes, from: start + 4).map { $0 + 3 } ?? count
        }
        var j = start + 1
        let closing = j < count && bytes[j] == UInt8(ascii: "/")
        if closing { j += 1 }
        let nameStart = j
        while j < count, Self.isNameByte(bytes[j]) { j += 1 }
        let name = UnsafeBufferPointer(rebasing: bytes[nameStart..<j])
        let end = Self.tagEnd(bytes, from: j) ?? count
        let selfClosing = end > 1 && bytes[end - 2] == UInt8(ascii: "/")
        guard !name.isEmpty else { return end }
        let role = TagRole(name: name, in: roles)
        if !closing, role.contains(.skipped), !selfClosing {
            // Skip to the matching end tag (these do not nest in cmark's output).
            let close = [UInt8(ascii: "<"), UInt8(ascii: "/")] + name.map { $0 | 0x20 }
            space()
            guard let at = Self.find(close, in: bytes, from: end) else { return count }
            return Self.tagEnd(bytes, from: at + close.count) ?? count
        }
        if role.contains(.notSummary), !selfClosing {
            outOfSummary = max(0, outOfSummary + (closing ? -1 : 1))
        }
        if role.contains(.block) {
            space()
            if closing, role.contains(.item) { pendingItem = true }
        }
        return end
    }

    /// A piece of text the walk decoded: to the sink and the summary.
    @inline(__always)
    private mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
        sink.append(piece)
        summarise(piece)
    }

    /// A piece of text the sink has taken: to the summary, while it takes the run.
    @inline(__always)
    private mutating func summarise(_ piece: UnsafeBufferPointer<UInt8>) {
        if !inRun {
            // Whether the summary takes a run cannot change within it: only a
            // run grows the summary, and every tag ends the run before it
            // changes `outOfSummary`.
            inRun = true
            runInSummary = outOfSummary == 0 && summary.count < summaryBytes
            if runInSummary, !summary.isEmpty {
                if pendingItem { summary.append(contentsOf: [0x20, 0xC2, 0xB7, 0x20]) }     // " · "
                else if pendingSpace { summary.append(0x20) }
            }
        }
        if runInSummary { summary.append(contentsOf: piece) }
    }

    @inline(__always)
    private mutating func space() {
        pendingSpace = true
        sink.separate()
    }

    @inline(__always)
    private mutating func endRun() {
        guard inRun else { return }
        pendingSpace = false
        pendingItem = false
        inRun = false
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
    }

    /// The index after the `>` that ends a tag, skipping quoted attribute
    /// values: names and values (above `>`, most of a tag) at one comparison a byte.
    private static func tagEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start
        while i < bytes.count {
            let byte = bytes[i]
            i += 1
            if byte > UInt8(ascii: ">") { continue }
            if byte == UInt8(ascii: ">") { return i }
            if byte == 0x22 || byte == 0x27 {
                while i < bytes.count, bytes[i] != byte { i += 1 }
                i += 1
            }
        }
        return nil
    }

    /// `needle` in `bytes` from `start`, ASCII letters in any case (each
    /// byte is compared with `| 0x20`, the first also with `^ 0x20`, as first
    /// written). A chart's SVG is skipped this way: the first byte is looked
    /// for by `memchr`, not byte by byte.
    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count, let base = bytes.baseAddress else { return nil }
        let other = first ^ 0x20
        let end = bytes.count - needle.count + 1
        var i = start
        while i < end {
            let found = memchr(base + i, Int32(first), end - i).map { UnsafeRawPointer(base).distance(to: $0) } ?? end
            let candidate = memchr(base + i, Int32(other), found - i).map { UnsafeRawPointer(base).distance(to: $0) } ?? found
            guard candidate < end else { return nil }
            var k = 1
            while k < needle.count, bytes[candidate + k] | 0x20 == needle[k] | 0x20 { k += 1 }
            if k == needle.count { return candidate }
            i = candidate + 1
        }
        return nil
    }
}

/// What a listed element is to the text walk, from its name's bytes (a
/// String and a dictionary lookup a tag were a fifth of the walk).
struct TagRole: OptionSet {
    let rawValue: UInt8
    /// Content that is not text: charts are SVG with their numbers repeated in a table.
    static let skipped = TagRole(rawValue: 1)
    /// Left out of the summary: their text does not read as a sentence.
    static let notSummary = TagRole(rawValue: 2)
    /// Their ends separate words; others (a, strong, em...) do not.
    static let block = TagRole(rawValue: 4)
    /// Their ends put " · " between items in the summary.
    static let item = TagRole(rawValue: 8)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    static let skippedNames = ["svg", "script", "style", "template", "noscript", "math"]
    static let notSummaryNames = ["h1", "h2", "h3", "h4", "h5", "h6", "table", "figure", "figcaption", "caption", "details", "nav",
                                  "pre", "code", "sup"]
    static let blockNames = ["p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
                             "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "br", "hr",
                             "section", "article", "aside", "header", "footer", "figure", "figcaption",
                             "blockquote", "pre", "details", "summary", "nav", "main", "form", "label",
                             "button", "option", "img"]
    static let itemNames = ["li", "dd", "td", "th"]

    /// Names of up to 16 bytes packed in two integers (name bytes are never
    /// 0, so the padding cannot be mistaken for a name), in a table of 128
    /// slots, open addressing.
    struct Table {
        fileprivate var slots = [(key: (UInt64, UInt64), role: UInt8)](repeating: ((0, 0), 0), count: 128)
    }

    static let table: Table = {
        var table = Table()
        for (names, role) in [(skippedNames, TagRole.skipped), (notSummaryNames, .notSummary), (blockNames, .block), (itemNames, .item)] {
            for name in names {
                let key = Array(name.utf8).withUnsafeBufferPointer { pack($0)! }
                var slot = TagRole.slot(key)
                while table.slots[slot].key != (0, 0), table.slots[slot].key != key { slot = (slot + 1) & 127 }
                table.slots[slot].key = key
                table.slots[slot].role |= role.rawValue
            }
        }
        return table
    }()

    /// The role of an element by its name (ASCII letters, digits, `-`; any case).
    init(name: UnsafeBufferPointer<UInt8>, in table: Table) {
        guard let key = Self.pack(name) else {
            self = []
            return
        }
        var slot = Self.slot(key)
        while true {
            let found = table.slots[slot]
            if found.key == key {
                self.init(rawValue: found.role)
                return
            }
            if found.key == (0, 0) {
                self = []
                return
            }
            slot = (slot + 1) & 127
        }
    }

    /// Lower-cased (`| 0x20` lower-cases ASCII letters and keeps digits and `-`).
    private static func pack(_ name: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64)? {
        guard name.count <= 16 else { return nil }
        var low: UInt64 = 0, high: UInt64 = 0
        for position in 0..<min(name.count, 8) { low |= UInt64(name[position] | 0x20) << (8 * position) }
        for position in min(name.count, 8)..<name.count { high |= UInt64(name[position] | 0x20) << (8 * (position - 8)) }
        return (low, high)
    }

    private static func slot(_ key: (UInt64, UInt64)) -> Int {
        Int(truncatingIfNeeded: ((key.0 ^ (key.1 &* 0x9E37_79B9)) &* 0x9E37_79B9_7F4A_7C15) >> 57)
    }
}
