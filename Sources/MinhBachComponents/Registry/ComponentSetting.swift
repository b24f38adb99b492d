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
        /// One of these words.
        case choice([String])
        /// One or more of these words.
        case choices([String])
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
        case .choice(let words), .choices(let words): words
        case .text, .bool, .year, .yearRange, .indicator, .indicators, .area, .areas, .documents, .agencies: []
        }
    }
}
