import CCmarkGFM
import CCmarkGFMParallel
import Foundation
import MinhBachText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// GitHub Flavored Markdown through cmark-gfm, the reference implementation.
///
/// This is the one file that imports the C library: every parser, node tree
/// and rendered buffer is freed before `render` returns (see
/// docs/DEVELOPMENT.md for the valgrind check).
public struct CmarkRenderer: MarkdownRenderer {
    public let options: MarkdownOptions

    /// What cmark-gfm writes as the label of footnote back-links.
    public static let cmarkBacklinkLabel = "Back to content"

    /// The GFM extensions switched on for every page.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Registering the extensions touches global state in cmark: do it once,
    /// before any thread parses (a Swift `static let` runs exactly once).
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// cmark-gfm's inline parser keeps one global table of special
    /// characters that every parse switches on and off again; parses on two
    /// threads at once then lose strikethrough and autolinks at random.
    /// `CCmarkGFMParallel` keeps the characters switched on, which makes
    /// parallel parses safe; where that cannot take effect, parsing runs one
    /// at a time under this lock.
    private static let parseLock: NSLock? = minhbach_cmark_parallel_parsing() != 0 ? nil : NSLock()

    /// Whether documents are parsed on several threads at once.
    public static var parsesInParallel: Bool { parseLock == nil }

    public init(options: MarkdownOptions = MarkdownOptions()) {
        self.options = options
        _ = Self.registered
    }

    private static func withParseLock<T>(_ body: () -> T) -> T {
        guard let lock = parseLock else { return body() }
        return lock.withLock(body)
    }

    private var cmarkOptions: Int32 {
        // Table alignment as style attributes: `align` is obsolete in HTML5.
        // No CMARK_OPT_VALIDATE_UTF8: the text comes from a Swift `String`,
        // whose bytes are valid UTF-8 by construction (files were checked
        // when read), and cmark's second check of every line was 1.2 % of
        // a rich build (34 M instructions per 1,000 pages).
        var flags = CMARK_OPT_FOOTNOTES | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
        if options.allowRawHTML { flags |= CMARK_OPT_UNSAFE }
        return Int32(flags)
    }

