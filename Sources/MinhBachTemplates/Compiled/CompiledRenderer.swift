import Mustache

/// The compiled templates of a theme, by the names swift-mustache's library
/// has them under (`layouts/page`, `header`, `pages/commune`).
struct CompiledLibrary: Sendable {
    let templates: [String: CompiledTemplate]

    /// Nil when a template uses what is not compiled (see `TemplateTokens`):
    /// the theme then renders through swift-mustache.
    init?(_ parsed: [String: MustacheTemplate]) {
        var templates: [String: CompiledTemplate] = [:]
        for (name, template) in parsed {
            guard let compiled = try? TemplateTokens.compile(template) else { return nil }
            templates[name] = compiled
        }
        self.templates = templates
    }

    func render(_ object: Any, withTemplate name: String, sharing: SharedPartials? = nil) -> String? {
        guard let template = templates[name] else { return nil }
        var renderer = CompiledRenderer(library: self, root: object, sharing: sharing)
        var output = ""
        output.reserveCapacity(32_768)
        renderer.render(template, into: &output)
        return output
    }
}

/// Renders compiled templates with the rules of swift-mustache 2.1
/// (Template+Render.swift there): the same lookups up the context stack,
/// sections over lists, booleans and values, inverted sections, partials
/// with their indentation, transforms and content types — checked against
/// swift-mustache by `CompiledTemplateTests` and by building the golden
/// sites with both.
///
/// What differs is the bookkeeping: one context stack pushed and popped in
/// place rather than copied for each section, names split once, and
/// output written into one string. Context values are built by this
/// program, never by a site: a swift-mustache lambda or template as a value
/// is not supported (it would be written as text).
struct CompiledRenderer {
    let library: CompiledLibrary
    /// The values sections have entered, the innermost last.
    private var stack: [ContextFrame]
    /// The root's values, looked at once (`rootChild`).
    private var rootChildren: [String: ContextFrame] = [:]
    /// Where a list section is (`{{#first()}}`), inside its items only.
    private var position: SequencePosition?
    /// The indentation of the standalone partials being rendered.
    private var indentation: String?

    /// Partials rendered once for every page of the language.
    private let sharing: SharedPartials?

    init(library: CompiledLibrary, root: Any, sharing: SharedPartials? = nil) {
        self.library = library
        self.sharing = sharing
        self.stack = [ContextFrame(root)]
        stack.reserveCapacity(8)
    }

    /// Every template starts with swift-mustache's default, HTML escaping
    /// (the theme puts its own content type pragma first in each file).
    mutating func render(_ template: CompiledTemplate, into output: inout String) {
        render(template, contentType: HTMLContentType(), into: &output)
    }

    private mutating func render(_ template: CompiledTemplate, contentType: any MustacheContentType, into output: inout String) {
        var contentType = contentType
        guard let indentation, !indentation.isEmpty else {
            for node in template.nodes {
                render(node, contentType: &contentType, into: &output)
            }
            return
        }
        // As swift-mustache does: each token's output that starts a line of
        // this template's output gets the partial's indentation. A line
        // ends with the Character "\n" ("\r\n" is another Character).
        var local = ""
        for node in template.nodes {
            var piece = ""
            render(node, contentType: &contentType, into: &piece)
            if !piece.isEmpty, local.last == "\n" { local += indentation }
            local += piece
        }
        output += local
    }

    private mutating func render(_ node: CompiledNode, contentType: inout any MustacheContentType, into output: inout String) {
        switch node {
        case .text(let text):
            output += text
        case .variable(let name, let escaped):
            guard let value = value(of: name) else { return }
            let text = ContextValueType(of: value).isPlain ? Self.text(of: value)
                : (value as? any MustacheCustomRenderable)?.renderText ?? Self.text(of: value)
            output += escaped ? contentType.escapeText(text) : text
        case .section(let name, let template, let inverted):
            let value = value(of: name)
            if inverted {
                renderInverted(value, template, contentType: contentType, into: &output)
            } else {
                renderSection(value, template, contentType: contentType, into: &output)
            }
        case .partial(let name, let partialIndentation):
            guard let template = library.templates[name] else { return }
            let saved = (position, indentation)
            position = nil
            if let partialIndentation { indentation = (indentation ?? "") + partialIndentation }
            if let sharing, stack.count == 1, sharing.isShared(name, in: library) {
                output += sharing.output(of: name, indentation: indentation) { [self] in
                    var renderer = self
                    var text = ""
                    renderer.render(template, into: &text)
                    return text
                }
            } else {
                render(template, into: &output)
            }
            (position, indentation) = saved
        case .contentType(let type):
            contentType = type
        }
    }

