/// A value kept out of line and shared by every copy of the struct holding
/// it: for fields of values held once per page (a file, its front matter),
/// which inline made every page's copy in the plan hundreds of bytes.
final class SharedValue<Value: Hashable & Sendable>: Sendable, Hashable {
    let value: Value

    init(_ value: Value) { self.value = value }

    static func == (a: SharedValue, b: SharedValue) -> Bool { a === b || a.value == b.value }
    func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
