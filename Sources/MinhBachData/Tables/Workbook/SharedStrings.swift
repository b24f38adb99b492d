import Foundation

/// The workbook's table of texts (`xl/sharedStrings.xml`): a text cell
/// holds an index into it. Rich text is the concatenation of its runs;
/// phonetic guides (`rPh`) are not part of the text.
enum SharedStrings {
    static let part = "xl/sharedStrings.xml"

    static func read(_ archive: WorkbookArchive) throws(WorkbookProblem) -> [String] {
        guard let data = try archive.part(part) else { return [] }
        var strings: [String] = []
        var current = ""
        var inText = false
        var phonetic = 0
        try XMLScanner.parse(data, part: part) { event throws(WorkbookProblem) in
            switch event {
            // The count the table declares is refused before its texts are read.
            case .start("sst", let attributes):
                if let declared = attributes["uniqueCount"].flatMap(Int.init), declared > WorkbookLimits.maxSharedStrings {
                    throw .tooManySharedStrings(limit: WorkbookLimits.maxSharedStrings)
                }
            case .start("si", _): current = ""
            case .start("t", _): inText = phonetic == 0
            case .start("rPh", _): phonetic += 1
            case .start: break
            case .text(let text): if inText { current += text }
            case .end("t"): inText = false
            case .end("rPh"): phonetic -= 1
            case .end("si"):
                if strings.count == WorkbookLimits.maxSharedStrings { throw .tooManySharedStrings(limit: WorkbookLimits.maxSharedStrings) }
                strings.append(CellText.composed(current))
            case .end: break
            }
        }
        return strings
    }
}
