import Foundation

/// Maps over `items` on all cores and keeps the order of the results.
///
/// Dispatch's `concurrentPerform` rather than a task group: the work is
/// synchronous CPU and file work (parse, render, write), and it spreads the
/// iterations over one thread per core without any scheduling per item.
public func parallelMap<Item, Result>(_ items: [Item], _ transform: (Item) -> Result) -> [Result] {
    guard items.count > 1 else { return items.map(transform) }
    let slots = UnsafeMutableBufferPointer<Result?>.allocate(capacity: items.count)
    slots.initialize(repeating: nil)
    defer { slots.deinitialize(); slots.deallocate() }
    withoutActuallyEscaping(transform) { transform in
        let box = UncheckedBox((slots, transform, items))
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            let (slots, transform, items) = box.value
            slots[index] = transform(items[index])
        }
    }
    return slots.map { $0! }
}

/// Each iteration writes only its own slot, which makes sharing the buffer
/// across threads safe even though the type system cannot see it.
private struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
