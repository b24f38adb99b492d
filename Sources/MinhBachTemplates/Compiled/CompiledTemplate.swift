import Mustache

/// A template in the form our renderer follows: names split into their
/// parts once, when the theme is loaded, instead of on every tag of every
/// page.
///
/// swift-mustache stays the parser: its parse decides every whitespace and
/// standalone-line rule and reports every syntax error, and this form is
/// read from its parsed tokens (`TemplateTokens`). Only rendering is ours.
/// Why: swift-mustache's `getChild` splits a tag's name by Characters and
/// tries five protocol casts on each value of the context stack for every
/// tag — about 19,000 instructions a tag, 3.8 million a page, more than a
/// whole page may cost to be four times faster than Hugo
/// (docs/PERFORMANCE.md, "Templates").
struct CompiledTemplate: Sendable {
    /// As parsed: text is one node a line, for a partial's indentation.
    let nodes: [CompiledNode]
    /// The same with neighbouring text in one node, for rendering without
    /// indentation: a layout's lines between two tags are appended at once
    /// (String.append costs about 340 instructions a call).
    let joinedNodes: [CompiledNode]

    init(nodes: [CompiledNode]) {
        self.nodes = nodes
        self.joinedNodes = Self.joiningText(nodes)
    }

    private static func joiningText(_ nodes: [CompiledNode]) -> [CompiledNode] {
        var joined: [CompiledNode] = []
        joined.reserveCapacity(nodes.count)
        for node in nodes {
            if case .text(let text) = node, case .text(let previous)? = joined.last {
                joined[joined.count - 1] = .text(previous + text)
            } else {
                joined.append(node)
            }
        }
        return joined
    }
}

indirect enum CompiledNode: Sendable {
    /// Template text, written as it is.
    case text(String)
    /// `{{name}}` (escaped by the current content type) or `{{{name}}}` / `{{&name}}`.
    case variable(TagName, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when `inverted`.
    case section(TagName, CompiledTemplate, inverted: Bool)
    /// `{{> name}}`; a standalone partial has its line's indentation (maybe
    /// empty), an inline one has none.
    case partial(String, indentation: String?)
    /// `{{% CONTENT_TYPE: … }}`: how the following values are escaped.
    case contentType(any MustacheContentType)
}

/// A tag's name as swift-mustache reads it: `.` (the current value), a
/// transform of the current position in a list (`first()`), a path found
/// on the current value only (`.title`), or a path whose first part is
/// looked up the context stack (`page.title`); then its transforms, the
/// innermost first in the written name, applied last to first.
struct TagName: Sendable {
    enum Root: Sendable {
        case current
        case position
        case anchored([String])
        case stack([String])
    }

    var root: Root
    var transforms: [String]
    /// Numbers given by the library (`NameSlots`) to a `.stack` name: its
    /// first part's and the whole name's. Whatever the root context holds
    /// for them is the same for the whole render, so it is looked up once
    /// and kept in arrays at these indices instead of hashing the names
    /// again on every tag. -1: not numbered (looked up every time).
    var firstSlot = -1
    var pathSlot = -1

    init(_ name: String, transforms: [String]) {
        self.transforms = transforms
        let parts = name.split(separator: ".").map(String.init)
        if name == "." {
            root = .current
        } else if name.isEmpty, !transforms.isEmpty {
            root = .position
        } else if name.first == "." {
            root = .anchored(parts)
        } else {
            root = .stack(parts)
        }
    }
}
