import Foundation
/// Heritage sites: a folder of Markdown files, one site each, with their projects (docs/DATA.md, `heritage/<id>.md`).
extension DataTables {
    static let heritage = TableDescription<HeritageSite>(
        "heritage", topic: .governance, step: .rest, source: .folder, refersTo: ["areas", "documents"], records: \.heritage,
        read: { _, context in
            HeritageLoader(folder: context.folder.appendingPathComponent("heritage"), displayFolder: "\(context.displayFolder)/heritage")
                .load(context.registry)
        },
        // Each site is its own file, named by its id: two files cannot share one.
        keep: { result, _ in result.records.map(\.record) },
        entry: nil,
        openData: [
        OpenDataTable("heritage", rows: { $0.heritage }, [
            OpenColumn("id") { .text($0.id) }, OpenColumn("name") { .text($0.name) }, OpenColumn("kind") { .text($0.kind) },
            OpenColumn("rank") { .text($0.rank.rawValue) }, OpenColumn("area") { .text($0.area.code) }, .scheme { $0.area },
            OpenColumn("recognition") { .text($0.recognition) }, OpenColumn("recognition_date") { .text($0.recognitionDate.iso) },
            OpenColumn("illustrative") { .bool($0.illustrative) },
            OpenColumn("description") { .text($0.body.trimmingCharacters(in: .whitespacesAndNewlines)) },
        ]),
        OpenDataTable("heritage_projects", rows: { data in data.heritage.flatMap { site in site.projects.map { (site: site.id, project: $0) } } }, [
            OpenColumn("heritage") { .text($0.site) }, OpenColumn("name") { .text($0.project.name) },
            OpenColumn("budget_million_vnd") { .number($0.project.budgetMillionVND) }, OpenColumn("start") { .integer($0.project.start) },
            OpenColumn("end") { .integer($0.project.end) }, OpenColumn("status") { .text($0.project.status?.rawValue) },
            OpenColumn("source") { .text($0.project.source) },
        ]),
    ]
    )
}
