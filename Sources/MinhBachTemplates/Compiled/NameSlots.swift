/// Numbers for the names a library's tags look up the context stack
/// (`page.title`, `t.home`), given once when the theme is compiled.
///
/// Most tags of a page are answered by the root context (`page`, `site`,
/// `t`), and what the root holds does not change during a render: the
/// renderer keeps each first part's value and each whole name's value in
/// arrays at these numbers (`CompiledRenderer.rootValue`), so a name
/// written five times in a layout is hashed and walked once a page. The
/// same first part (or the same whole name, transforms included) has the
/// same number in every template of the library.
struct NameSlots {
    private var firstParts: [String: Int] = [:]
    private var names: [Name: Int] = [:]

    private struct Name: Hashable {
        var parts: [String]
        var transforms: [String]
    }

    var firstPartCount: Int { firstParts.count }
    var nameCount: Int { names.count }

    /// `name` with its numbers, when it is looked up the stack by a first part.
    mutating func numbered(_ name: TagName) -> TagName {
        guard case .stack(let parts) = name.root, let first = parts.first else { return name }
        var name = name
        name.firstSlot = Self.number(first, in: &firstParts)
        name.pathSlot = Self.number(Name(parts: parts, transforms: name.transforms), in: &names)
        return name
    }

    /// Static: an instance method given `&self.names` made the compiler
    /// copy the dictionary at each call (11,000 instructions a tag).
    private static func number<Key: Hashable>(_ key: Key, in numbers: inout [Key: Int]) -> Int {
        if let number = numbers[key] { return number }
        let number = numbers.count
        numbers[key] = number
        return number
    }
}
