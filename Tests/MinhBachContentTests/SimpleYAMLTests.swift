@testable import MinhBachContent
import Testing
import Yams

/// `SimpleYAML` composes the usual front matter without libyaml. Whatever
/// it accepts, Yams must compose into the same nodes (strings, tags,
/// styles, marks); whatever Yams refuses, it must leave to Yams.
@Suite struct SimpleYAMLTests {
    /// A node written out whole, so that two trees compare on everything
    /// the readers use.
    private func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar):
            return "S[\(scalar.tag)|\(scalar.style.rawValue)|\(mark(scalar.mark))]\(scalar.string.debugDescription)"
        case .mapping(let mapping):
            let pairs = mapping.map { "\(describe($0.key))=\(describe($0.value))" }.joined(separator: ",")
            return "M[\(mapping.tag)|\(mapping.style.rawValue)|\(mark(mapping.mark))]{\(pairs)}"
        case .sequence(let sequence):
            return "L[\(sequence.tag)|\(sequence.style.rawValue)|\(mark(sequence.mark))](\(sequence.map(describe).joined(separator: ",")))"
        case .alias:
            return "A"
        }
    }

    private func mark(_ mark: Mark?) -> String { mark.map { "\($0.line):\($0.column)" } ?? "-" }

    /// nil: Yams refuses the text.
    private func yams(_ text: String) -> Node?? {
        do { return .some(try Yams.compose(yaml: text, .basic, .default, .utf8)) } catch { return .none }
    }

    /// Checks one text; true when the fast path took it.
    @discardableResult
    private func check(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        guard let fast = SimpleYAML.compose(text) else { return false }
        guard let composed = yams(text) else {
            Issue.record("Yams refuses what the fast path accepted: \(text.debugDescription)", sourceLocation: sourceLocation)
            return true
        }
        #expect(composed.map(describe) == describe(fast), "\(text.debugDescription)", sourceLocation: sourceLocation)
        return true
    }

    @Test func richFrontMatterTakesTheFastPath() {
        let text = """
            title: "Báo cáo kết quả thực hiện năm 2025 của xã Hóa 9999"
            date: 2025-04-28
            weight: -9999
            draft: false
            commune: 'Xã Hóa 9999'
            url: https://example.gov.vn/a:b#c
            indicators:
              ty_le_ngheo: 68.6
              nested:
                  deep: ~

              thu_nhap: 39.1
            # a comment line
            tags:
              - bào
              - "nghèo: #1"
            list_at_key_indent:
            - 1
            -   two words  
            empty_quoted: ""
            last: yes
            """
        #expect(check(text))
        #expect(check(text + "\n"))
    }

    @Test(arguments: [
        "a: b # comment", "a: |\n  x", "a: >\n  x", "a: [1, 2]", "a: {b: 1}", "a: &x 1\nb: *x", "a: !!str 1",
        "a: \"x\\ty\"", "a: 'it''s'", "a: x\n  continued", "a:\nb: 1", "a: 1\na: 2", "a: b: c", "a:\tb", "\ta: b",
        "a: \u{2028}", "a: \u{FEFF}x", "a: 😀", "---\na: b", "%YAML 1.1\n---\na: b", "a: b\n...", "  a: b", "- a\n- b",
        "a: \"open", "a: 'x' y", "? a\n: b", "a:b", "a :b", "-a: b", "a: - b", "a: @x", "a: `x`", "a:\n  - b\n  c: d",
        "a:\n  b: 1\n c: 2", "", "# only a comment", "a: x:", "a: \u{85}",
    ])
    func othersAreLeftToYams(_ text: String) {
        #expect(SimpleYAML.compose(text) == nil, "\(text.debugDescription)")
    }

    /// Documents of random lines from pieces near the subset's edges: most
    /// are refused by one or both, and every one the fast path takes is
    /// composed by Yams alike.
    @Test func agreesWithYamsOnGeneratedDocuments() {
        let keys = ["a", "title", "so_lieu", "x-y", "1", "yes", "b", "a"]
        let values = ["Xã Hòa Bình", "\"quoted: #x\"", "'single'", "'it''s'", "\"a\\\"b\"", "12", "-3.5", "~", "",
                      "a: b", "x #y", "a#b", "[1, 2]", "&a x", "*a", "!!str 1", "|", "2025-04-28", "https://a.vn/x",
                      "  ", "é\u{301}", "\u{2028}", "- x", "-1", "?x", ":x", "x:", "\"open", "'x' y", "NaN", "\u{A0}x\u{A0}",
                      "\"\"", "{a: 1}", "nghèo  đói", "\t", "1: 2", "#", "a ", "x\u{FEFF}"]
        let indents = ["", "", "", "  ", "  ", "    ", " "]
        var generator = SplitMix(seed: 1945)
        func pick<T>(_ items: [T]) -> T { items[Int(generator.next() % UInt64(items.count))] }
        var taken = 0
        let total = 20_000
        for _ in 0..<total {
            let count = Int(generator.next() % 8) + 1
            var lines: [String] = []
            for _ in 0..<count {
                let indent = pick(indents)
                switch generator.next() % 10 {
                case 0, 1, 2, 3: lines.append(indent + pick(keys) + ": " + pick(values))
                case 4, 5: lines.append(indent + pick(keys) + ":")
                case 6, 7: lines.append(indent + "- " + pick(values))
                case 8: lines.append(indent + "# " + pick(values))
                default: lines.append(indent)
                }
            }
            if check(lines.joined(separator: "\n") + pick(["", "\n"])) { taken += 1 }
        }
        #expect(taken > 0)
    }

    /// Documents in the subset, groups and lists nested at random indents
    /// with values of every style: the fast path takes most of them, and
    /// Yams composes each alike.
    @Test func agreesWithYamsOnGeneratedFrontMatter() {
        let values = ["Xã Hòa Bình", "\"quoted: #x\"", "'single # not a comment'", "12", "-3.5", "~", "yes", "2025-04-28",
                      "https://a.vn/x?a=1#top", "a#b", "nghèo  đói", "\"\"", "''", "x, y [z] {w}", "1:30", "<<", "Tỉnh \u{A0}Kế",
                      "\"Đ\"", "e\u{301}", "a - b", "'\"'", "\"'\""]
        var documents = GeneratedFrontMatter(seed: 2026, keys: ["title", "a", "so_lieu", "ty-le", "x1", "_b", "2025", "null"],
                                             values: values)
        var taken = 0
        let total = 5_000
        for _ in 0..<total {
            let lines = documents.document()
            if check(lines.joined(separator: "\n") + documents.pick(["", "\n", "\n\n"])) { taken += 1 }
        }
        #expect(taken > total / 2, "\(taken) of \(total)")
    }
}
