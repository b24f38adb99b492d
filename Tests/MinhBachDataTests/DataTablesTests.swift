import Foundation
@testable import MinhBachData
import Testing

/// Every table is declared once (`DataTables`), and every use of the
/// tables loops over the declarations: these tests check that each
/// declaration gives each use what it needs, so a new table that misses
/// one fails here rather than silently on a site.
@Suite struct DataTablesTests {
    static let names = DataTables.all.map(\.name)

    @Test func namesAreUnique() {
        #expect(Set(Self.names).count == Self.names.count, "\(Self.names)")
    }

    /// The loader reads the tables step by step and ranks their problems in
    /// declaration order: a table comes after every table it refers to.
    @Test(arguments: names)
    func referredTablesAreLoadedFirst(_ name: String) throws {
        let table = try #require(DataTables.named(name))
        let position = try #require(Self.names.firstIndex(of: name))
        for other in table.refersTo {
            let referred = try #require(DataTables.named(other), "\(name) refers to an undeclared table '\(other)'")
            #expect(referred.step < table.step, "\(name) refers to \(other), which is not loaded in an earlier step")
            #expect(Self.names.firstIndex(of: other)! < position, "\(other) is declared after \(name), which refers to it")
        }
    }

    @Test func stepsFollowTheDeclarationOrder() {
        let steps = DataTables.all.map(\.step)
        #expect(steps == steps.sorted(), "\(zip(Self.names, steps).map { "\($0)=\($1)" })")
    }

    /// The base of the bad-data corpus has records in every table: each
    /// table is found, read, kept in the data set and counted.
    @Test(arguments: names)
    func everyTableIsLoadedAndCounted(_ name: String) throws {
        let (data, _) = DataFixtures.load(BadDataTests.base)
        let table = try #require(DataTables.named(name))
        #expect(table.count(in: data) > 0, "the loader kept no record of \(name)")
        #expect(data.counts.filter { $0.table == name }.map(\.records) == [table.count(in: data)])
    }

    @Test func everyTableIsPublishedOnce() {
        #expect(DataTables.published.map(\.name).sorted() == Self.names.sorted())
    }

    /// A file table has its sheet in the data-entry workbook, a folder has none.
    @Test(arguments: names)
    func fileTablesHaveAnEntrySheet(_ name: String) throws {
        let table = try #require(DataTables.named(name))
        switch table.source {
        case .file: #expect(table.entryTable?.name == name)
        case .folder: #expect(table.entryTable == nil)
        }
    }

    /// The open data has a file named after each table, with every column
    /// a record needs, so the files load back as a site's data.
    @Test(arguments: names)
    func everyTableIsOpenData(_ name: String) throws {
        let table = try #require(DataTables.named(name))
        let open = try #require(table.openData.first { $0.name == name }, "\(name) has no open-data table")
        let missing = table.columns.required.filter { !open.columns.contains($0) }
        #expect(missing.isEmpty, "\(name): the open data lacks \(missing)")
        #expect(Set(open.columns).count == open.columns.count, "\(name): a column is published twice")
    }

    /// Each open-data row has a cell for each column.
    @Test func openDataRowsMatchTheirColumns() {
        let (data, _) = DataFixtures.load(BadDataTests.base)
        for table in OpenDataTable.all {
            let rows = table.rows(data)
            #expect(rows.allSatisfy { $0.count == table.columns.count }, "\(table.name)")
        }
    }

    /// The preview renders pages again when a table changes: removing
    /// every record of a table is seen as a change.
    @Test(arguments: names)
    func everyTableIsWatched(_ name: String) throws {
        let (data, _) = DataFixtures.load(BadDataTests.base)
        let table = try #require(DataTables.named(name))
        #expect(table.changes(from: data, to: data) == .none)
        #expect(table.changes(from: data, to: DataSet()) != .none, "a change of \(name) renders no page again")
    }
}
