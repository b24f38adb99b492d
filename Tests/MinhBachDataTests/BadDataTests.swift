import Foundation
@testable import MinhBachData
import MinhBachDiagnostics
import MinhBachText
import Testing

/// The corpus of broken data folders in `Fixtures/bad/`: each case folder is
/// laid over `_base/` (a small valid data folder: files of the same name
/// replace the base's), loaded, and must give exactly the output in its
/// `expected.txt` (grouped as the terminal shows it). A case may list base
/// files to delete in `remove.txt`. A case with an `edits.json` is instead
/// one mistake made in the example site's data (`content/data`): a cascade
/// case, whose whole output must start with the cause and stay short.
/// `MINHBACH_RECORD=1 swift test` rewrites the expectations (and fails).
@Suite struct BadDataTests {
    static let corpus = DataFixtures.root.appendingPathComponent("bad")
    static let base = corpus.appendingPathComponent("_base")
    static let helperFiles = ["expected.txt", "remove.txt", "edits.json"]

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? [])
            .filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") }
            .sorted()
    }

    /// `_base` with the case laid over it, or the example data with the
    /// case's edits made, in a scratch folder.
    static func assemble(_ name: String) throws -> URL {
        let folder = DataFixtures.scratch()
        let caseFolder = corpus.appendingPathComponent(name)
        if let edits = try CascadeEdit.load(caseFolder) {
            try DataFixtures.copyContents(of: DataFixtures.exampleData, into: folder)
            for edit in edits { try edit.apply(in: folder) }
            return folder
        }
        try DataFixtures.copyContents(of: base, into: folder)
        try DataFixtures.copyContents(of: caseFolder, into: folder)
        if let removals = try? String(contentsOf: caseFolder.appendingPathComponent("remove.txt"), encoding: .utf8) {
            for path in removals.split(separator: "\n") { try FileManager.default.removeItem(at: folder.appendingPathComponent(String(path))) }
        }
        for helper in helperFiles { try? FileManager.default.removeItem(at: folder.appendingPathComponent(helper)) }
        return folder
    }

    @Test func corpusHasTheCasesItShould() {
        #expect(Self.cases.count >= 32)
        // Workbooks, one problem a case (Fixtures/xlsx/make-fixtures.py).
        #expect(Self.cases.filter { $0.hasPrefix("xlsx-") }.count >= 22)
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

    static var cascadeCases: [String] {
        cases.filter { FileManager.default.fileExists(atPath: corpus.appendingPathComponent("\($0)/edits.json").path) }
    }

    /// One mistake in the example data: however many records it breaks, the
    /// output names the mistake first and stays short enough to read.
    @Test(arguments: cascadeCases)
    func aCascadeStartsWithItsCauseAndStaysShort(_ name: String) throws {
        let folder = try Self.assemble(name)
        defer { DataFixtures.remove(folder) }
        let (_, diagnostics) = DataFixtures.load(folder)
        // As a reader sees them: in one language (the corpus shows both).
        let lines = diagnostics.grouped().map { $0.formatted(in: .vi) }.joined(separator: "\n").split(separator: "\n")
        let cause = try #require(try CascadeEdit.load(Self.corpus.appendingPathComponent(name))?.first)
        #expect(lines.prefix(5).contains { $0.hasPrefix("content/data/\(cause.file):\(cause.causeLine)") },
                "the cause is within the first five lines")
        #expect(lines.count <= 10, "at most ten lines in all, found \(lines.count)")
    }

    @Test func corpusHasTheCascadeCases() {
        #expect(Self.cascadeCases.count >= 6)
    }

    /// Cases with warnings only: the data is still read, as the warnings say.
    @Test func warningsLeaveTheDataUsable() throws {
        let (base, _) = DataFixtures.load(Self.base)

        let padded = try Self.assemble("leading-zeros-in-areas")
        defer { DataFixtures.remove(padded) }
        let (areas, areaProblems) = DataFixtures.load(padded)
        #expect(!areaProblems.hasErrors)
        #expect(areaProblems.count == 3)   // one notice a column: code, district parent, commune parent
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
            "areas=8", "area_conversions=4", "programs=1", "indicators=2", "observations=5", "targets=1", "program_budgets=2",
            "documents=2", "agencies=2", "tasks=1", "atk=1", "heritage=1", "ntm_criteria=19", "ntm=2", "poverty_standards=1",
        ])
        #expect(data.recordCount == 52)
    }
}

/// One change to a file of the example data, for a cascade case: `find`
/// must occur exactly once and becomes `replace` (an empty `find` appends).
/// `causeLine` is the line of the resulting file that the cause is reported on.
struct CascadeEdit: Decodable {
    var file: String
    var find: String
    var replace: String
    var causeLine: Int

    static func load(_ caseFolder: URL) throws -> [CascadeEdit]? {
        let url = caseFolder.appendingPathComponent("edits.json")
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try JSONDecoder().decode([CascadeEdit].self, from: data)
    }

    func apply(in folder: URL) throws {
        let url = folder.appendingPathComponent(file)
        var text = try String(contentsOf: url, encoding: .utf8)
        if find.isEmpty {
            text += replace
        } else {
            let occurrences = text.components(separatedBy: find).count - 1
            guard occurrences == 1 else { throw CascadeEditError.notFoundOnce(file: file, find: find, occurrences: occurrences) }
            text = text.replacingOccurrences(of: find, with: replace)
        }
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
}

enum CascadeEditError: Error {
    case notFoundOnce(file: String, find: String, occurrences: Int)
}
