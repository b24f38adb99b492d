import MinhBachText
import Foundation
import MinhBachContent
import MinhBachDiagnostics
import Yams

/// Reads `content/data/heritage/*.md`: one site per file.
struct HeritageLoader {
    let folder: URL
    let displayFolder: String

    func load(_ registry: Registry) -> TableResult<HeritageSite> {
        var result = TableResult<HeritageSite>()
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        let problems = Problems()
        // content/data/heritage → the site folder
        let links = SiteLinks(siteRoot: folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())
        for name in names {
            let path = "\(displayFolder)/\(name)"
            if case .skip(let warning) = links.check(folder.appendingPathComponent(name), displayPath: path) {
                problems.add(warning)
                continue
            }
            guard name.lowercased().hasSuffix(".md") else {
                problems.add(Diagnostic(.data(.heritageNotMarkdown), at: SourceLocation(path: path), [MessageArgument("name", name)]))
                continue
            }
            let id = String(name.dropLast(3))
            guard DataIDs.isValid(id) else {
                problems.add(Diagnostic(.data(.heritageFileNameNotAnID), at: SourceLocation(path: path), [MessageArgument("id", id)]))
                continue
            }
            let text: String
            switch TextFile.read(folder.appendingPathComponent(name), displayPath: path) {
            case .failure(let diagnostic):
                problems.add(diagnostic)
                continue
            case .success(let value): text = value
            }
            let split: SplitContent
            switch FrontMatterParser.split(text, path: path) {
            case .failure(let diagnostic):
                problems.add(diagnostic)
                continue
            case .success(let value): split = value
            }
            guard let yaml = split.frontMatter else {
                problems.add(Diagnostic(.data(.heritageWithoutFrontMatter), at: SourceLocation(path: path, line: 1, column: 1)))
                continue
            }
            let reader = YAMLReader(path: path, firstLine: 2)
            let root: Node?
            switch reader.parse(yaml) {
            case .failure(let diagnostic):
                problems.add(diagnostic)
                continue
            case .success(let node): root = node
            }
            guard let mapping = root?.mapping else {
                problems.add(Diagnostic(.data(.heritageFrontMatterNotKeyValues), at: SourceLocation(path: path, line: 2)))
                continue
            }
            var values: [String: Node] = [:]
            for (key, value) in mapping {
                let column = (key.string ?? "").lowercased()
                if !HeritageSite.columns.all.contains(column) {
                    let near = Suggestions.closest(to: column, in: HeritageSite.columns.all)
                    if let near {
                        problems.add(Diagnostic(.data(.heritageUnknownKeyNear), at: reader.location(of: key),
                                                [MessageArgument("key", column), MessageArgument("suggestion", near)]))
                    } else {
                        problems.add(Diagnostic(.data(.heritageUnknownKey), at: reader.location(of: key),
                                                [MessageArgument("key", column), MessageArgument("keys", HeritageSite.columns.all.joined(separator: ", "))]))
                    }
                }
                values[column] = value
            }
            var record = RecordReader(row: YAMLRow(reader: reader, line: 1, values: values), problems: problems)
            if let site = HeritageSite.decode(&record, registry, id: id, body: split.body, bodyFirstLine: split.bodyFirstLine) {
                result.records.append((site, 1))
            }
        }
        result.problems = problems.all
        return result
    }
}
