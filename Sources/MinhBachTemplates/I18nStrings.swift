import Foundation
import MinhBachContent
import MinhBachDiagnostics
import Yams

/// `templates/i18n/<lang>.yaml`: the interface strings of each language.
enum I18nStrings {
    static func load(_ files: ThemeFiles, diagnostics: inout [Diagnostic]) -> [String: [String: String]] {
        var result: [String: [String: String]] = [:]
        for (fileName, file) in files.list("i18n") where fileName.hasSuffix(".yaml") || fileName.hasSuffix(".yml") {
            let language = String(fileName.prefix { $0 != "." })
            guard let text = String(data: file.data, encoding: .utf8) else {
                diagnostics.append(Diagnostic(.render(.stringsNotUTF8), at: SourceLocation(path: file.displayPath)))
                continue
            }
            let reader = YAMLReader(path: file.displayPath)
            switch reader.parse(text) {
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            case .success(let node):
                guard let node else { continue }
                guard let mapping = node.mapping else {
                    diagnostics.append(Diagnostic(.render(.stringsNotKeyText), at: reader.location(of: node)))
                    continue
                }
                var strings: [String: String] = [:]
                for (key, value) in mapping {
                    let name = key.string ?? ""
                    if case .map(let forms) = reader.value(of: value) {
                        guard let plural = PluralForms(forms) else {
                            diagnostics.append(Diagnostic(.render(.stringNotTextOrPlural), at: reader.location(of: value),
                                                          [MessageArgument("key", name), MessageArgument("example", PluralForms.example)]))
                            continue
                        }
                        strings.merge(plural.strings(for: name)) { _, new in new }
                        continue
                    }
                    guard let text = reader.value(of: value).text else {
                        diagnostics.append(Diagnostic(.render(.stringNotText), at: reader.location(of: value), [MessageArgument("key", name)]))
                        continue
                    }
                    strings[name] = text
                }
                result[language] = strings
            }
        }
        return result
    }
}

/// A phrase that follows a number and agrees with it (`1 overdue task`,
/// `2 overdue tasks`), written in an i18n file as
///
///     overdue_summary:
///       one: "overdue task"
///       other: "overdue tasks"
///
/// Templates get the `other` form as `t.overdue_summary` and the `one` form as
/// `t.overdue_summary_one`, and pick with `equalzero(minusone(count))`.
/// Vietnamese nouns do not change with the number: both forms are the same.
struct PluralForms {
    static let formNames: Set<String> = ["one", "other"]
    /// How the forms are written, as the message's hint shows them.
    static let example = "'overdue_summary: {one: \"overdue task\", other: \"overdue tasks\"}'"

    let one: String
    let other: String

    init?(_ forms: [String: ParamValue]) {
        guard Set(forms.keys) == Self.formNames, let one = forms["one"]?.text, let other = forms["other"]?.text else { return nil }
        self.one = one
        self.other = other
    }

    func strings(for key: String) -> [String: String] {
        [key: other, key + "_one": one]
    }
}
