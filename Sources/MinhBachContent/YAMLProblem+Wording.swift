import MinhBachDiagnostics

extension YAMLProblem {
    /// The problem as its reader reads about it: a YAML file, a JSON file
    /// or a component's block.
    public func diagnostic(in document: Document) -> Diagnostic {
        let name = document.name
        switch (kind, document) {
        case (.nesting, _):
            return Diagnostic(.content(.yamlNesting), at: location, [MessageArgument("document", name)])
        case (.overExpanded, .yaml), (.overExpanded, .block):
            return Diagnostic(.content(.yamlOverExpanded), at: location,
                              [MessageArgument("document", name), MessageArgument("limit", "\(YAMLLimits.maxValues)")])
        case (_, .json):
            // Commas, brackets and quotes are what go wrong in JSON, whatever libyaml says.
            return Diagnostic(.content(.jsonInvalid), at: location, [MessageArgument("problem", description)])
        case (.tabIndent, _):
            return Diagnostic(.content(.yamlTabIndent), at: location, [MessageArgument("document", name)])
        case (.duplicateKeys(let duplicates), _):
            return Diagnostic(.content(.yamlDuplicateKeys), at: location,
                              [MessageArgument("document", name), MessageArgument("keys", Self.keys(duplicates))])
        case (.syntax, _), (.other(_, fromYams: true), _):
            let check: LocalizedText = document == .yaml
                ? .text(vi: "kiểm tra thụt lề và", en: "check the indentation and")
                : .text(vi: "viết mỗi dòng một cặp 'khóa: giá trị';", en: "write one 'key: value' per line;")
            return Diagnostic(.content(.yamlSyntax), at: location,
                              [MessageArgument("document", name), MessageArgument("problem", description), MessageArgument("check", check)])
        case (.unreadable, _), (.other, _):
            return Diagnostic(.content(.yamlNotRead), at: location, [MessageArgument("document", name), MessageArgument("problem", description)])
        }
    }

    /// What went wrong, after "invalid YAML: ".
    private var description: LocalizedText {
        switch kind {
        case .tabIndent:
            return .text(vi: "dòng này được thụt lề bằng phím Tab; YAML chỉ thụt lề bằng dấu cách",
                         en: "a tab indents this line; YAML indents with spaces only")
        case .nesting:
            return .text(vi: "danh sách hoặc nhóm lồng nhau sâu quá 1000 cấp", en: "lists or groups nested more than 1000 levels deep")
        case .syntax(let problem, let context):
            guard let context else { return LocalizedText(vi: problem, en: problem) }
            let (line, column) = (context.start.line ?? 0, context.start.column ?? 0)
            return .text(vi: "\(problem) \(context.text) (bắt đầu ở dòng \(line), cột \(column))",
                         en: "\(problem) \(context.text) (which starts at line \(line), column \(column))")
        case .duplicateKeys(let duplicates):
            let keys = Self.keys(duplicates)
            return .text(vi: "\(keys.vi) được viết nhiều lần", en: "\(keys.en) written more than once")
        case .overExpanded:
            return .text(vi: "có hơn \(YAMLLimits.maxValues) giá trị khi mở rộng các tham chiếu (*name)",
                         en: "more than \(YAMLLimits.maxValues) values once its aliases (*name) are expanded")
        case .unreadable(let problem), .other(let problem, _):
            return LocalizedText(vi: problem, en: problem)
        }
    }

    private static func keys(_ duplicates: [String]) -> LocalizedText {
        let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
        return duplicates.count == 1 ? .text(vi: "khóa \(keys)", en: "the key \(keys) is") : .text(vi: "các khóa \(keys)", en: "the keys \(keys) are")
    }
}

extension YAMLProblem.Document {
    /// The text as messages name it: "YAML", "JSON", "YAML in the 'bieu-do' block".
    var name: LocalizedText {
        switch self {
        case .yaml: return .text(vi: "YAML", en: "YAML")
        case .json: return .text(vi: "JSON", en: "JSON")
        case .block(let component): return .text(vi: "YAML trong khối '\(component)'", en: "YAML in the '\(component)' block")
        }
    }
}
