import Foundation
import MinhBachContent
import MinhBachData
import MinhBachDiagnostics
import MinhBachText
import Yams

/// One component block being rendered: its settings, what it can see, and
/// the problems found so far. Components read their keys through it, so
/// every message is worded and located the same way.
struct Block {
    /// What does not change while the block renders, held once: components
    /// pass the block to closures over their rows, and a copy of each field
    /// (the environment, the source, the strings) was a dozen atomic
    /// retains a row; the national site's tables spent 1 % of their time on them.
    private final class Fixed {
        let source: BlockSource
        let environment: ComponentEnvironment
        let strings: ComponentStrings
        let settings: [ComponentSetting]
        let keysRead = KeysRead()
        var entries: [String: (key: Node, value: Node)] = [:]

        init(source: BlockSource, environment: ComponentEnvironment, settings: [ComponentSetting]) {
            self.source = source
            self.environment = environment
            self.settings = settings
            self.strings = ComponentStrings(language: environment.language, overrides: environment.strings)
        }
    }

    private let fixed: Fixed
    private(set) var diagnostics: [Diagnostic] = []
    /// Set when a figure, result or task shown is marked illustrative.
    var showsIllustrativeData = false

    var source: BlockSource { fixed.source }
    var environment: ComponentEnvironment { fixed.environment }
    var strings: ComponentStrings { fixed.strings }
    /// What the component declares its body may have.
    var settings: [ComponentSetting] { fixed.settings }
    /// The keys the renderer has asked for, present or not: a test checks
    /// that each component asks for every key it declares.
    var keysRead: KeysRead { fixed.keysRead }
    private var entries: [String: (key: Node, value: Node)] { fixed.entries }

    var name: String { source.component }
    var index: DataIndex { environment.index }
    var language: Language { environment.language }
    var hasErrors: Bool { diagnostics.hasErrors }

    /// Reads the body's keys; a key the component does not declare is a
    /// warning (it may be a typo) and is ignored.
    init(source: BlockSource, environment: ComponentEnvironment, root: Node?, settings: [ComponentSetting]) {
        fixed = Fixed(source: source, environment: environment, settings: settings)
        let keys = settings.map(\.key)
        guard let root else { return }
        guard let mapping = root.mapping else {
            report(.bodyNotKeyValue, at: source.location(of: root), [MessageArgument("block", name)])
            return
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            guard keys.contains(key) else {
                let arguments = [MessageArgument("block", name), MessageArgument("key", key)]
                if let near = Suggestions.closest(to: key, in: keys) {
                    report(.unknownKeyMisspelt, at: source.location(of: keyNode), arguments + [MessageArgument("near", near)])
                } else {
                    report(.unknownKey, at: source.location(of: keyNode), arguments + [MessageArgument("keys", .quotedList(keys))])
                }
                continue
            }
            fixed.entries[key] = (keyNode, value)
        }
    }

    // MARK: Diagnostics

    /// A message of the catalogue at `location`.
    mutating func report(_ message: ComponentMessage, at location: SourceLocation, _ arguments: [MessageArgument]) {
        diagnostics.append(Diagnostic(.components(message), at: location, arguments))
    }

    /// A message of the catalogue where `key`'s value is written.
    mutating func report(_ message: ComponentMessage, _ key: String, _ arguments: [MessageArgument]) {
        report(message, at: location(of: key), arguments)
    }

    /// Where a key's value is written, or the fence when the key is absent.
    func location(of key: String) -> SourceLocation {
        entries[key].map { source.location(of: $0.value) } ?? source.blockLocation
    }

    /// Warns that nothing was found for what the block asks; the block then
    /// shows "Chưa có số liệu".
    mutating func noData(_ message: ComponentMessage, _ arguments: [MessageArgument]) {
        report(message, at: source.blockLocation, arguments)
    }

    /// A value that is not one of `options`, with the closest one as a hint.
    mutating func notAnOption(_ key: String, _ value: String, options: [String], at location: SourceLocation) {
        let arguments = [MessageArgument("key", key), MessageArgument("options", .quotedChoice(options)), MessageArgument("value", value)]
        if let near = Suggestions.closest(to: value, in: options) {
            report(.notAnOptionMisspelt, at: location, arguments + [MessageArgument("near", near)])
        } else {
            report(.notAnOption, at: location, arguments)
        }
    }

    // MARK: Keys

    func has(_ key: String) -> Bool {
        assertDeclared(key)
        return entries[key] != nil
    }

