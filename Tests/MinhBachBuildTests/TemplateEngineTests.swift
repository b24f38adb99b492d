import Foundation
@testable import MinhBachBuild
import MinhBachTemplates
import Testing

/// Whole sites built with the compiled template renderer and with
/// swift-mustache give the same files, byte for byte: the fixture sites
/// of the golden pages and the example site (every layout, partial and
/// data page template of the built-in theme).
@Suite struct TemplateEngineTests {
    static let repository = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Under the sanitizers (`make asan`, `make tsan`) the example site is
    /// left out: comparing output is the normal run's job, and building it
    /// twice there took minutes. Other tests build it under the sanitizers.
    static let sites = ["basic", "data"] + (ProcessInfo.processInfo.environment["MINHBACH_SANITIZER"] == nil ? ["example"] : [])

    @Test(arguments: sites)
    func bothRenderersBuildTheSameSite(_ name: String) async throws {
        let source = name == "example" ? Self.repository : Fixtures.site(name)
        let (compiled, reference) = try await offThePool {
            let scratch = Fixtures.scratch()
            defer { Fixtures.remove(scratch) }
            var outputs: [[String: Data]] = []
            for engine in [TemplateEngine.compiled, .swiftMustache] {
                let output = scratch.appendingPathComponent("\(engine)")
                var options = BuildOptions(source: source, output: output)
                options.templateEngine = engine
                let report = SiteBuilder().build(options)
                #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
                outputs.append(Fixtures.snapshot(output))
            }
            return (outputs[0], outputs[1])
        }
        #expect(compiled.count > 10)
        #expect(Set(compiled.keys) == Set(reference.keys))
        let different = compiled.keys.filter { compiled[$0] != reference[$0] }.sorted()
        #expect(different == [], "files that differ between the two renderers")
    }
}
