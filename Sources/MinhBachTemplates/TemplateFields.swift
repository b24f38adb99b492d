import Mustache

/// A template context value that answers its names itself, with a `switch`.
///
/// swift-mustache asks each value on its context stack for a name through
/// `child(named:)`: a dictionary hashes the name and casts what it holds
/// from `Any`, a plain struct is read through `Mirror` (slow), and a type
/// conforming to this protocol answers directly from typed properties.
/// Return `nil` for a name the value does not have (an absent optional
/// too): Mustache then looks further up the stack, as it does for a key
/// missing from a dictionary.
public protocol TemplateFields: MustacheParent {}
