/// When a table is read: a table is read after every table it refers to
/// (a test checks `refersTo` against the steps), so that references are
/// checked against tables already loaded. Tables of one step are read
/// side by side.
enum LoadStep: Int, Sendable, CaseIterable, Comparable {
    /// Tables that refer to nothing: areas, documents, the NTM criteria.
    case keys
    /// Tables that refer only to areas and documents.
    case placesAndDocuments
    /// Tables that refer to programmes: indicators.
    case programmes
    /// The figures, by far the largest table: read alone, on every core.
    case figures
    /// Everything else, side by side.
    case rest

    static func < (a: LoadStep, b: LoadStep) -> Bool { a.rawValue < b.rawValue }
}

/// The sections of docs/DATA.md. Published tables (the counts of
/// `minhbach check`, the open-data files) are grouped by section, those
/// others refer to first within a section.
enum DataTopic: Int, Sendable, CaseIterable, Comparable {
    case places, programmes, governance, ruralDevelopment, povertyStandards

    static func < (a: DataTopic, b: DataTopic) -> Bool { a.rawValue < b.rawValue }
}
