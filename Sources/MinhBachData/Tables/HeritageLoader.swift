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
                problems.add(.warning(at: SourceLocation(path: path), "only Markdown files (.md) describe heritage sites; '\(name)' is ignored"))
                continue
            }
            let id = String(name.dropLast(3))
            guard DataIDs.isValid(id) else {
                problems.add(.error(at: SourceLocation(path: path), "the file name '\(id)' is not a valid id",
                                    hint: "name the file with lower-case letters, digits and '-', e.g. 'atk-cho-don.md'"))
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
                problems.add(.error(at: SourceLocation(path: path, line: 1, column: 1), "a heritage site needs front matter",
                                    hint: "start the file with '---', the site's name, kind, rank, area and recognition_date, then '---'"))
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
                problems.add(.error(at: SourceLocation(path: path, line: 2), "front matter must be a list of 'key: value' lines"))
                continue
            }
            var values: [String: Node] = [:]
            for (key, value) in mapping {
                let column = (key.string ?? "").lowercased()
                if !HeritageSite.columns.all.contains(column) {
                    let near = Suggestions.closest(to: column, in: HeritageSite.columns.all)
                    problems.add(.warning(at: reader.location(of: key), "unknown key '\(column)' is ignored",
                                          hint: near.map { "did you mean '\($0)'?" } ?? "the keys are: \(HeritageSite.columns.all.joined(separator: ", "))"))
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