    func node(_ key: String) -> Node? {
        assertDeclared(key)
        return entries[key]?.value
    }

    /// The declaration of a key the renderer reads.
    func setting(_ key: String) -> ComponentSetting? { settings.first { $0.key == key } }

    /// A renderer reads only the keys its component declares, each as the
    /// kind of value it is declared with (`nil`: any kind): the tests,
    /// which render every component, stop at a key read but not declared.
    func assertDeclared(_ key: String, as value: ComponentSetting.Value? = nil) {
        keysRead.keys.insert(key)
        assert(setting(key).map { value == nil || $0.value == value } ?? false,
               "the '\(name)' component reads '\(key)'\(value.map { " as \($0)" } ?? ""), which it does not declare so")
    }

    /// A required key: an error at the fence when it is missing.
    mutating func require(_ key: String, example: String) -> Bool {
        if has(key) { return true }
        report(.keyMissing, at: source.blockLocation, [MessageArgument("block", name), MessageArgument("key", key), MessageArgument("example", example)])
        return false
    }

    /// One scalar value.
    mutating func text(_ key: String) -> String? {
        guard let node = node(key) else { return nil }
        guard let scalar = node.scalar else {
            report(.keyTakesOneValue, key, [MessageArgument("key", key)])
            return nil
        }
        if YAMLScalarKind(scalar) == .null || scalar.string.isEmpty {
            report(.keyHasNoValue, key, [MessageArgument("key", key)])
            return nil
        }
        return scalar.string
    }

    /// One value or a list of values, each with its node (for locations).
    mutating func items(_ key: String) -> [(text: String, node: Node)]? {
        guard let node = node(key) else { return nil }
        if node.scalar != nil {
            guard let value = text(key) else { return nil }
            return [(value, node)]
        }
        guard let sequence = node.sequence else {
            report(.keyNotAList, key, [MessageArgument("key", key)])
            return nil
        }
        var result: [(String, Node)] = []
        for item in sequence {
            guard let scalar = item.scalar, !scalar.string.isEmpty else {
                report(.listItemNotAValue, at: source.location(of: item), [MessageArgument("key", key)])
                continue
            }
            result.append((scalar.string, item))
        }
        if result.isEmpty, !hasErrors {
            report(.listEmpty, key, [MessageArgument("key", key)])
            return nil
        }
        return result
    }

    mutating func bool(_ key: String) -> Bool? {
        assertDeclared(key, as: .bool)
        guard let value = text(key) else { return nil }
        switch value.lowercased() {
        case "true", "yes", "on", "1", "có": return true
        case "false", "no", "off", "0", "không": return false
        default:
            report(.notTrueOrFalse, key, [MessageArgument("key", key), MessageArgument("value", value)])
            return nil
        }
    }

    static let years = 1945...2100

    mutating func year(_ key: String) -> Int? {
        assertDeclared(key, as: .year)
        guard let value = text(key) else { return nil }
        guard let year = Self.parseYear(value) else {
            report(.notAYear, key, [MessageArgument("key", key), MessageArgument("value", value), MessageArgument("year", String(environment.year))])
            return nil
        }
        return year
    }

    private static func parseYear(_ text: String) -> Int? {
        guard text.count == 4, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let year = Int(text), years.contains(year)
        else { return nil }
        return year
    }

    /// `2021-2025` (also with an en dash), or a single year.
    mutating func yearRange(_ key: String) -> ClosedRange<Int>? {
        assertDeclared(key, as: .yearRange)
        guard let value = text(key) else { return nil }
        let parts = value.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard (1...2).contains(parts.count), let first = Self.parseYear(parts[0]), let last = Self.parseYear(parts[parts.count - 1]) else {
            report(.notARangeOfYears, key, [MessageArgument("key", key), MessageArgument("value", value)])
            return nil
        }
        guard first <= last else {
            report(.yearsBackwards, key, [MessageArgument("key", key), MessageArgument("value", value), MessageArgument("range", "\(last)-\(first)")])
            return nil
        }
        return first...last
    }

    /// One of the words the setting declares.
    mutating func choice(_ key: String) -> String? {
        let options = setting(key)?.options ?? []
        assertDeclared(key, as: .choice(options))
        guard let value = text(key) else { return nil }
        guard options.contains(value) else {
            notAnOption(key, value, options: options, at: location(of: key))
            return nil
        }
        return value
    }
}

/// The keys a renderer asked its block for (see `Block.keysRead`).
final class KeysRead {
    var keys: Set<String> = []
}
