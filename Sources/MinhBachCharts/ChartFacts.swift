import MinhBachText

/// What every drawing of a chart reads from its input, whatever its width:
/// worked out once and shared by the wide drawing, the narrow one and the
/// table. Each used to work all of it out again (the categories, every
/// value looked up by its label, the axis, its labels and their widths):
/// about 130 M of the 0.88 G instructions the example site's charts took.
///
/// A class, so that the drawings share one; its lazy labels make it a thing
/// of one thread, as a chart block is.
final class ChartFacts {
    let spec: ChartSpec
    let series: [ChartSeries]
    /// Labels in the order they first appear, across all series.
    let categories: [String]
    let words: ChartWords
    /// Every finite value of every point, series after series.
    let values: [Double]
    /// Whether any drawn value is derived: the legend and the table's note say what the mark means.
    let hasDerived: Bool
    /// `cells[series][category]`: the series' first point at the category,
    /// as `value(_:at:)` and `isDerived(_:at:)` found it by its label.
    let cells: [[Cell]]
    let axis: ValueAxis
    let tickLabels: [String]
    /// The width of the widest tick label, at the usual font size.
    let widestTickLabel: Double
    /// The width of the widest category, at the usual font size.
    let widestCategory: Double

    struct Cell {
        /// Nil when missing or not a finite number.
        var value: Double?
        var derived = false
    }

    init(spec: ChartSpec, series: [ChartSeries]) {
        self.spec = spec
        self.series = series
        words = ChartWords(language: spec.language)
        var positions: [String: Int] = [:], categories: [String] = []
        for points in series {
            for point in points.points where positions[point.label] == nil {
                positions[point.label] = categories.count
                categories.append(point.label)
            }
        }
        self.categories = categories
        var values: [Double] = [], hasDerived = false
        cells = series.map { series in
            var row = [Cell](repeating: Cell(), count: categories.count), seen = [Bool](repeating: false, count: categories.count)
            for point in series.points {
                if let value = point.value, value.isFinite {
                    values.append(value)
                    if point.derived { hasDerived = true }
                }
                let position = positions[point.label]!
                guard !seen[position] else { continue }
                seen[position] = true
                row[position] = Cell(value: point.value.flatMap { $0.isFinite ? $0 : nil }, derived: point.derived)
            }
            return row
        }
        self.values = values
        self.hasDerived = hasDerived
        axis = ValueAxis(values: values + [spec.target?.value].compactMap { $0 }, unit: spec.unit)
        tickLabels = axis.ticks.map { [axis] in axis.label($0, unit: spec.unit, language: spec.language) }
        widestTickLabel = tickLabels.map { ChartStyle.textWidth($0) }.max() ?? 0
        widestCategory = categories.map { ChartStyle.textWidth($0) }.max() ?? 0
    }

    /// A value as written next to its mark: `12,5%`, `1.234`.
    func valueLabel(_ value: Double) -> String {
        let number = VietnameseNumber.format(value, precision: spec.precision, language: spec.language)
        return spec.unit == .percent ? number + "%" : number
    }

    /// The label of each cell with a value, made the first time a drawing
    /// asks: a line chart of several series writes none.
    private(set) lazy var cellLabels: [[String?]] = cells.map { $0.map { $0.value.map(valueLabel) } }

    /// The labels of `values`, in their order: what bar and column charts
    /// measure at each width.
    private(set) lazy var valueLabels: [String] = values.map(valueLabel)
}
