import Yams

/// What `SimpleYAML` makes of what it reads: Yams nodes for every reader
/// of YAML, or `SimpleYAML.Value`s for front matter. One reader of the
/// subset, so both accept exactly the same documents.
protocol SimpleYAMLBuilder {
    associatedtype Pair
    associatedtype Value
    func pair(_ key: String, at place: SimpleYAML.Place, _ value: Value) -> Pair
    func scalar(_ text: String, _ style: SimpleYAML.Style, at place: SimpleYAML.Place) -> Value
    func mapping(_ pairs: [Pair], at place: SimpleYAML.Place) -> Value
    func sequence(_ items: [Value], at place: SimpleYAML.Place) -> Value
}

extension SimpleYAML {
    /// Where a value starts, as Yams' marks count: line and column from 1
    /// in the YAML text.
    struct Place: Hashable {
        var line: Int
        var column: Int
    }

    /// A value as front matter needs it: its text or items, and where it
    /// starts. A group's place is its first key's, a list's its first
    /// dash's, as Yams marks them.
    enum Value: Hashable {
        /// Plain scalars are typed (`12`, `yes`, `~`); quoted ones are text.
        case scalar(String, plain: Bool, at: Place)
        case mapping([Pair], at: Place)
        case sequence([Value], at: Place)

        struct Pair: Hashable {
            var key: String
            var value: Value
        }

        var place: Place {
            switch self {
            case .scalar(_, _, let place), .mapping(_, let place), .sequence(_, let place): place
            }
        }
    }

    struct ValueBuilder: SimpleYAMLBuilder {
        func pair(_ key: String, at place: Place, _ value: Value) -> Value.Pair { Value.Pair(key: key, value: value) }

        func scalar(_ text: String, _ style: Style, at place: Place) -> Value {
            switch style {
            case .plain: .scalar(text, plain: true, at: place)
            case .singleQuoted, .doubleQuoted: .scalar(text, plain: false, at: place)
            }
        }

        func mapping(_ pairs: [Value.Pair], at place: Place) -> Value { .mapping(pairs, at: place) }

        func sequence(_ items: [Value], at place: Place) -> Value { .sequence(items, at: place) }
    }

    /// The nodes Yams composes, tags, styles and marks included.
    struct NodeBuilder: SimpleYAMLBuilder {
        /// One for the document, as Yams' parser has: `Constructor.default`
        /// makes a new one, with its tables, on every call.
        let constructor = Constructor.default

        func pair(_ key: String, at place: Place, _ value: Node) -> (Node, Node) {
            // Yams' duplicate check resolves every key's tag, to `str` with
            // the basic resolver.
            (.scalar(Node.Scalar(key, Tag(.str, .basic, constructor), .plain, mark(place))), value)
        }

        func scalar(_ text: String, _ style: Style, at place: Place) -> Node {
            switch style {
            case .plain: .scalar(Node.Scalar(text, Tag(.implicit, .basic, constructor), .plain, mark(place)))
            case .singleQuoted: .scalar(Node.Scalar(text, Tag(.str, .basic, constructor), .singleQuoted, mark(place)))
            case .doubleQuoted: .scalar(Node.Scalar(text, Tag(.str, .basic, constructor), .doubleQuoted, mark(place)))
            }
        }

        // Yams takes a collection's style from its end event, which has none.
        func mapping(_ pairs: [(Node, Node)], at place: Place) -> Node {
            .mapping(Node.Mapping(pairs, Tag(.implicit, .basic, constructor), .any, mark(place)))
        }

        func sequence(_ items: [Node], at place: Place) -> Node {
            .sequence(Node.Sequence(items, Tag(.implicit, .basic, constructor), .any, mark(place)))
        }

        /// Yams does not make `Mark`'s initialiser public; a `Mark` is its
        /// two `Int`s (`SimpleYAMLTests` compares every mark with Yams').
        private func mark(_ place: Place) -> Mark {
            unsafeBitCast(MarkLayout(line: place.line, column: place.column), to: Mark.self)
        }

        private struct MarkLayout {
            var line: Int
            var column: Int
        }
    }
}