    public func render(_ markdown: String, blocks: (any FencedBlockHandler)?, links: (any LinkDestinationHandler)?) -> RenderedMarkdown {
        let flags = cmarkOptions
        guard let parser = cmark_parser_new(flags) else {
            preconditionFailure("cmark_parser_new failed: out of memory")
        }
        defer { cmark_parser_free(parser) }
        var text = markdown
        let parsed: OpaquePointer? = Self.withParseLock {
            for name in Self.extensionNames {
                if let ext = cmark_find_syntax_extension(name) {
                    cmark_parser_attach_syntax_extension(parser, ext)
                }
            }
            text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    cmark_parser_feed(parser, chars.baseAddress, chars.count)
                }
            }
            return cmark_parser_finish(parser)
        }
        guard let document = parsed else {
            preconditionFailure("cmark_parser_finish failed: out of memory")
        }
        defer { cmark_node_free(document) }

        let outline = Outline(document)
        // Inline text of a heading points into the heading's own buffer, so
        // the replaced heading nodes may only be freed after rendering.
        let detached = outline.headingNodes.enumerated().map { index, node in
            replaceWithAnchoredHeading(node, outline.headings[index])
        }
        let replacedBlocks = blocks.map { replaceFencedBlocks(outline.fencedBlocks, with: $0) } ?? []
        let tableHeaders = Self.wrapTables(outline.tables)
        if let links { Self.rewriteDestinations(outline.links, markdown, with: links) }
        defer { (detached + replacedBlocks).forEach { cmark_node_free($0) } }

        guard let rendered = cmark_render_html(document, flags, cmark_parser_get_syntax_extensions(parser)) else {
            preconditionFailure("cmark_render_html failed: out of memory")
        }
        defer { free(rendered) }
        let output = UnsafeBufferPointer(start: UnsafeRawPointer(rendered).assumingMemoryBound(to: UInt8.self), count: strlen(rendered))
        var html = TableCellLabels.labelled(output, headers: tableHeaders).map { String(decoding: $0, as: UTF8.self) }
            ?? String(decoding: output, as: UTF8.self)
        if options.footnoteBacklinkLabel != Self.cmarkBacklinkLabel, outline.hasFootnotes {
            html = ByteSearch.replacing("aria-label=\"\(Self.cmarkBacklinkLabel)\"",
                                        with: "aria-label=\"\(options.footnoteBacklinkLabel)\"", in: html)
        }
        if outline.hasTaskItems { html = Self.labellingTaskCheckboxes(html, Self.taskItemLabels(document)) }
        return RenderedMarkdown(
            html: html,
            headings: outline.headings,
            firstParagraph: outline.firstParagraph,
            wordCount: outline.wordCount,
            removedHTML: options.allowRawHTML ? [] : Self.countingCharacters(outline.rawHTML, in: markdown)
        )
    }

    /// cmark counts columns in bytes; a location counts characters, as an
    /// editor shows them ("có chữ <b>": column 8, not 11).
    static func countingCharacters(_ pieces: [RawHTML], in markdown: String) -> [RawHTML] {
        guard !pieces.isEmpty else { return [] }
        let columns = CharacterColumns(markdown)
        return pieces.map { piece in
            var counted = piece
            counted.column = columns.column(line: piece.line, byteColumn: piece.column)
            return counted
        }
    }

    /// cmark-gfm writes a bare `<table>`; on a narrow screen a wide one
    /// scrolls sideways, and a region that scrolls must be reachable from the
    /// keyboard (WCAG 2.1.1). Each table goes into a focusable `.table-wrap`
    /// (the theme makes it the scrolling box): two custom blocks, before and
    /// after it, that the tree frees with the document. A table of
    /// `TableCellLabels.cardColumns` columns or more is also marked
    /// `.table-wrap--cards`: on a phone the theme shows its rows as cards.
    /// Returns the text of each table's header cells, in document order.
    static func wrapTables(_ tables: [OpaquePointer]) -> [[String]] {
        var headers: [[String]] = []
        for table in tables {
            let header = headerTexts(table)
            headers.append(header)
            let cards = header.count >= TableCellLabels.cardColumns ? " table-wrap--cards" : ""
            let open = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
            cmark_node_set_on_enter(open, "<div class=\"table-wrap\(cards)\" tabindex=\"0\">")
            cmark_node_set_on_exit(open, "")
            let close = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
            cmark_node_set_on_enter(close, "</div>")
            cmark_node_set_on_exit(close, "")
            cmark_node_insert_before(table, open)
            cmark_node_insert_after(table, close)
        }
        return headers
    }

    /// The plain text of each cell of a table's first (header) row.
    static func headerTexts(_ table: OpaquePointer) -> [String] {
        guard let row = cmark_node_first_child(table) else { return [] }
        var texts: [String] = []
        var cell = cmark_node_first_child(row)
        while let current = cell {
            var text = ""
            let iterator = cmark_iter_new(current)
            while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
                switch cmark_node_get_type(node) {
                case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                    text += cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                    text += " "
                default:
                    break
                }
            }
            cmark_iter_free(iterator)
            texts.append(text.trimmingWhitespace())
            cell = cmark_node_next(current)
        }
        return texts
    }

    /// Gives each link and image to the handler, with its line and column,
    /// and writes the destination it returns in place of the written one.
    static func rewriteDestinations(_ nodes: [OpaquePointer], _ markdown: String, with handler: any LinkDestinationHandler) {
        var columns: CharacterColumns?
        for node in nodes {
            let kind: MarkdownReference.Kind = cmark_node_get_type(node) == CMARK_NODE_IMAGE ? .image : .link
            let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            let line = Int(cmark_node_get_start_line(node))
            // cmark counts columns in bytes; messages count characters.
            let counted = columns ?? CharacterColumns(markdown)
            columns = counted
            let column = counted.column(line: line, byteColumn: Int(cmark_node_get_start_column(node)))
            let reference = MarkdownReference(kind: kind, destination: destination, line: line, column: column)
            if let replacement = handler.destination(for: reference) {
                cmark_node_set_url(node, replacement)
            }
        }
    }

    /// Whether an extension made the node (`table`, `tasklist`...), compared
    /// on the C string: these walks visit every node of every page.
    static func isNode(_ node: OpaquePointer, ofType name: StaticString) -> Bool {
        guard let type = cmark_node_get_type_string(node) else { return false }
        return name.withUTF8Buffer { strcmp(type, UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self)) == 0 }
    }

    /// The checkboxes cmark-gfm writes for task-list items have no name,
    /// which a form control needs (WCAG 4.1.2: a screen reader would say
    /// "checkbox, checked" and nothing else). Each gets the text of its
    /// item's first paragraph as `aria-label`; the page language is the
    /// item's own. The HTML is left as it is if the checkboxes cannot be
    /// matched one to one with the items (raw HTML writing the same markup).
    static func labellingTaskCheckboxes(_ html: String, _ labels: [String]) -> String {
        guard !labels.isEmpty else { return html }
        let boxes = ["<input type=\"checkbox\" checked=\"\" disabled=\"\" />", "<input type=\"checkbox\" disabled=\"\" />"]
        var pieces: [Substring] = []
        var rest = Substring(html)
        while let box = boxes.compactMap({ rest.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            let insertAt = rest.index(box.upperBound, offsetBy: -3)  // before " />"
            pieces.append(rest[..<insertAt])
            rest = rest[insertAt...]
        }
        guard pieces.count == labels.count else { return html }
        var result = ""
        for (piece, label) in zip(pieces, labels) {
            result += piece
            if !label.isEmpty { result += " aria-label=\"\(MarkupEscaping.escape(label))\"" }
        }
        return result + rest
    }

    /// The text of the first paragraph of each task-list item, in document
    /// order, without struck-out text.
    static func taskItemLabels(_ document: OpaquePointer) -> [String] {
        var labels: [String] = []
        var open: [(index: Int, item: OpaquePointer, collecting: Bool)] = []
        var struckOut = 0
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let entering = event == CMARK_EVENT_ENTER
            switch cmark_node_get_type(node) {
            case CMARK_NODE_ITEM where isNode(node, ofType: "tasklist"):
                if entering {
                    open.append((labels.count, node, true))
                    labels.append("")
                } else {
                    open.removeLast()
                }
            case CMARK_NODE_PARAGRAPH where !entering:
                if let last = open.last, last.collecting, cmark_node_parent(node) == last.item {
                    open[open.count - 1].collecting = false
                }
            case _ where isNode(node, ofType: "strikethrough"):
                struckOut += entering ? 1 : -1
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let last = open.last, last.collecting, struckOut == 0 {
                    labels[last.index] += cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                if let last = open.last, last.collecting { labels[last.index] += " " }
            default:
                break
            }
        }
        return labels.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    }

    /// Replaces the fenced blocks the handler claims by their HTML, carried
    /// by custom blocks (written as they are, whatever the raw-HTML setting:
    /// the HTML comes from MinhBạch, not from the page).
    private func replaceFencedBlocks(_ nodes: [OpaquePointer], with handler: any FencedBlockHandler) -> [OpaquePointer] {
        var replaced: [OpaquePointer] = []
        for node in nodes {
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            let body = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            let line = Int(cmark_node_get_start_line(node))
            guard let html = handler.html(forBlock: info.trimmingCharacters(in: .whitespaces), body: body, line: line) else { continue }
            let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
            cmark_node_set_on_enter(block, html)
            cmark_node_set_on_exit(block, "")
            cmark_node_replace(node, block)
            replaced.append(node)
        }
        return replaced
    }

    /// cmark-gfm writes headings without ids. A custom block carries our own
    /// opening and closing tags, and takes over the heading's inline children,
    /// so its text is still rendered (and escaped) by cmark.
    private func replaceWithAnchoredHeading(_ heading: OpaquePointer, _ info: Heading) -> OpaquePointer {
        let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
        cmark_node_set_on_enter(block, "<h\(info.level) id=\"\(info.id)\">")
        cmark_node_set_on_exit(block, "</h\(info.level)>")
        while let child = cmark_node_first_child(heading) {
            cmark_node_append_child(block, child)
        }
        cmark_node_replace(heading, block)
        return heading
    }
}

