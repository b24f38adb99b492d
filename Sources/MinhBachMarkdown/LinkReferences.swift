/// A link or an image as written in the Markdown, before it is rendered.
public struct MarkdownReference: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case link, image
    }

    public var kind: Kind
    /// The destination exactly as cmark read it (`../bao-cao/2024.md#muc-1`).
    public var destination: String
    /// Line and column (in characters, from 1) of the `[` or `![` in the
    /// Markdown text given to `render`.
    public var line: Int
    public var column: Int

    public init(kind: Kind, destination: String, line: Int, column: Int) {
        self.kind = kind
        self.destination = destination
        self.line = line
        self.column = column
    }
}

/// Decides where each link and image of a page leads: page resources and
/// links to other Markdown files are rewritten to their published URLs.
public protocol LinkDestinationHandler {
    /// The URL to write instead, or nil to keep the destination as written.
    func destination(for reference: MarkdownReference) -> String?
}
