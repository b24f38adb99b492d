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
                diagnostics.append(.error(at: SourceLocation(path: file.displayPath), "the file is not UTF-8 text"))
                continue
            }
            let reader = YAMLReader(path: file.displayPath)
            switch reader.parse(text) {
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            case .success(let node):
                guard let node else { continue }
                guard let mapping = node.mapping else {
                    diagnostics.append(.error(at: reader.location(of: node), "interface strings must be 'key: text' lines"))
                    continue
                }
                var strings: [String: String] = [:]
                for (key, value) in mapping {
                    guard let text = reader.value(of: value).text else {
                        diagnostics.append(.error(at: reader.location(of: value), "'\(key.string ?? "")' must be text"))
                        continue
                    }
                    strings[key.string ?? ""] = text
                }
                result[language] = strings
            }
        }
        return result
    }
}
