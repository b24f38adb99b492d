import Foundation
import FuzzSupport
import MinhBachComponents
import MinhBachContent
import MinhBachData
import MinhBachText

/// A fenced block as a page holds it: the first line of the input is the
/// info string (`chart`, `kpi`...), the rest the block's body. It is
/// rendered against the example site's data. A component always gives
/// HTML (its error box at worst), never a script, and every problem is
/// located on the fence or in the body.
func fuzzComponents(_ input: UnsafeRawBufferPointer) {
    let path = "content/a.md"
    guard case .success(let text) = TextFile.decode(Data(input), displayPath: path) else { return }
    let parts = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    let info = String(parts[0])
    var body = parts.count > 1 ? String(parts[1]) : ""
    if !body.isEmpty, !body.hasSuffix("\n") { body += "\n" }   // as cmark hands a body over
    // The fence is on line 7 of the file: the page's Markdown starts on
    // line 5 (after its front matter) and the block on its line 3.
    let file = String(repeating: "\n", count: 6) + "```" + info + "\n" + body + "```\n"
    let renderer = ComponentRenderer(environment: environment, sourcePath: path, lineOffset: 5)
    let html = renderer.html(forBlock: info, body: body, line: 3)
    let name = String(info.prefix { !$0.isWhitespace })
    if ComponentRenderer.componentNames.contains(name) {
        require(html != nil, "the '\(name)' block gave no HTML")
    }
    require(html?.contains("<script") != true, "a block's HTML holds a script: \(html ?? "")")
    let lines = TextLines(file, path: path)
    for diagnostic in renderer.diagnostics {
        lines.requireInside(diagnostic)
        require((diagnostic.location.line ?? 7) >= 7, "'\(diagnostic.formatted)' is above the block")
    }
}

private let environment: ComponentEnvironment = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()   // Tests/Fuzz/Sources/FuzzComponents
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let (data, problems) = DataLoader(folder: root.appendingPathComponent("content/data"), displayFolder: "content/data").load()
    precondition(!problems.hasErrors, "the example data does not load: \(problems.map(\.formatted))")
    return ComponentEnvironment(index: DataIndex(data), language: .vi, year: 2024,
                                asOf: CalendarDate(year: 2024, month: 12, day: 31)!,
                                thisArea: AreaKey(.legacy, "01834"), links: Links(), strings: [:])
}()

/// Every record has a page, so every link is drawn.
private struct Links: PageLinks {
    func url(area: AreaKey, language: Language) -> String? { "/xa/\(area.code)/" }
    func url(indicator: String, language: Language) -> String? { "/chi-tieu/\(indicator)/" }
    func url(document: String, language: Language) -> String? { "/van-ban/\(document)/" }
    func url(agency: String, language: Language) -> String? { "/co-quan/\(agency)/" }
}
