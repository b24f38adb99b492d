/// One key of a component's body and the kind of value it takes.
struct ComponentSetting: Sendable, Equatable {
    enum Value: Sendable, Equatable {
        /// Any text, e.g. a title.
        case text
        /// `true`/`false` (also `yes`/`no`, `có`/`không`).
        case bool
        /// A year in four digits.
        case year
        /// `2021-2025`, or one year.
        case yearRange
        /// An indicator id.
        case indicator
        /// A list of indicator ids.
        case indicators
        /// An area code or `this`/`parent`.
        case area
        /// A list of area codes, or `this`/`parent`/`children`.
        case areas
        /// A document id or a list of them.
        case documents
        /// An agency id or a list of them.
        case agencies
        /// One of these words, or with `several` one or more of them.
        ///
        /// One case with a payload, not two: in an enum with two payload
        /// cases Swift keeps the case in the spare bits of the array's
        /// pointer, which valgrind (scripts/check-leaks) cannot follow, so it
        /// reported the words of a `static let` as lost.
        case words([String], several: Bool)

        static func choice(_ words: [String]) -> Value { .words(words, several: false) }
        static func choices(_ words: [String]) -> Value { .words(words, several: true) }
    }

    let key: String
    let value: Value

    init(_ key: String, _ value: Value) {
        self.key = key
        self.value = value
    }

    /// The allowed words of a `choice` or `choices` setting; empty for the others.
    var options: [String] {
        switch value {
        case .words(let words, _): words
        case .text, .bool, .year, .yearRange, .indicator, .indicators, .area, .areas, .documents, .agencies: []
        }
    }
}
