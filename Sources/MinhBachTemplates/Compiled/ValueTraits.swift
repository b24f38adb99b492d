import Foundation
import Mustache

/// What the protocol casts of a context value would answer, learnt once a
/// type for the whole program.
///
/// A cast from `Any` to a protocol costs about 1,500 instructions (a
/// conformance lookup), and a frame took two of them: for each item of each
/// list section and for each root value (`page`, `site`, `t`) of each page.
/// The answer belongs to the type, not the value, except where a cast looks
/// inside the value (an `Optional`, an `AnyHashable`): those types are never
/// vouched for and keep the casts.
struct ValueTraits {
    /// The value may stand for another (`MustacheCustomRepresentation`):
    /// false only when a cast to it is sure to fail.
    let mayStandForAnother: Bool
    /// The type answers names itself (`MustacheParent`), standing for nothing else.
    let parentType: (any MustacheParent.Type)?

    static func of(_ value: Any) -> ValueTraits {
        ValueTraitsTable.shared.traits(of: type(of: value))
    }

    /// The value as the `MustacheParent` it is, when `parentType` says so:
    /// a cast to the concrete type (a comparison of type metadata), not a
    /// conformance lookup.
    func parent(_ value: Any) -> (any MustacheParent)? {
        guard let parentType else { return nil }
        return Self.opened(parentType, value)
    }

    private static func opened<Parent: MustacheParent>(_: Parent.Type, _ value: Any) -> any MustacheParent {
        value as! Parent
    }

    fileprivate init(_ type: Any.Type) {
        let looksInside = type is any OptionalValue.Type || type == AnyHashable.self
        mayStandForAnother = looksInside || type is any MustacheCustomRepresentation.Type
        parentType = mayStandForAnother ? nil : type as? any MustacheParent.Type
    }
}

/// The traits learnt so far, by type; read by the threads rendering pages.
private final class ValueTraitsTable: @unchecked Sendable {
    static let shared = ValueTraitsTable()
    private let lock = NSLock()
    private var known: [ObjectIdentifier: ValueTraits] = [:]

    func traits(of type: Any.Type) -> ValueTraits {
        let key = ObjectIdentifier(type)
        lock.lock()
        let found = known[key]
        lock.unlock()
        if let found { return found }
        let traits = ValueTraits(type)
        lock.lock()
        known[key] = traits
        lock.unlock()
        return traits
    }
}

/// Values kept by number for one render (`NameSlots`): a library numbers
/// hundreds of names, a page uses a few dozen. The numbers index an array
/// of Int32, cheap to make for each render, into the values found.
struct RenderSlots<Element> {
    private var indices: [Int32]
    private var elements: [Element] = []

    init(count: Int, expected: Int) {
        indices = Array(repeating: -1, count: count)
        elements.reserveCapacity(expected)
    }

    subscript(slot: Int) -> Element? {
        let index = indices[slot]
        return index < 0 ? nil : elements[Int(index)]
    }

    mutating func set(_ element: Element, at slot: Int) {
        let index = indices[slot]
        if index < 0 {
            indices[slot] = Int32(elements.count)
            elements.append(element)
        } else {
            elements[Int(index)] = element
        }
    }
}
