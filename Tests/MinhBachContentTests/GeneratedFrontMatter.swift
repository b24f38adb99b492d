/// Front matter made at random from pieces: groups and lists nested at
/// random indents, blank and comment lines between, for the tests that
/// compare two readers of it. The same seed makes the same documents.
struct GeneratedFrontMatter {
    let keys: [String]
    /// The keys of nested groups.
    let nestedKeys: [String]
    let values: [String]
    var generator: SplitMix

    init(seed: UInt64, keys: [String], nestedKeys: [String]? = nil, values: [String]) {
        self.keys = keys
        self.nestedKeys = nestedKeys ?? keys
        self.values = values
        generator = SplitMix(seed: seed)
    }

    mutating func pick<T>(_ items: [T]) -> T { items[Int(generator.next() % UInt64(items.count))] }

    /// The lines of one document.
    mutating func document() -> [String] {
        var lines: [String] = []
        group(indent: "", depth: 1, keys: keys, into: &lines)
        return lines
    }

    private mutating func group(indent: String, depth: Int, keys: [String], into lines: inout [String]) {
        var used: Set<String> = []
        for _ in 0..<(Int(generator.next() % 5) + 1) {
            var key = pick(keys)
            while used.contains(key) { key += "x" }
            used.insert(key)
            if generator.next() % 7 == 0 { lines.append(indent + pick(["# note", "", "   "])) }
            switch depth < 4 ? generator.next() % 6 : 0 {
            case 0, 1, 2: lines.append(indent + key + ":" + spaces(Int(generator.next() % 3) + 1) + pick(values))
            case 3:
                lines.append(indent + key + ":")
                group(indent: indent + spaces(Int(generator.next() % 4) + 1), depth: depth + 1, keys: nestedKeys, into: &lines)
            default:
                lines.append(indent + key + ":")
                let dash = indent + spaces(Int(generator.next() % 3))
                for _ in 0..<(Int(generator.next() % 4) + 1) { lines.append(dash + "-" + spaces(Int(generator.next() % 2) + 1) + pick(values)) }
            }
        }
    }

    private func spaces(_ count: Int) -> String { String(repeating: " ", count: count) }
}
