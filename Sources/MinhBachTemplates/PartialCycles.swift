import MinhBachDiagnostics

/// Partials that include themselves, directly or through others, outside
/// any section: rendering one never ends (swift-mustache recurses until the
/// process runs out of stack). Inside a section the recursion can end (a
/// tree of menus), so only includes at the top level of a partial count.
enum PartialCycles {
    struct Include {
        var name: String
        var location: SourceLocation
    }

    /// The `{{> name}}` tags of a template that are outside every section.
    static func unconditionalIncludes(in text: String, path: String) -> [Include] {
        var includes: [Include] = []
        var depth = 0
        for (index, lineText) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var searchStart = lineText.startIndex
            while let open = lineText[searchStart...].range(of: "{{") {
                guard let close = lineText[open.upperBound...].range(of: "}}") else { break }
                let tag = lineText[open.upperBound..<close.lowerBound]
                switch tag.first {
                case "#", "^", "$", "<": depth += 1
                case "/": depth = max(0, depth - 1)
                case ">" where depth == 0:
                    let column = lineText.distance(from: lineText.startIndex, to: open.lowerBound) + 1
                    includes.append(Include(name: tag.dropFirst().trimmingCharacters(in: .whitespaces),
                                            location: SourceLocation(path: path, line: index + 1, column: column)))
                default: break
                }
                searchStart = close.upperBound
            }
        }
        return includes
    }

    /// An error at each top-level include that leads back to the partial it is in.
    static func diagnostics(partials: [(name: String, path: String, text: String)]) -> [Diagnostic] {
        let includes = Dictionary(partials.map { ($0.name, unconditionalIncludes(in: $0.text, path: $0.path)) },
                                  uniquingKeysWith: { first, _ in first })
        func reaches(_ target: String, from start: String) -> Bool {
            var seen: Set<String> = []
            var stack = [start]
            while let name = stack.popLast() {
                if name == target { return true }
                guard seen.insert(name).inserted else { continue }
                stack += (includes[name] ?? []).map(\.name)
            }
            return false
        }
        return partials.flatMap { partial in
            (includes[partial.name] ?? []).filter { reaches(partial.name, from: $0.name) }.map { include in
                Diagnostic(.render(.partialIncludesItself), at: include.location,
                           [MessageArgument("partial", partial.name), MessageArgument("include", include.name),
                            MessageArgument("tag", "{{> \(include.name)}}"), MessageArgument("section", "{{#section}}")])
            }
        }
    }
}
