/// Every table of the data folder, in the order they are loaded: those
/// others refer to first. Problems are reported in this order, so that a
/// cause comes before the problems it causes in the tables that refer to
/// it; the data-entry workbook has its sheets in this order.
///
/// Adding a table: one file in this folder declaring it, its line here,
/// and its section in docs/DATA.md (docs/ARCHITECTURE.md, "Add a table").
enum DataTables {
    static let all: [any AnyTableDescription] = [
        areas, documents, ntmCriteria, programs, agencies, areaConversions, indicators,
        observations, targets, tasks, atk, heritage, ntm, povertyStandards, programBudgets,
    ]

    /// The tables as published (the counts of `minhbach check`, the
    /// open-data files): by section of docs/DATA.md, and within a section
    /// in loading order.
    static let published: [any AnyTableDescription] = all.enumerated()
        .sorted { ($0.element.topic, $0.offset) < ($1.element.topic, $1.offset) }.map(\.element)

    static func named(_ name: String) -> (any AnyTableDescription)? { all.first { $0.name == name } }

    /// The names of the tables kept in one file each (all but folders).
    static var fileTableNames: [String] { all.filter { $0.source == .file }.map(\.name) }
    static var folderNames: [String] { all.filter { $0.source == .folder }.map(\.name) }
}
