/// An observation or target without its line number, for the preview's
/// change tracking: moving a row is no change.
struct FigureRow: Hashable {
    let indicator: String
    let area: AreaKey
    let year: Int
    let value: Double
    let detail: String

    init(_ observation: Observation) {
        indicator = observation.indicator
        area = observation.area
        year = observation.year
        value = observation.value
        detail = "\(observation.status.rawValue)|\(observation.source ?? "")|\(observation.illustrative)|\(observation.method.rawValue)"
    }

    init(_ target: Target) {
        indicator = target.indicator
        area = target.area
        year = target.year
        value = target.value
        detail = "target|\(target.baseline ?? -1)|\(target.baselineYear ?? 0)|\(target.document)|\(target.note ?? "")"
    }

    /// The areas and indicators of the rows in one load and not the other.
    static func change(_ old: [FigureRow], _ new: [FigureRow]) -> TableChange {
        let changed = Set(old).symmetricDifference(Set(new))
        return changed.isEmpty ? .none : .figures(areas: Set(changed.map(\.area)), indicators: Set(changed.map(\.indicator)))
    }
}
