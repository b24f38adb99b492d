/// Open addressing for the search's word tables — a page's words
/// (`PageWords`), the index's words (`SearchPostings`) — on the FNV-1a hash
/// `WordFolder` makes: the caller keeps its entries in an array, and the
/// slots hold an entry's index + 1 (0 is empty). A power of two, at most
/// half full. No `Hasher`: SipHash of every word cost more than the rest of
/// finding it.
struct HashSlots {
    private var slots: [Int32]

    /// Room for `expected` entries before growing.
    init(expected: Int) {
        var size = 64
        while size < expected * 2 { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
    }

    /// A placeholder that allocates nothing, while a table is out of its owner.
    init(placeholder: Void) {
        slots = []
    }

    /// The entry with this hash for which `matches` holds, or nil and the slot a new one goes in.
    @inline(__always)
    func find(_ hash: UInt32, where matches: (Int) -> Bool) -> (entry: Int?, slot: Int) {
        let mask = slots.count - 1
        var slot = Self.slot(hash, mask: mask)
        while true {
            let found = Int(slots[slot]) - 1
            if found < 0 { return (nil, slot) }
            if matches(found) { return (found, slot) }
            slot = (slot + 1) & mask
        }
    }

    /// Puts entry `index` in the slot `find` gave; `count` entries in all
    /// now. Past half full, the slots double and every entry is placed
    /// again by `hash(of:)`.
    @inline(__always)
    mutating func insert(_ index: Int, at slot: Int, count: Int, hash: (Int) -> UInt32) {
        slots[slot] = Int32(index + 1)
        guard count * 2 > slots.count else { return }
        let mask = slots.count * 2 - 1
        var larger = [Int32](repeating: 0, count: slots.count * 2)
        for entry in 0..<count {
            var slot = Self.slot(hash(entry), mask: mask)
            while larger[slot] != 0 { slot = (slot + 1) & mask }
            larger[slot] = Int32(entry + 1)
        }
        slots = larger
    }

    /// FNV-1a's low bits alone cluster; the high ones are folded in.
    private static func slot(_ hash: UInt32, mask: Int) -> Int { Int(hash ^ (hash >> 16)) & mask }
}
