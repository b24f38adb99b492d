@testable import MinhBachContent
import MinhBachDiagnostics
import Testing

/// Front matter that `SimpleYAML` reads is read from its values, without
/// Yams nodes; everything else from nodes. For any text, both readings
/// must give the same `FrontMatter` (params, their types and places, the
/// known keys) and the same diagnostics, words and places included.
@Suite struct FrontMatterValuesTests {
    private let path = "content/bao-cao/2024.md"

    /// Checks one text; true when the values path took it.
    @discardableResult
    private func check(_ yaml: String, firstLine: Int = 2, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        var fast = FrontMatterParser.parse(yaml, path: path, firstLine: firstLine)
        var nodes = FrontMatterParser.parseNodes(yaml, reader: YAMLReader(path: path, firstLine: firstLine))
        fast.0.params = fast.0.params.mapValues(comparable)
        nodes.0.params = nodes.0.params.mapValues(comparable)
        #expect(fast.0 == nodes.0, "\(yaml.debugDescription)", sourceLocation: sourceLocation)
        #expect(fast.1 == nodes.1, "\(yaml.debugDescription)", sourceLocation: sourceLocation)
        #expect(fast.0.paramLocations == nodes.0.paramLocations, "\(yaml.debugDescription)", sourceLocation: sourceLocation)
        return SimpleYAML.values(yaml) != nil
    }

    /// NaN is not equal to itself; a marker for it is.
    private func comparable(_ value: ParamValue) -> ParamValue {
        switch value {
        case .double(let number) where number.isNaN: .string("NaN, \(number.sign)")
        case .list(let items): .list(items.map(comparable))
        case .map(let items): .map(items.mapValues(comparable))
        case .string, .int, .double, .bool, .null: value
        }
    }

    /// Scalars whose YAML type is easy to get wrong: YAML 1.1 booleans and
    /// nulls, numbers only Yams converts, numbers Yams does not read as
    /// numbers, quoted look-alikes that stay text.
    static let trickyScalars = [
        "yes", "No", "ON", "off", "True", "FALSE", "y", "n", "~", "null", "Null", "NULL", "0x1F", "-0x1f", "0b101", "0o17",
        "017", "08", "1_000", "1__0", "-1_000.5", "1:30", "1:30.5", "190:20:30", ".inf", "-.Inf", "+.INF", ".nan", ".NaN",
        "-0", "+0", "0", "-0.0", "+12", "-12", "12", "3.5", "1e5", "1E+5", "1.5e-3", ".5", "1.", "12abc", "9223372036854775808",
        "-9223372036854775809", "1e400", "2025-04-28", "04/02/2025", "2025-02-30", "'yes'", "\"12\"", "\"\"", "''", "'~'",
        "\"-0\"", "'0x1F'", "Báo cáo năm 2024", "'!!!'", "x: y", "a#b", "https://a.vn/x#top", "<<", "=", "Xã  Hòa",
    ]

    @Test func knownKeysAndParametersAgreeOnTrickyScalars() {
        var taken = 0
        for key in ["title", "description", "date", "draft", "weight", "slug", "layout", "nam", "so_lieu"] {
            for value in Self.trickyScalars {
                if check("\(key): \(value)\n") { taken += 1 }
                if check("\(key):\n  - \(value)\n  - 2\n", firstLine: 5) { taken += 1 }
                if check("\(key):\n  a: \(value)\n  b:\n    c: \(value)\n") { taken += 1 }
            }
        }
        #expect(taken > 1_000, "\(taken)")
    }

    /// Documents of known keys and parameters, nested at random indents,
    /// values of every kind; most are read from values, some (`official:`,
    /// what SimpleYAML refuses) from nodes, and both readings agree.
    @Test func agreesWithNodesOnGeneratedFrontMatter() {
        let keys = ["title", "description", "date", "draft", "weight", "slug", "layout", "nam", "so_lieu", "ty-le", "x1", "2025",
                    "official", "tags"]
        let values = Self.trickyScalars + ["a: b # comment", "[1, 2]", "{a: 1}", "&x 1", "!!str 1", "\"a\\tb\""]
        var documents = GeneratedFrontMatter(seed: 1976, keys: keys, nestedKeys: ["a", "b", "c", "title", "ten"], values: values)
        var taken = 0
        let total = 4_000
        for _ in 0..<total {
            let lines = documents.document()
            if check(lines.joined(separator: "\n") + "\n", firstLine: documents.pick([2, 3, 4])) { taken += 1 }
        }
        #expect(taken > total / 4, "\(taken) of \(total)")
    }

    /// The values path reports wrong types with the node path's words and
    /// places; spelled out so that a change to both is seen too.
    @Test func wrongTypesAreReportedAsBefore() {
        let (matter, diagnostics) = FrontMatterParser.parse("""
            title:
              - a
            draft: 'yes'
            weight: 1.5
            date: ~
            nam: 2025
            """, path: path, firstLine: 2)
        #expect(SimpleYAML.values("draft: 'yes'") != nil)
        #expect(diagnostics.map(\.location) == [
            SourceLocation(path: path, line: 3, column: 3), SourceLocation(path: path, line: 4, column: 8),
            SourceLocation(path: path, line: 5, column: 9), SourceLocation(path: path, line: 6, column: 7),
        ])
        #expect(diagnostics.map(\.messageCode) == [
            MessageCode.content(.frontMatterNotText), .content(.draftNotTrueOrFalse), .content(.weightNotAWholeNumber),
            .content(.frontMatterNotText),
        ])
        #expect(!matter.isValid)
        #expect(matter.params == ["nam": .int(2025)])
        #expect(matter.paramLocations["nam"] == SourceLocation(path: path, line: 7, column: 6))
    }
}
