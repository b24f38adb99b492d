import MinhBachText

/// One value of a series at one category: a year on a line chart, an area
/// on a bar chart.
public struct ChartPoint: Sendable, Equatable {
    /// The category, e.g. `2021` or `Phường Ninh Kiều`.
    public var label: String
    /// Nil when there is no figure: a line chart leaves a gap and never
    /// joins the points around it; a bar chart writes "không có số liệu".
    public var value: Double?
    /// A figure computed rather than reported, e.g. a 2025 value for a
    /// province that ceased on 1 July 2025, summed from the communes now on
    /// its former territory. A line chart draws it hollow with a dashed
    /// segment leading to it; the data table marks it with `*` and a note.
    public var derived: Bool

    public init(label: String, value: Double?, derived: Bool = false) {
        self.label = label
        self.value = value
        self.derived = derived
    }
}

/// A named line (or set of bars): one area, one indicator.
public struct ChartSeries: Sendable, Equatable {
    public var name: String
    public var points: [ChartPoint]

    public init(name: String, points: [ChartPoint]) {
        self.name = name
        self.points = points
    }
}

/// What a chart shows and how its numbers are written.
public struct ChartSpec: Sendable, Equatable {
    /// The chart types: the `type:` words of a chart block. A new type is a
    /// case here; the compiler then asks for its drawing
    /// (`ChartRenderer.svg`), its categories and its legend sample.
    public enum Kind: String, Sendable, CaseIterable {
        /// Values over years; categories left to right.
        case line
        /// Values across areas as horizontal bars, top to bottom in the order given.
        case bar
        /// Values over years as vertical bars, one group per year.
        case column

        /// What a chart of this kind takes as its categories.
        public enum Categories: Sendable {
            /// One category per year, one series per area.
            case years
            /// One category per area, one series per year.
            case areas
        }

        public var categories: Categories {
            switch self {
            case .line, .column: .years
            case .bar: .areas
            }
        }
    }

    /// A reference value drawn as a dashed line with its own text, e.g. a
    /// programme target (`Mục tiêu 2025: 8,5%`).
    public struct Target: Sendable, Equatable {
        public var value: Double
        public var label: String

        public init(value: Double, label: String) {
            self.value = value
            self.label = label
        }
    }

    /// A break in the series between two categories, e.g. the
    /// administrative reorganisation of 1 July 2025 between "2024" and
    /// "2025": a line chart draws a dashed vertical line there with the
    /// label, and still joins the points across it (one series goes on).
    public struct Break: Sendable, Equatable {
        /// The first category after the break: it lies between this
        /// category and the one before it. A category the chart does not
        /// have, or its first one, draws no break.
        public var before: String
        public var label: String

        public init(before: String, label: String) {
            self.before = before
            self.label = label
        }
    }

    /// Unique on the page: the SVG's `aria-labelledby` ids derive from it.
    public var id: String
    /// The accessible name; also the caption of the data table.
    public var title: String
    /// What the chart says, in a sentence or two, for screen readers.
    public var description: String
    public var unit: ValueUnit
    /// Decimals of values in the table and in value labels.
    public var precision: Int
    public var language: Language
    public var kind: Kind
    public var target: Target?
    /// The heading of the categories' column in the data table; by default
    /// "Năm"/"Year" for a line chart, "Địa bàn"/"Area" for a bar chart.
    public var categoryTitle: String?
    /// Drawn by line charts only; a bar chart has no order of categories in time.
    public var breakMark: Break?

    public init(id: String, title: String, description: String, unit: ValueUnit, precision: Int,
                language: Language = .vi, kind: Kind, target: Target? = nil, categoryTitle: String? = nil,
                breakMark: Break? = nil) {
        self.id = id
        self.title = title
        self.description = description
        self.unit = unit
        self.precision = precision
        self.language = language
        self.kind = kind
        self.target = target
        self.categoryTitle = categoryTitle
        self.breakMark = breakMark
    }
}
