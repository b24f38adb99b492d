/// Markdown rendering, as the rest of the generator sees it: text in,
/// plain Swift values out. Only `CmarkRenderer.swift` knows about cmark-gfm.
public struct MarkdownOptions: Sendable, Hashable {
    /// Pass raw HTML in the Markdown through (cmark's "unsafe" mode). Off by
    /// default: raw HTML is then replaced by a comment, so nothing typed into
    /// a content file can run script on the page.
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
