/// Bounds on what a workbook may make the reader do, so that a hostile or
/// broken file (a zip bomb, millions of shared strings, XML nested without
/// end) is refused with a located error instead of taking the machine's
/// memory or minutes of time. Each is far above any office's real workbook.
enum WorkbookLimits {
    /// Bytes of one part held whole once uncompressed (the shared strings,
    /// the styles, the workbook's sheet list).
    static let maxPartBytes = 200 << 20
    /// Bytes of one sheet once uncompressed. A sheet is read as it is
    /// uncompressed and never held whole, so this bounds the time a sheet
    /// takes (about 7 s a gigabyte here), not the memory: LibreOffice writes the
    /// 603,060 rows of the national observations as 221 MB of XML, and
    /// Excel's largest sheet (1,048,576 rows) takes more.
    static let maxSheetBytes = 1 << 30
    /// Bytes of one tag, text or comment: what the XML scanner keeps when
    /// the end of a piece cuts it. A cell holds at most 32,767 characters.
    static let maxTokenBytes = 16 << 20
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
    /// Shared formulas kept to name the one a cell is filled from (one per
    /// block filled down or across; a real sheet has a few hundred at most).
    static let maxSharedFormulas = 100_000
    /// Rows looked at for the header row before giving up.
    static let headerSearchRows = 50
}