    private mutating func renderSection(_ value: Any?, _ template: CompiledTemplate, contentType: any MustacheContentType,
                                        into output: inout String) {
        if let value, case let type = ContextValueType(of: value), type.isPlain {
            // Not a list nor a null; a boolean decides, anything else is entered.
            if type == .bool {
                if value as! Bool { render(template, contentType: contentType, into: &output) }
            } else {
                entering(value) { $0.render(template, contentType: contentType, into: &output) }
            }
            return
        }
        switch value {
        case let list as any MustacheSequence:
            renderItems(of: list, template, contentType: contentType, into: &output)
        case let bool as Bool:
            if bool { render(template, contentType: contentType, into: &output) }
        case let null as any MustacheCustomRenderable where null.isNull:
            return
        case .some(let value):
            entering(value) { $0.render(template, contentType: contentType, into: &output) }
        case .none:
            return
        }
    }

    private mutating func renderInverted(_ value: Any?, _ template: CompiledTemplate, contentType: any MustacheContentType,
                                         into output: inout String) {
        if let value, case let type = ContextValueType(of: value), type.isPlain {
            if type == .bool, !(value as! Bool) { render(template, contentType: contentType, into: &output) }
            return
        }
        switch value {
        case let list as any MustacheSequence:
            var items = list.makeIterator()
            if items.next() == nil {
                entering(list) { $0.render(template, contentType: contentType, into: &output) }
            }
        case let bool as Bool:
            if !bool { render(template, contentType: contentType, into: &output) }
        case let null as any MustacheCustomRenderable where null.isNull:
            render(template, contentType: contentType, into: &output)
        case .some:
            return
        case .none:
            render(template, contentType: contentType, into: &output)
        }
    }

    private mutating func renderItems<List: Sequence>(of list: List, _ template: CompiledTemplate, contentType: any MustacheContentType,
                                                      into output: inout String) {
        var items = list.makeIterator()
        guard var current = items.next() else { return }
        var place = SequencePosition(index: 0, isLast: false)
        let saved = position
        while true {
            let next = items.next()
            place.isLast = next == nil
            position = place
            stack.append(ContextFrame(current))
            render(template, contentType: contentType, into: &output)
            stack.removeLast()
            guard let next else { break }
            current = next
            place.index += 1
        }
        position = saved
    }

    /// A section over a value: the value is on top of the stack inside, and
    /// the list position does not reach into it.
    private mutating func entering(_ value: Any, _ body: (inout CompiledRenderer) -> Void) {
        let saved = position
        position = nil
        stack.append(ContextFrame(value))
        body(&self)
        stack.removeLast()
        position = saved
    }

    // MARK: Looking names up

    private mutating func value(of name: TagName) -> Any? {
        var found: Any?
        switch name.root {
        case .current:
            found = stack.last?.value
        case .position:
            found = position
        case .anchored(let parts):
            found = Self.descend(parts[...], from: stack[stack.count - 1])
        case .stack(let parts):
            guard let first = parts.first else {
                found = stack.last?.value
                break
            }
            for depth in stack.indices.reversed() {
                guard let child = stack[depth].child(first) else { continue }
                guard parts.count > 1 else {
                    found = child
                    break
                }
                found = Self.descend(parts.dropFirst(), from: depth == 0 ? rootChild(first, child) : ContextFrame(child))
                break
            }
        }
        guard var value = found else { return nil }
        if !ContextValueType(of: value).isPlain, let represented = value as? any MustacheCustomRepresentation {
            guard let representation = represented.representation else { return nil }
            value = representation
        }
        for transform in name.transforms.reversed() {
            guard let transformable = value as? any MustacheTransformable, let transformed = transformable.transform(transform) else {
                return nil
            }
            value = transformed
        }
        return value
    }

    /// The values of the root context (`page`, `site`, `t`) are entered by
    /// most tags of a page: each is looked at once a render.
    private mutating func rootChild(_ name: String, _ child: Any) -> ContextFrame {
        if let frame = rootChildren[name] { return frame }
        let frame = ContextFrame(child)
        rootChildren[name] = frame
        return frame
    }

    private static func descend(_ parts: ArraySlice<String>, from frame: ContextFrame) -> Any? {
        guard let first = parts.first else { return frame.value }
        guard var object = frame.child(first) else { return nil }
        for part in parts.dropFirst() {
            guard let child = ContextFrame(object).child(part) else { return nil }
            object = child
        }
        return object
    }

    /// `String(describing:)` of the value, an optional unwrapped first.
    private static func text(of value: Any) -> String {
        if let text = value as? String { return text }
        guard let optional = value as? any OptionalValue else { return String(describing: value) }
        return String(describing: optional.wrappedAny ?? value)
    }
}

/// `first()`, `last()`, `index()`, `even()` and `odd()` inside a list section.
struct SequencePosition: MustacheTransformable {
    var index: Int
    var isLast: Bool

    func transform(_ name: String) -> Any? {
        switch name {
        case "first": return index == 0
        case "last": return isLast
        case "index": return index
        case "even": return index & 1 == 0
        case "odd": return index & 1 == 1
        default: return nil
        }
    }
}

private protocol OptionalValue {
    var wrappedAny: Any? { get }
}

extension Optional: OptionalValue {
    var wrappedAny: Any? { self }
}
