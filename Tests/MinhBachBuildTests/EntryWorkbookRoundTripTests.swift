import Foundation
@testable import MinhBachBuild
import MinhBachData
import MinhBachDiagnostics
import Testing

/// The example site builds to the same bytes, every file, from its CSV/YAML
/// tables, from the data-entry workbook `minhbach workbook` makes of them,
/// and from the workbooks LibreOffice saved of its CSV tables.
@Suite struct EntryWorkbookRoundTripTests {
    static let exampleContent = HostileSite.exampleContent
    /// Made by Tests/MinhBachDataTests/Fixtures/xlsx/make-fixtures.py: one
    /// workbook per CSV table, saved by LibreOffice.
    static let libreOfficeWorkbooks = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("MinhBachDataTests/Fixtures/xlsx/example")

    /// The example site with its data folder changed by `prepare`, built;
    /// every output file by path. The build must have no errors.
    static func built(_ name: String, prepare: (_ site: URL) throws -> Void) throws -> [String: Data] {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let site = scratch.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("content"), withIntermediateDirectories: true)
        try Fixtures.copyContents(of: exampleContent, into: site.appendingPathComponent("content"))
        try prepare(site)
        let output = scratch.appendingPathComponent("site-out")
        let report = Fixtures.build(site, output: output)
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(name): \(errors.map(\.formatted))")
        return Fixtures.snapshot(output)
    }

    /// The paths of the files that differ or are in one tree only.
    static func differences(_ left: [String: Data], _ right: [String: Data]) -> [String] {
        Set(left.keys).union(right.keys).filter { left[$0] != right[$0] }.sorted()
    }

    @Test func exampleBuildsTheSameFromEveryForm() async throws {
        let fromTables = try await offThePool { try Self.built("tables") { _ in } }
        let fromWorkbook = try await offThePool {
            try Self.built("workbook") { site in
                let data = site.appendingPathComponent("content/data")
                let written = EntryWorkbookExport(source: site)
                    .write(to: data.appendingPathComponent(EntryWorkbookExport.fileName), displayOutput: "du-lieu.xlsx", force: false)
                let summary = try written.get()
                #expect(summary.errors == 0 && summary.sheets == EntryTables.all.count)
                #expect(summary.sources.count == 13, "every table's file is replaced")
                for path in summary.sources { try FileManager.default.removeItem(at: site.appendingPathComponent(path)) }
            }
        }
        let fromLibreOffice = try await offThePool {
            try Self.built("LibreOffice") { site in
                let data = site.appendingPathComponent("content/data")
                for name in try FileManager.default.contentsOfDirectory(atPath: Self.libreOfficeWorkbooks.path) where name.hasSuffix(".xlsx") {
                    let table = (name as NSString).deletingPathExtension
                    try FileManager.default.removeItem(at: data.appendingPathComponent("\(table).csv"))
                    try FileManager.default.copyItem(at: Self.libreOfficeWorkbooks.appendingPathComponent(name), to: data.appendingPathComponent(name))
                }
            }
        }
        #expect(fromTables.count > 100)
        #expect(Self.differences(fromWorkbook, fromTables) == [])
        #expect(Self.differences(fromLibreOffice, fromTables) == [])
    }
}
