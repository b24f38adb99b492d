import Mustache

/// The compiled templates of a theme, by the names swift-mustache's library
/// has them under (`layouts/page`, `header`, `pages/commune`).
struct CompiledLibrary: Sendable {
    let templates: [String: CompiledTemplate]
    /// How many first parts and whole names the templates look up the
    /// stack (`NameSlots`): the sizes of a render's root arrays.
    let firstPartCount: Int
    let nameCount: Int

    /// Nil when a template uses what is not compiled (see `TemplateTokens`):
    /// the theme then renders through swift-mustache.
    init?(_ parsed: [String: MustacheTemplate]) {
        var templates: [String: CompiledTemplate] = [:]
        var slots = NameSlots()
        for (name, template) in parsed {
            guard let compiled = try? TemplateTokens.compile(template, slots: &slots) else { return nil }
            templates[name] = compiled
        }
        self.templates = templates
        self.firstPartCount = slots.firstPartCount
        self.nameCount = slots.nameCount
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
///
/// The root context does not change during a render, so what it answers
/// for a name is kept (`rootValues`, by the name's `NameSlots` number),
/// with the name's text as escaped for HTML: `{{site.title}}`, written
/// five times in the default layouts, is looked up and escaped once a page
/// — once a language for the names that are the same on every page of it
/// (`SharedPartials`).
/// The values a program puts in a context answer the same each time they
/// are asked (transforms included), as swift-mustache assumes too.
struct CompiledRenderer {
    let library: CompiledLibrary
    /// The values sections have entered, the innermost last; the root first.
    private var stack: [ContextFrame]
    /// What the root holds for each numbered first part of a dotted name
    /// (`page` of `page.title`), by `TagName.firstSlot`.
    private var rootFrames: RenderSlots<ContextFrame?>
    /// What the root answers for each numbered name, by `TagName.pathSlot`.
    private var rootValues: RenderSlots<RootValue>
    /// Which names the root answers alike on every page of the language,
    /// by `TagName.pathSlot` (`SharedPartials`); empty without sharing.
    private let sharedNames: [Bool]
    /// Where a list section is (`{{#first()}}`), inside its items only.
    private var position: SequencePosition?
    /// The indentation of the standalone partials being rendered.
    private var indentation: String?

    /// Partials rendered once for every page of the language.
    private let sharing: SharedPartials?

    /// A name's value found above the root, or that the root is to answer it.
    private enum StackLookup {
        case found(Any?)
        case root(parts: [String])
    }

    init(library: CompiledLibrary, root: Any, sharing: SharedPartials? = nil) {
        self.library = library
        self.sharing = sharing
        self.stack = [ContextFrame(root)]
        stack.reserveCapacity(8)
        rootFrames = RenderSlots(count: library.firstPartCount, expected: 8)
        rootValues = RenderSlots(count: library.nameCount, expected: 64)
        sharedNames = sharing?.sharedNames(in: library) ?? []
    }

    /// Every template starts with swift-mustache's default, HTML escaping
    /// (the theme puts its own content type pragma first in each file).
    mutating func render(_ template: CompiledTemplate, into output: inout String) {
        render(template, contentType: HTMLContentType(), into: &output)
    }

    private mutating func render(_ template: CompiledTemplate, contentType: any MustacheContentType, into output: inout String) {
        var contentType = contentType
        guard let indentation, !indentation.isEmpty else {
            for node in template.joinedNodes {
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
            switch lookUp(name) {
            case .found(let found):
                guard let value = Self.finishing(found, name) else { return }
                output += escaped ? contentType.escapeText(Self.rendered(value)) : Self.rendered(value)
            case .root(let parts):
                if escaped, type(of: contentType) == HTMLContentType.self {
                    output += rootHTML(of: name, parts, contentType)
                } else if let value = rootValue(of: name, parts) {
                    output += escaped ? contentType.escapeText(Self.rendered(value)) : Self.rendered(value)
                }
            }
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
        // Nothing is neither a list, a boolean nor a null: no casts to learn it.
        guard let value else { return }
        if case let type = ContextValueType(of: value), type.isPlain {
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
        default:
            entering(value) { $0.render(template, contentType: contentType, into: &output) }
        }
    }

    private mutating func renderInverted(_ value: Any?, _ template: CompiledTemplate, contentType: any MustacheContentType,
                                         into output: inout String) {
        guard let value else {
            render(template, contentType: contentType, into: &output)
            return
        }
        if case let type = ContextValueType(of: value), type.isPlain {
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
        default:
            return
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
        switch lookUp(name) {
        case .found(let found):
            return Self.finishing(found, name)
        case .root(let parts):
            return rootValue(of: name, parts)
        }
    }

    /// A name is looked up on the innermost value for `.`, `first()` and
    /// `.title`; a dotted name by its first part up the stack, the first
    /// value that has it deciding. The root is asked last (`rootValue`).
    private func lookUp(_ name: TagName) -> StackLookup {
        switch name.root {
        case .current:
            return .found(stack[stack.count - 1].value)
        case .position:
            return .found(position)
        case .anchored(let parts):
            return .found(Self.descend(parts[...], from: stack[stack.count - 1]))
        case .stack(let parts):
            guard let first = parts.first else { return .found(stack[stack.count - 1].value) }
            var depth = stack.count - 1
            while depth > 0 {
                if let child = stack[depth].child(first) {
                    return .found(parts.count > 1 ? Self.descend(parts.dropFirst(), from: ContextFrame(child)) : child)
                }
                depth -= 1
            }
            return .root(parts: parts)
        }
    }

    /// What the root answers for a dotted name, transforms applied: found
    /// the first time a render asks, then kept.
    private mutating func rootValue(of name: TagName, _ parts: [String]) -> Any? {
        guard name.pathSlot >= 0 else { return Self.finishing(Self.descend(parts[...], from: stack[0]), name) }
        if let known = rootValues[name.pathSlot] { return known.value }
        let isShared = !sharedNames.isEmpty && sharedNames[name.pathSlot]
        if isShared, let kept = sharing?.keptValue(name.pathSlot) {
            rootValues.set(kept, at: name.pathSlot)
            return kept.value
        }
        let found: Any?
        if parts.count == 1 {
            found = stack[0].child(parts[0])
        } else if let frame = rootFrame(name.firstSlot, parts[0]) {
            found = Self.descend(parts.dropFirst(), from: frame)
        } else {
            found = nil
        }
        let value = Self.finishing(found, name)
        let kept = RootValue(value: value)
        rootValues.set(kept, at: name.pathSlot)
        if isShared { sharing?.keep(kept, name.pathSlot) }
        return value
    }

    /// A variable the root answers, as written with HTML escaping: escaped
    /// once a render.
    private mutating func rootHTML(of name: TagName, _ parts: [String], _ contentType: any MustacheContentType) -> String {
        guard name.pathSlot >= 0 else {
            return rootValue(of: name, parts).map { contentType.escapeText(Self.rendered($0)) } ?? ""
        }
        if let html = rootValues[name.pathSlot]?.html { return html }
        let value = rootValue(of: name, parts)
        // The language may have kept the text with the value.
        if let html = rootValues[name.pathSlot]?.html { return html }
        let html = value.map { contentType.escapeText(Self.rendered($0)) } ?? ""
        let kept = RootValue(value: value, html: html)
        rootValues.set(kept, at: name.pathSlot)
        if !sharedNames.isEmpty, sharedNames[name.pathSlot] { sharing?.keep(kept, name.pathSlot) }
        return html
    }

    /// The root's value of a first part (`page`, `site`, `t`), with how
    /// names are looked up on it: decided once a render.
    private mutating func rootFrame(_ slot: Int, _ name: String) -> ContextFrame? {
        if let known = rootFrames[slot] { return known }
        let frame = stack[0].child(name).map(ContextFrame.init)
        rootFrames.set(frame, at: slot)
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

    /// A found value as a tag sees it: what it stands for
    /// (`MustacheCustomRepresentation`), then the name's transforms, the
    /// last written first.
    private static func finishing(_ found: Any?, _ name: TagName) -> Any? {
        guard var value = found else { return nil }
        if !ContextValueType(of: value).isPlain, ValueTraits.of(value).mayStandForAnother,
           let represented = value as? any MustacheCustomRepresentation {
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

    /// The text of a variable's value, before escaping.
    private static func rendered(_ value: Any) -> String {
        switch ContextValueType(of: value) {
        case .text:
            return value as! String
        case .number:
            // Int's description, without String(describing:)'s printing machinery.
            if let number = value as? Int { return String(number) }
            return String(describing: value)
        case .dictionary, .bool:
            return String(describing: value)
        case .other:
            return (value as? any MustacheCustomRenderable)?.renderText ?? text(of: value)
        }
    }

    /// `String(describing:)` of the value, an optional unwrapped first.
    private static func text(of value: Any) -> String {
        if let text = value as? String { return text }
        guard let optional = value as? any OptionalValue else { return String(describing: value) }
        return String(describing: optional.wrappedAny ?? value)
    }
}

/// What the root answers for a name: the value (nil: the root does not
/// have it) and, once a variable tag has written it with HTML escaping,
/// that text. A class, so that a render's lookups and the language's kept
/// values pass it by reference (an `Any?` and a `String?` copied each
/// time cost more than the lookup); never changed once made, so the
/// threads rendering a language's pages may share it.
final class RootValue: @unchecked Sendable {
    let value: Any?
    let html: String?

    init(value: Any?, html: String? = nil) {
        self.value = value
        self.html = html
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

/// An `Optional` seen through `Any`.
protocol OptionalValue {
    var wrappedAny: Any? { get }
}

extension Optional: OptionalValue {
    var wrappedAny: Any? { self }
}
