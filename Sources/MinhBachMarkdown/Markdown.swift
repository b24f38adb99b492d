/// Markdown rendering, as the rest of the generator sees it: text in,
/// plain Swift values out. Only `CmarkRenderer.swift` knows about cmark-gfm.
public struct MarkdownOptions: Sendable, Hashable {
    /// Pass raw HTML in the Markdown through (cmark's "unsafe" mode). Off by
    /// default: raw HTML is then replaced by a comment, so nothing typed into
    /// a content file can run script on the page, and every removed piece is
    /// listed in `RenderedMarkdown.removedHTML`.
    public var allowRawHTML: Bool
    /// The accessible name of a footnote's link back to the text. cmark-gfm
    /// writes it in English; pages in other languages replace it.
    public var footnoteBacklinkLabel: String

    public init(allowRawHTML: Bool = false, footnoteBacklinkLabel: String = CmarkRenderer.cmarkBacklinkLabel) {
        self.allowRawHTML = allowRawHTML
        self.footnoteBacklinkLabel = footnoteBacklinkLabel
    }
}

/// A heading of the rendered page, for its table of contents.
public struct Heading: Sendable, Hashable {
    public var level: Int
    /// The `id` attribute written on the heading: a Vietnamese-aware slug of
    /// its text, unique within the page.
    public var id: String
    public var text: String

    public init(level: Int, id: String, text: String) {
        self.level = level
        self.id = id
        self.text = text
    }
}

public struct RenderedMarkdown: Sendable, Hashable {
    public var html: String
    public var headings: [Heading]
    /// Plain text of the first paragraph: the page's summary on list pages.
    public var firstParagraph: String
    public var wordCount: Int
    /// Raw HTML that was not published (the site does not allow raw HTML),
    /// in document order, so the build can say where each piece was.
    public var removedHTML: [RawHTML] = []
}

/// A piece of raw HTML in the Markdown: an HTML block (lines starting with a
/// tag) or inline HTML (a tag inside a paragraph). HTML comments are not
/// listed: they are notes for editors and are never published.
public struct RawHTML: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case block, inline
    }

    public var kind: Kind
    /// Line and column in the Markdown text, counted from 1.
    public var line: Int
    public var column: Int
    /// The HTML as written (a block: its first line; inline: the tag).
    public var text: String

    public init(kind: Kind, line: Int, column: Int, text: String) {
        self.kind = kind
        self.line = line
        self.column = column
        self.text = text
    }
}

/// Turns fenced blocks into HTML of their own: the components (charts,
/// tables, task lists) replace blocks whose info string names them.
public protocol FencedBlockHandler {
    /// The HTML that replaces the block, or nil to leave it a code block.
    /// `line` is the line of the opening fence in the Markdown text.
    func html(forBlock info: String, body: String, line: Int) -> String?
}

public protocol MarkdownRenderer: Sendable {
    func render(_ markdown: String, blocks: (any FencedBlockHandler)?, links: (any LinkDestinationHandler)?) -> RenderedMarkdown
}

extension MarkdownRenderer {
    public func render(_ markdown: String) -> RenderedMarkdown { render(markdown, blocks: nil, links: nil) }

    public func render(_ markdown: String, blocks: (any FencedBlockHandler)?) -> RenderedMarkdown {
        render(markdown, blocks: blocks, links: nil)
    }
}
