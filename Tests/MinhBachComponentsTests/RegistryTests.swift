import Foundation
import MinhBachCharts
@testable import MinhBachComponents
import MinhBachDiagnostics
import Testing

/// The component and chart-type registries: every declaration is used, a
/// component declared elsewhere plugs in, and the docs list them all.
@Suite struct RegistryTests {
    /// A component declared outside the library, as a new one would be.
    enum Notice: Component {
        static let name = "notice"
        static let settings: [ComponentSetting] = [.init("text", .text), .init("year", .year)]

        static func render(_ block: inout Block) -> String {
            guard let text = block.text("text") else {
                _ = block.require("text", example: "text: Lịch tiếp công dân")
                return ""
            }
            let year = block.year("year").map { " (\($0))" } ?? ""
            return "<p class=\"mb-notice\">\(HTML.escape(text + year))</p>\n"
        }
    }

    static let registry = ComponentRegistry.standard.adding(Notice.self)

    static func render(_ info: String, _ body: String) -> (html: String?, diagnostics: [Diagnostic]) {
        let renderer = ComponentRenderer(environment: Fixture.environment(), sourcePath: "content/xa/a.md", lineOffset: 5,
                                         registry: registry)
        let html = renderer.html(forBlock: info, body: body, line: 3)
        return (html, renderer.diagnostics)
    }

    /// Where each problem is, how grave, and whether its hint names `suggested`
    /// (the wording itself is the message catalogue's).
    static func problems(_ info: String, _ body: String, suggesting suggested: String? = nil) -> [String] {
        render(info, body).diagnostics.map { problem in
            let named = suggested.map { word in (problem.hint ?? "").contains("'\(word)'") ? " '\(word)'" : " (no '\(word)')" } ?? ""
            return "\(problem.location.description) \(problem.severity.rawValue)" + named
        }
    }

    @Test func namesAreUnique() {
        let names = ComponentRegistry.standard.names
        #expect(Set(names).count == names.count)
        #expect(ComponentRenderer.componentNames == names)
        for component in ComponentRegistry.standard.components {
            let keys = component.settings.map(\.key)
            #expect(Set(keys).count == keys.count, "\(component.name)")
        }
    }

    /// A declared key the renderer never asks for would be accepted
    /// silently and do nothing. Renderers stop reading at conflicting keys,
    /// so each key counts as read when a body with all keys, or with that
    /// key alone, asks for it.
    @Test func everyComponentReadsEveryKeyItDeclares() {
        for component in ComponentRegistry.standard.components + [Notice.self] {
            let keys = component.settings.map(\.key)
            var read = Set<String>()
            for body in [keys] + keys.map({ [$0] }) {
                let source = BlockSource(component: component.name, body: body.map { "\($0): x\n" }.joined(),
                                         path: "content/xa/a.md", fenceLine: 7)
                guard case .success(let root) = source.parse() else {
                    Issue.record("the body of '\(component.name)' does not parse")
                    continue
                }
                var block = Block(source: source, environment: Fixture.environment(), root: root, settings: component.settings)
                _ = component.render(&block)
                read.formUnion(block.keysRead.keys)
            }
            let unread = keys.filter { !read.contains($0) }
            #expect(unread.isEmpty, "'\(component.name)' declares \(unread) but does not read them")
        }
    }

    @Test func aComponentDeclaredElsewherePlugsIn() {
        let result = Self.render("notice", "text: Tiếp công dân <thứ Năm>\nyear: 2025\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.html == "<p class=\"mb-notice\">Tiếp công dân &lt;thứ Năm&gt; (2025)</p>\n")
    }

    @Test func itsSettingsAreCheckedAsDeclared() {
        #expect(Self.problems("notice", "text: Lịch\nyeer: 2025\n", suggesting: "year") == ["content/xa/a.md:9:1 warning 'year'"])
        #expect(Self.problems("notice", "text: Lịch\nyear: 25\n") == ["content/xa/a.md:9:7 error"])
        #expect(Self.problems("notice", "", suggesting: "text: Lịch tiếp công dân") == ["content/xa/a.md:7:1 error 'text: Lịch tiếp công dân'"])
    }

    @Test func aMisspeltNameIsAnsweredWithTheRegisteredOnes() {
        #expect(Self.problems("notce", "text: a\n", suggesting: "notice") == ["content/xa/a.md:7:1 error 'notice'"])
        #expect(Self.problems("chrt", "", suggesting: "chart") == ["content/xa/a.md:7:1 error 'chart'"])
        #expect(Self.render("python", "print(1)\n").html == nil)
    }

    /// Each chart type is a word of `type:`, drawn as its own kind.
    @Test(arguments: ChartSpec.Kind.allCases)
    func everyChartTypeIsAWordOfTheChartBlock(kind: ChartSpec.Kind) throws {
        let options = try #require(ChartComponent.settings.first { $0.key == "type" }).options
        #expect(options == ChartSpec.Kind.allCases.map(\.rawValue))
        let period = switch kind.categories {
        case .years: "years: 2021-2024"
        case .areas: "year: 2024"
        }
        let result = Fixture.render("chart", "indicator: poverty_rate\nareas: [this, parent]\n\(period)\ntype: \(kind.rawValue)\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.html?.contains("class=\"mb-chart mb-chart--\(kind.rawValue)\"") == true)
        // Its spoken description names the kind in words, not by a missing string's key.
        #expect(result.html?.contains("chart_\(kind.rawValue)") == false)
    }

    /// A chart of years with one `year:` is an error at `type`, in Vietnamese and English.
    @Test func aColumnChartTakesYears() {
        let result = Fixture.render("chart", "indicator: poverty_rate\nyear: 2024\ntype: column\n")
        #expect(result.diagnostics.map(\.location.description) == ["content/xa/a.md:10:7"])
        #expect(result.diagnostics.map(\.messageCode) == [.components(.chartTakesYears)])
        #expect(result.diagnostics.first?.message(in: .vi) == "Biểu đồ 'column' thể hiện một khoảng năm, còn 'year' chỉ là một năm")
        #expect(result.diagnostics.first?.message(in: .en) == "a 'column' chart shows a range of years, and 'year' gives one")
        #expect(result.diagnostics.first?.hint(in: .vi) == "Hãy viết 'years: 2021-2025' thay cho 'year', hoặc 'type: bar'")
    }

    /// docs/PAGES.md lists every component, each of its keys and every chart type.
    @Test func theDocsListEveryComponentAndChartType() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/PAGES.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let rows = text.components(separatedBy: "\n").filter { $0.hasPrefix("| `") }
        for component in ComponentRegistry.standard.components {
            let row = rows.first { $0.hasPrefix("| `\(component.name)` |") }
            #expect(row != nil, "docs/PAGES.md has no row for '\(component.name)'")
            for setting in component.settings {
                #expect(row?.contains("`\(setting.key)`") == true, "docs/PAGES.md: '\(component.name)' does not list '\(setting.key)'")
            }
        }
        let chartRow = rows.first { $0.hasPrefix("| `chart` |") } ?? ""
        for kind in ChartSpec.Kind.allCases {
            #expect(chartRow.contains("`\(kind.rawValue)`"), "docs/PAGES.md: the chart row does not list type '\(kind.rawValue)'")
        }
    }
}
