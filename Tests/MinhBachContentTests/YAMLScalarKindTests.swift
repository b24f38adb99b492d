import MinhBachContent
import Testing
import Yams

/// `YAMLScalarKind` decides by bytes what Yams' default resolver decides by
/// regular expressions; both must agree on every plain scalar.
@Suite struct YAMLScalarKindTests {
    /// What Yams' default rules make of a plain scalar, in our kinds.
    private func yamsKind(_ text: String) -> YAMLScalarKind {
        switch Resolver.default.resolveTag(of: Node(text)) {
        case .null: .null
        case .bool: .bool
        case .int: .int
        case .float: .float
        default: .string
        }
    }

    @Test(arguments: [
        ("yes", YAMLScalarKind.bool), ("Off", .bool), ("TRUE", .bool), ("tRue", .string), ("y", .string),
        ("0", .int), ("-12", .int), ("1_000", .int), ("0b101", .int), ("0o17", .int), ("017", .int), ("0x1F", .int),
        ("190:20:30", .int), ("08", .float), ("09", .float), ("0x", .string), ("0b", .string),
        ("1.5", .float), ("-.5", .string), (".5", .float), ("1e5", .float), ("1.2e-3", .float), (".5e+3", .float), (".5e3", .string),
        ("1:30.5", .float), (".inf", .float), ("-.Inf", .float), (".NaN", .float), ("-.nan", .string), ("1e", .string),
        ("", .null), ("~", .null), ("Null", .null), ("nULL", .string),
        ("2025-07-01", .string), ("<<", .string), ("=", .string), ("12,5", .string), ("Xã Hòa Bình", .string), ("1 000", .string),
    ])
    func knownScalars(_ text: String, _ kind: YAMLScalarKind) {
        #expect(YAMLScalarKind.resolving(plain: text) == kind, "\(text)")
        #expect(yamsKind(text) == kind, "Yams: \(text)")
    }

    /// Strings made of the characters the rules look at, in every order a
    /// seeded generator gives: the two must agree on all of them.
    @Test func agreesWithYamsOnGeneratedScalars() {
        let pieces = ["0", "1", "5", "7", "8", "9", "_", ".", ":", "-", "+", "e", "E", "x", "o", "b", "a", "F",
                      "inf", "nan", "NaN", "Inf", "~", "null", "yes", "on", "T", "Z", " ", "2025-", "12"]
        var generator = SplitMix(seed: 2025)
        var disagreements: [String] = []
        for _ in 0..<20_000 {
            let length = Int(generator.next() % 6) + 1
            let text = (0..<length).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            if YAMLScalarKind.resolving(plain: text) != yamsKind(text) { disagreements.append(text) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20))")
    }

    /// A number's value, read by Swift for plain decimals and by Yams for
    /// the rest, is Yams' value for every generated number.
    @Test func numbersHaveYamsValues() {
        let pieces = ["0", "1", "5", "7", "9", "_", ".", ":", "-", "+", "e", "E", "x", "o", "b", "12", "017", "00"]
        var generator = SplitMix(seed: 7)
        let reader = YAMLReader(path: "a.md")
        var checked = 0
        for _ in 0..<20_000 {
            let length = Int(generator.next() % 5) + 1
            let text = (0..<length).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let node = Node(text)
            switch YAMLScalarKind.resolving(plain: text) {
            case .int:
                checked += 1
                #expect(reader.value(of: node) == (node.int.map(ParamValue.int) ?? .string(text)), "\(text)")
            case .float:
                checked += 1
                let expected = node.float.map(ParamValue.double) ?? .string(text)
                if case .double(let value) = expected, value.isNaN { continue }
                #expect(reader.value(of: node) == expected, "\(text)")
            case .null, .bool, .string:
                break
            }
        }
        #expect(checked > 2_000)
    }

    @Test func quotedAndTaggedScalarsKeepTheirTag() throws {
        let node = try #require(try Yams.compose(yaml: "a: '12'\nb: 12\nc: !!str yes\nd: ~\n", .basic, .default, .utf8))
        let kinds = try ["a", "b", "c", "d"].map { key in YAMLScalarKind(try #require(node[key]?.scalar)) }
        #expect(kinds == [.string, .int, .string, .null])
    }
}
