import Foundation
@testable import MinhBachData
import MinhBachDiagnostics
import MinhBachText
import Testing

/// The corpus of broken data folders in `Fixtures/bad/`: each case folder is
/// laid over `_base/` (a small valid data folder: files of the same name
/// replace the base's), loaded, and must give exactly the diagnostics in its
/// `expected.txt`. A case may list base files to delete in `remove.txt`.
/// `MINHBACH_RECORD=1 swift test` rewrites the expectations (and fails).
@Suite struct BadDataTests {
    static let corpus = DataFixtures.root.appendingPathComponent("bad")
    static let base = corpus.appendingPathComponent("_base")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? [])
            .filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") }
            .sorted()
    }

    /// `_base` with the case laid over it, in a scratch folder.
    static func assemble(_ name: String) throws -> URL {
        let folder = DataFixtures.scratch()
        try DataFixtures.copyContents(of: base, into: folder)
        let caseFolder = corpus.appendingPathComponent(name)
        try DataFixtures.copyContents(of: caseFolder, into: folder)
        if let removals = try? String(contentsOf: caseFolder.appendingPathComponent("remove.txt"), encoding: .utf8) {
            for path in removals.split(separator: "\n") { try FileManager.default.removeItem(at: folder.appendingPathComponent(String(path))) }
        }
        for helper in ["expected.txt", "remove.txt"] { try? FileManager.default.removeItem(at: folder.appendingPathComponent(helper)) }
        return folder
    }

    @Test func corpusHasTheCasesItShould() {
        #expect(Self.cases.count >= 32)
    }

    @Test(arguments: cases)
    func reportsExactlyTheExpectedDiagnostics(_ name: String) throws {
        let folder = try Self.assemble(name)
        defer { DataFixtures.remove(folder) }
        let (_, diagnostics) = DataFixtures.load(folder)
        #expect(!diagnostics.isEmpty, "every case of the corpus has something to report")
        #expect(diagnostics == diagnostics.sortedCauseFirst(), "diagnostics come causes first: tables in dependency order, then by line")
        Golden.assertMatches(DataFixtures.text(diagnostics), file: Self.corpus.appendingPathComponent("\(name)/expected.txt"))
    }

    /// Cases with warnings only: the data is still read, as the warnings say.
    @Test func warningsLeaveTheDataUsable() throws {
        let (base, _) = DataFixtures.load(Self.base)

        let padded = try Self.assemble("leading-zeros-in-areas")
        defer { DataFixtures.remove(padded) }
        let (areas, areaProblems) = DataFixtures.load(padded)
        #expect(!areaProblems.hasErrors)
        #expect(areaProblems.count == 6)
        #expect(areas.areas == base.areas)
        #expect(areas.areas.map(\.parent) == [nil, "06", "058", "058", "058", nil, "19", "19"])
        #expect(areas.recordCount == base.recordCount)

        let references = try Self.assemble("leading-zeros-in-references")
        defer { DataFixtures.remove(references) }
        let (referring, referenceProblems) = DataFixtures.load(references)
        #expect(!referenceProblems.hasErrors)
        #expect(referring.observations.map(\.area) == [AreaKey(.legacy, "06"), AreaKey(.legacy, "01834")])
        #expect(referring.agencies.map(\.area) == [AreaKey(.legacy, "06"), AreaKey(.legacy, "058")])

        let deadlines = try Self.assemble("task-deadline-unparseable")
        defer { DataFixtures.remove(deadlines) }
        let (tasks, taskProblems) = DataFixtures.load(deadlines)
        #expect(!taskProblems.hasErrors)
        #expect(tasks.tasks.map(\.deadline) == [nil, CalendarDate(year: 2025, month: 1, day: 15)])
        #expect(tasks.tasks.map(\.ongoing) == [false, false])

        let unknown = try Self.assemble("unknown-column")
        defer { DataFixtures.remove(unknown) }
        let (columns, columnProblems) = DataFixtures.load(unknown)
        #expect(!columnProblems.hasErrors)
        #expect(columns.observations.map(\.source) == [nil])
        #expect(columns.agencies.map(\.nameEN) == [nil, nil])
    }

    @Test func theBaseLoadsWithoutDiagnostics() throws {
        let (data, diagnostics) = DataFixtures.load(Self.base)
        #expect(DataFixtures.text(diagnostics) == "\n")
        #expect(data.counts.map { "\($0.table)=\($0.records)" } == [
            "areas=8", "area_conversions=4", "programs=1", "indicators=2", "observations=5", "targets=1", "documents=2",
            "agencies=2", "tasks=1", "atk=1", "heritage=1", "ntm_criteria=19", "ntm=2", "poverty_standards=1",
        ])
        #expect(data.recordCount == 50)
    }
}