/// What one walk over the parsed document learns: headings, summary, words,
/// and the nodes the renderer changes (tables, links, task items). One walk
/// instead of one for each: a walk visits every node of every page, 30,000
/// instructions for a page of 350 words and a table.
private struct Outline {
    /// Words separated by spaces, tabs or line ends, counted on the bytes:
    /// every text node passes here, and most are never needed as a String.
    static func countWords(_ text: UnsafePointer<CChar>) -> Int {
        var count = 0
        var inWord = false
        var pointer = text
        while pointer.pointee != 0 {
            let byte = UInt8(bitPattern: pointer.pointee)
            let separator = byte == 0x20 || byte == 0x0A || byte == 0x09
            if !separator, !inWord { count += 1 }
            inWord = !separator
            pointer += 1
        }
        return count
    }

    var headingNodes: [OpaquePointer] = []
    var headings: [Heading] = []
    var firstParagraph = ""
    var wordCount = 0
    var hasFootnotes = false
    /// Code blocks written with a fence and an info string.
    var fencedBlocks: [OpaquePointer] = []
    /// Raw HTML blocks and inline tags, without comments.
    var rawHTML: [RawHTML] = []
    /// Tables, links and images, in document order.
    var tables: [OpaquePointer] = []
    var links: [OpaquePointer] = []
    /// Whether any list item is a task (`- [x]`).
    var hasTaskItems = false

