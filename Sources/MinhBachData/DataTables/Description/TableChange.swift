/// What changed in one table between two loads of the data, as the
/// preview needs it to know which pages to render again.
public enum TableChange: Sendable, Equatable {
    case none
    /// Figures of these areas and indicators: their pages (and the areas'
    /// parents and children, which charts show), the reports and the lists.
    case figures(areas: Set<AreaKey>, indicators: Set<String>)
    /// Any data page may show the table.
    case everyDataPage
}

extension TableChange {
    /// The change of each table between two loads of the data.
    public static func all(from old: DataSet, to new: DataSet) -> [TableChange] {
        DataTables.all.map { $0.changes(from: old, to: new) }
    }
}
