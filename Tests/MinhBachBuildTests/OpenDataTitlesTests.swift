import Foundation
import MinhBachData
import Testing

/// The open-data page names each table in the reader's language; a table
/// without a title there would show its file name (`program_budgets`).
@Suite struct OpenDataTitlesTests {
    static let i18n = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates/i18n")

    @Test(arguments: ["vi", "en"])
    func everyOpenDataTableHasATitle(_ language: String) throws {
        let text = try String(contentsOf: Self.i18n.appendingPathComponent("\(language).yaml"), encoding: .utf8)
        let keys = Set(text.split(separator: "\n").compactMap { $0.split(separator: ":", maxSplits: 1).first.map(String.init) })
        for table in OpenDataTable.all {
            #expect(keys.contains("open_data_table_\(table.name)"), "templates/i18n/\(language).yaml has no 'open_data_table_\(table.name)'")
        }
    }
}
