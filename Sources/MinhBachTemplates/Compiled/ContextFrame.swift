import Mustache

/// A value of a template context, with how names are looked up on it
/// decided once (when a section enters it, or the first time a path goes
/// through it) rather than on every tag.
///
/// The rules are swift-mustache's (`_getImmediateChild`): a value that
/// stands for another (`MustacheCustomRepresentation`, e.g. `NSNull` for
/// nothing) is replaced first; a dictionary or `TemplateFields` answers
/// names itself; anything else is read through `Mirror`. Deciding this
/// takes protocol casts of about 1,500 instructions each, so the common
/// concrete types — a `[String: Any]` context, text, numbers and booleans,
/// which have no names — are recognised by their type first.
struct ContextFrame {
    let value: Any
    private let lookup: Lookup

    private enum Lookup {
        case dictionary([String: Any])
        case fields(any MustacheParent)
        case mirror(Any)
        case none
    }

    init(_ value: Any) {
        self.value = value
        switch ContextValueType(of: value) {
        case .dictionary:
            lookup = .dictionary(value as! [String: Any])
        case .text, .number, .bool:
            lookup = .none
        case .other:
            let traits = ValueTraits.of(value)
            if let parent = traits.parent(value) {
                lookup = .fields(parent)
                return
            }
            let target: Any?
            if traits.mayStandForAnother, let represented = value as? any MustacheCustomRepresentation {
                target = represented.representation
            } else {
                target = value
            }
            if let parent = target as? any MustacheParent {
                lookup = .fields(parent)
            } else if let target {
                lookup = .mirror(target)
            } else {
                lookup = .none
            }
        }
    }

    func child(_ name: String) -> Any? {
        switch lookup {
        case .dictionary(let dictionary):
            return dictionary[name]
        case .fields(let fields):
            return fields.child(named: name)
        case .mirror(let target):
            guard let field = Mirror(reflecting: target).children.first(where: { $0.label == name }) else { return nil }
            let mirror = Mirror(reflecting: field.value)
            guard mirror.displayStyle == .optional else { return field.value }
            return mirror.children.first?.value
        case .none:
            return nil
        }
    }
}

/// The concrete types most context values have, told apart by comparing
/// type identities (a few instructions) before any protocol cast.
enum ContextValueType {
    case dictionary, text, number, bool, other

    init(of value: Any) {
        switch ObjectIdentifier(type(of: value)) {
        case Self.dictionaryType: self = .dictionary
        case Self.stringType: self = .text
        case Self.intType, Self.doubleType: self = .number
        case Self.boolType: self = .bool
        default: self = .other
        }
    }

    private static let dictionaryType = ObjectIdentifier([String: Any].self)
    private static let stringType = ObjectIdentifier(String.self)
    private static let intType = ObjectIdentifier(Int.self)
    private static let doubleType = ObjectIdentifier(Double.self)
    private static let boolType = ObjectIdentifier(Bool.self)

    /// Text, numbers, booleans and plain dictionaries stand for nothing
    /// else, are not lists and render as themselves.
    var isPlain: Bool {
        switch self {
        case .dictionary, .text, .number, .bool: return true
        case .other: return false
        }
    }
}
