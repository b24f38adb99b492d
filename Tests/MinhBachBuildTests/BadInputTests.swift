import Foundation
import MinhBachBuild
import MinhBachDiagnostics
import Testing

/// The corpus of broken sites in `Fixtures/bad/`: each case folder is laid
/// over `_base/` (a minimal valid site), built, and must fail with exactly
/// the diagnostics in its `expected.txt`. A case may list paths of the base
/// to delete in `remove.txt`.
@Suite struct BadInputTests {
    static let corpus = Fixtures.root.appendingPathComponent("bad")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? [])
            .filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") }
            .sorted()
    }

    @Test func corpusHasTheCasesItShould() {
        #expect(Self.cases.count >= 60)
    }

    @Test(arguments: cases)
    func reportsExactlyTheExpectedDiagnostics(_ name: String) throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let site = scratch.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try Fixtures.copyContents(of: Self.corpus.appendingPathComponent("_base"), into: site)
        let caseFolder = Self.corpus.appendingPathComponent(name)
        try Fixtures.copyContents(of: caseFolder, into: site)
        if let removals = try? String(contentsOf: caseFolder.appendingPathComponent("remove.txt"), encoding: .utf8) {
            for path in removals.split(separator: "\n") { try FileManager.default.removeItem(at: site.appendingPathComponent(String(path))) }
        }
        for helper in ["expected.txt", "remove.txt"] { try? FileManager.default.removeItem(at: site.appendingPathComponent(helper)) }

        let output = scratch.appendingPathComponent("out")
        let report = Fixtures.build(site, output: output)
        #expect(!report.succeeded, "a broken site must not build")
        #expect(!FileManager.default.fileExists(atPath: output.path), "a failed build writes nothing")
        // As the terminal shows them: problems of one kind grouped.
        // A message from the catalogue in Vietnamese, then in English.
        let text = report.diagnostics.grouped().map { group in
            group.first.messageCode == nil ? group.formatted : group.formatted(in: .vi) + "\n" + group.formatted(in: .en)
        }.joined(separator: "\n") + "\n"
        Golden.assertMatches(text, file: caseFolder.appendingPathComponent("expected.txt"))
    }
}
