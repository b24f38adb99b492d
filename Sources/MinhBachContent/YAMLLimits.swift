import Yams

/// Bounds on what a YAML text may expand to. An alias (`*name`) repeats
/// the value of its anchor (`&name`) without copying it, so a file of a
/// few lines can stand for billions of values ("billion laughs"); the
/// loaders, which walk every value, would then never finish. libyaml
/// already refuses nesting deeper than 1000 levels.
public enum YAMLLimits {
    /// Far more values than any site file holds; the national data set's
    /// largest YAML table has about 2,000.
    public static let maxValues = 100_000

    /// The node at which the walk passed `maxValues`, counting every value
    /// an alias repeats; nil when the document is within bounds.
    public static func overExpanded(_ root: Node) -> Node? {
        var stack = [root]
        var count = 0
        while let node = stack.popLast() {
            count += 1
            if count > maxValues { return node }
            switch node {
            case .sequence(let items): stack.append(contentsOf: items)
            case .mapping(let pairs):
                for (key, value) in pairs { stack.append(key); stack.append(value) }
            case .scalar, .alias: break
            }
        }
        return nil
    }

    /// libyaml's words for a document nested too deeply name a C function;
    /// MB1602 says what happened and what to do.
    public static func isNestingProblem(_ problem: String) -> Bool { problem.hasPrefix("Maximum nesting level reached") }
}