    /// An HTML block or inline tag, unless it is a comment or a closing
    /// tag (`<b>x</b>` is one piece of HTML, reported at its opening tag).
    static func rawHTML(_ node: OpaquePointer, _ kind: RawHTML.Kind) -> RawHTML? {
        guard let literal = cmark_node_get_literal(node) else { return nil }
        let text = String(cString: literal)
        let trimmed = text.drop { $0 == " " || $0 == "\t" || $0 == "\n" }
        guard !trimmed.hasPrefix("<!--"), !trimmed.hasPrefix("</") else { return nil }
        let firstLine = trimmed.prefix { $0 != "\n" }
        return RawHTML(kind: kind, line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)),
                       text: String(firstLine).trimmingWhitespace())
    }

    init(_ document: OpaquePointer) {
        var slugs = UniqueSlugs()
        var insideHeading: [UInt8] = []
        var headingText = ""
        var paragraphDepth = 0
        var paragraphText = ""
        var sawFirstParagraph = false

        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let entering = event == CMARK_EVENT_ENTER
            switch type {
            case CMARK_NODE_HEADING:
                if entering {
                    insideHeading.append(1)
                    headingText = ""
                } else {
                    insideHeading.removeLast()
                    let title = headingText.trimmingWhitespace()
                    let level = Int(cmark_node_get_heading_level(node))
                    headingNodes.append(node)
                    headings.append(Heading(level: level, id: slugs.make(title), text: title))
                }
            case CMARK_NODE_PARAGRAPH where !sawFirstParagraph:
                if entering {
                    paragraphDepth += 1
                } else {
                    paragraphDepth -= 1
                    firstParagraph = paragraphText.trimmingWhitespace()
                    sawFirstParagraph = !firstParagraph.isEmpty
                }
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                guard let literal = cmark_node_get_literal(node) else { break }
                wordCount += Self.countWords(literal)
                if !insideHeading.isEmpty || paragraphDepth > 0 {
                    let text = String(cString: literal)
                    if !insideHeading.isEmpty { headingText += text }
                    if paragraphDepth > 0 { paragraphText += text }
                }
            case CMARK_NODE_FOOTNOTE_DEFINITION:
                hasFootnotes = true
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                if let html = Self.rawHTML(node, type == CMARK_NODE_HTML_BLOCK ? .block : .inline) { rawHTML.append(html) }
            case CMARK_NODE_CODE_BLOCK:
                var length: Int32 = 0, offset: Int32 = 0
                var character: CChar = 0
                if cmark_node_get_fenced(node, &length, &offset, &character) != 0,
                   let info = cmark_node_get_fence_info(node), info.pointee != 0 {
                    fencedBlocks.append(node)
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                if !insideHeading.isEmpty { headingText += " " }
                if paragraphDepth > 0 { paragraphText += " " }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                if entering { links.append(node) }
            case CMARK_NODE_ITEM:
                if entering, !hasTaskItems { hasTaskItems = CmarkRenderer.isNode(node, ofType: "tasklist") }
            default:
                // Tables are an extension's nodes, known by name only.
                if entering, CmarkRenderer.isNode(node, ofType: "table") { tables.append(node) }
            }
        }
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> String {
        // Most text ends with a visible ASCII character, which is a whole
        // Character and not whitespace, and begins with one or with a letter
        // of U+00C0–U+07FF (no whitespace there): nothing to walk.
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first) || (0xC3...0xDF).contains(first),
           (0x21...0x7E).contains(last) {
            return self
        }
        var view = Substring(self)
        while let first = view.first, first.isWhitespace { view.removeFirst() }
        while let last = view.last, last.isWhitespace { view.removeLast() }
        return String(view)
    }
}
