/// Bounds on what a workbook may make the reader do, so that a hostile or
/// broken file (a zip bomb, millions of shared strings, XML nested without
/// end) is refused with a located error instead of taking the machine's
/// memory or minutes of time. Each is far above any office's real workbook.
enum WorkbookLimits {
    /// Bytes of one part (a sheet, the shared strings) once uncompressed.
    static let maxPartBytes = 200 << 20
    /// A part above this size whose compressed form is more than
    /// `maxRatio` times smaller is a zip bomb: real sheets compress 5-20 times.
    static let ratioCheckedAbove = 10 << 20
    static let maxRatio = 200
    /// Entries in the shared-string table.
    static let maxSharedStrings = 2_000_000
    /// Nesting of XML elements: a sheet is six deep.
    static let maxXMLDepth = 64
    /// Excel's own bounds on a sheet.
    static let maxRow = 1_048_576
    static let maxColumn = 16_384
    /// Cells of merged ranges looked at for values typed once over several rows.
    static let maxMergedCells = 1_000_000
    /// Rows looked at for the header row before giving up.
    static let headerSearchRows = 50
}
