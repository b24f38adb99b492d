import MinhBachDiagnostics

extension YAMLProblem {
    /// The problem as its reader reads about it: a YAML file, a JSON file
    /// or a component's block.
    public func diagnostic(in document: Document) -> Diagnostic {
        let (message, hint) = wording(document)
        guard document == .json else { return .error(at: location, message, hint: hint) }
        // Commas, brackets and quotes are what go wrong in JSON, whatever libyaml says.
        if case .nesting = kind { return .error(at: location, message, hint: hint) }
        return .error(at: location, message, hint: "check for a missing or extra comma, bracket or brace here or at the end of the line before, "
                                                    + "and that every text is in double quotes")
    }

    private func wording(_ document: Document) -> (String, String?) {
        let prefix: String
        let generalHint: String
        switch document {
        case .yaml, .json:
            prefix = document == .json ? "invalid JSON: " : "invalid YAML: "
            generalHint = "check the indentation and quote values that contain ': ', '#', or start with '[', '{', '*', '&', '!', '|', '>', '@' or '`'"
        case .block(let component):
            prefix = "invalid YAML in the '\(component)' block: "
            generalHint = "write one 'key: value' per line; quote values that contain ': ' or '#', or start with '[', '{', '*', '&', '!', '|', '>', '@' or '`'"
        }
        switch kind {
        case .tabIndent:
            return (prefix + "a tab indents this line; YAML indents with spaces only", "replace the tab at the start of the line with spaces")
        case .nesting:
            return (prefix + YAMLLimits.nestingMessage, YAMLLimits.nestingHint)
        case .syntax(let problem, let context):
            var message = prefix + problem
            if let context {
                message += " \(context.text) (which starts at line \(context.start.line ?? 0), column \(context.start.column ?? 0))"
            }
            return (message, generalHint)
        case .duplicateKeys(let duplicates):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            let repeated = duplicates.count == 1 ? "the key \(keys) is written more than once" : "the keys \(keys) are written more than once"
            switch document {
            case .yaml, .json: return (prefix + repeated, "keep only one line for each key")
            case .block(let component): return ("\(repeated) in the '\(component)' block", "keep only one line for each key")
            }
        case .unreadable(let problem):
            return (prefix + problem, nil)
        case .overExpanded:
            switch document {
            case .yaml, .json: return (YAMLLimits.expansionMessage, YAMLLimits.expansionHint)
            case .block(let component): return ("\(YAMLLimits.expansionMessage) in the '\(component)' block", YAMLLimits.expansionHint)
            }
        case .other(let text, let fromYams):
            return (prefix + text, fromYams ? generalHint : nil)
        }
    }
}
