import Mustache

/// Reads the tokens swift-mustache parsed a template into.
///
/// swift-mustache keeps its tokens internal, so they are read by
/// reflection, once per template when the theme is loaded. Each token is
/// an enum case whose label is the case name and whose payload holds the
/// tag's name, transforms and nested template. A token this code does not
/// know (inheritance blocks, dynamic partials, or a case a later version of
/// swift-mustache adds) makes the whole theme render through
/// swift-mustache itself: slower, never different.
enum TemplateTokens {
    struct Unsupported: Error {
        let token: String
    }

    /// `slots` numbers the names (see `NameSlots`); one for a whole library.
    static func compile(_ template: MustacheTemplate, slots: inout NameSlots) throws(Unsupported) -> CompiledTemplate {
        guard let tokens = Mirror(reflecting: template).children.first(where: { $0.label == "tokens" })?.value as? [Any] else {
            throw Unsupported(token: "tokens")
        }
        var nodes: [CompiledNode] = []
        nodes.reserveCapacity(tokens.count)
        for token in tokens {
            nodes.append(try node(token, &slots))
        }
        // Text stays one token a line, as parsed: a partial's indentation goes
        // before each line, decided token by token.
        return CompiledTemplate(nodes: nodes)
    }

    private static func node(_ token: Any, _ slots: inout NameSlots) throws(Unsupported) -> CompiledNode {
        let mirror = Mirror(reflecting: token)
        guard mirror.displayStyle == .enum, let payload = mirror.children.first, let kind = payload.label else {
            throw Unsupported(token: "\(type(of: token))")
        }
        // Text is most tokens, and its payload is the text itself: fields are
        // read, by a second reflection, only for the tokens that have them.
        if kind == "text" {
            guard let text = payload.value as? String else { throw Unsupported(token: kind) }
            return .text(text)
        }
        let fields = Dictionary(Mirror(reflecting: payload.value).children.compactMap { child in child.label.map { ($0, child.value) } },
                                uniquingKeysWith: { first, _ in first })
        switch kind {
        case "variable", "unescapedVariable":
            return .variable(slots.numbered(try tagName(fields, kind)), escaped: kind == "variable")
        case "section", "invertedSection":
            guard let template = fields["template"] as? MustacheTemplate else { throw Unsupported(token: kind) }
            return .section(slots.numbered(try tagName(fields, kind)), try compile(template, slots: &slots), inverted: kind == "invertedSection")
        case "partial":
            // An inheriting partial (`{{<parent}}`) carries its overrides: not compiled.
            // (`as? String?` on a dictionary's `Any?` fails for a nil inside: unwrap the lookup first.)
            guard let name = fields[".0"] as? String, let indentation = fields["indentation"].flatMap({ $0 as? String? }),
                  let inherits = fields["inherits"].flatMap({ $0 as? [String: MustacheTemplate]? }), inherits == nil else {
                throw Unsupported(token: kind)
            }
            return .partial(name, indentation: indentation)
        case "contentType":
            guard let type = payload.value as? any MustacheContentType else { throw Unsupported(token: kind) }
            return .contentType(type)
        default:
            throw Unsupported(token: kind)
        }
    }

    private static func tagName(_ fields: [String: Any], _ kind: String) throws(Unsupported) -> TagName {
        guard let name = fields["name"] as? String, let transforms = fields["transforms"] as? [String] else {
            throw Unsupported(token: kind)
        }
        return TagName(name, transforms: transforms)
    }
}
