import Foundation
import MinhBachContent
import MinhBachDiagnostics
import Yams

/// Reads a YAML or JSON table: a list of mappings, one per record. JSON is
/// read by the YAML parser too (it is a subset of YAML), so both give the
/// line and column of every value.
struct YAMLTable {
    let path: String
    let text: String

    func read(header: (TableHeader) -> Void, row: (YAMLRow) -> Void) -> [Diagnostic] {
        let reader = YAMLReader(path: path)
        let root: Node?
        // JSON is parsed as YAML, but its author should not read about YAML.
        let json = path.lowercased().hasSuffix(".json")
        switch reader.parse(text, as: json ? .json : .yaml) {
        case .failure(let diagnostic):
            return [diagnostic]
        case .success(let node): root = node
        }
        guard let root else {
            return [Diagnostic(.data(json ? .jsonTableEmpty : .yamlTableEmpty), at: SourceLocation(path: path, line: 1),
                               json ? [MessageArgument("example", "[{\"key\": \"value\", ...}, ...]")] : [])]
        }
        guard let items = root.sequence else {
            return [Diagnostic(.data(.listOfRecordsExpected), at: reader.location(of: root))]
        }
        var problems: [Diagnostic] = []
        var columns: [String] = []
        var locations: [String: SourceLocation] = [:]
        var rows: [YAMLRow] = []
        for item in items {
            guard let mapping = item.mapping else {
                problems.append(Diagnostic(.data(.recordNotKeyValues), at: reader.location(of: item)))
                continue
            }
            var values: [String: Node] = [:]
            for (key, value) in mapping {
                let name = (key.string ?? "").lowercased()
                if locations[name] == nil {
                    columns.append(name)
                    locations[name] = reader.location(of: key)
                }
                values[name] = value
            }
            rows.append(YAMLRow(reader: reader, line: reader.location(of: item).line ?? 1, values: values))
        }
        header(TableHeader(columns: columns, locations: locations))
        rows.forEach(row)
        return problems
    }
}

struct YAMLRow: DataRow {
    let reader: YAMLReader
    let line: Int
    let values: [String: Node]

    func text(_ column: String) -> String? {
        guard let node = values[column] else { return nil }
        switch node {
        case .scalar(let scalar):
            if YAMLScalarKind(scalar) == .null { return nil }
            let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? nil : text
        case .sequence(let items):
            return items.compactMap(\.string).joined(separator: ";")
        default:
            return nil
        }
    }

    func list(_ column: String) -> [String]? {
        guard let node = values[column] else { return nil }
        if let items = node.sequence {
            return items.compactMap { $0.string?.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        return text(column)?.splitList()
    }

    func location(_ column: String) -> SourceLocation {
        guard let node = values[column] else { return SourceLocation(path: reader.path, line: line) }
        return reader.location(of: node)
    }

    /// A nested list of mappings (heritage restoration projects).
    func records(_ column: String) -> [YAMLRow]? {
        guard let items = values[column]?.sequence else { return nil }
        return items.compactMap { item in
            guard let mapping = item.mapping else { return nil }
            var values: [String: Node] = [:]
            for (key, value) in mapping { values[(key.string ?? "").lowercased()] = value }
            return YAMLRow(reader: reader, line: reader.location(of: item).line ?? line, values: values)
        }
    }

    func isList(_ column: String) -> Bool { values[column]?.sequence != nil }
}
