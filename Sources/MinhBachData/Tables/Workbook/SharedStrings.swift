import Foundation

/// The workbook's table of texts (`xl/sharedStrings.xml`): a text cell
/// holds an index into it. Rich text is the concatenation of its runs;
/// phonetic guides (`rPh`) are not part of the text. Each text is kept
/// trimmed and in NFC, as a cell is read, so that the 2.2 million text
/// cells of a national sheet are not trimmed and checked one by one.
enum SharedStrings {
    static let part = "xl/sharedStrings.xml"

    static func read(_ archive: WorkbookArchive) throws(WorkbookProblem) -> [String] {
        var strings: [String] = []
        var current: [UInt8] = []
        var inText = false
        var phonetic = 0
        var scanner = XMLScanner(part: part)
        let handler: XMLScanner.Handler = { event throws(WorkbookProblem) in
            switch event {
            case .start(let name, let attributes):
                if name == "si" {
                    current.removeAll(keepingCapacity: true)
                } else if name == "t" {
                    inText = phonetic == 0
                } else if name == "rPh" {
                    phonetic += 1
                } else if name == "sst", let declared = attributes["uniqueCount"]?.integer {
                    // The count the table declares is refused before its texts are read.
                    if declared > WorkbookLimits.maxSharedStrings { throw .tooManySharedStrings(limit: WorkbookLimits.maxSharedStrings) }
                    strings.reserveCapacity(min(declared, 1 << 16))
                }
            case .text(let text):
                if inText { current.append(contentsOf: text.bytes) }
            case .end(let name):
                if name == "t" {
                    inText = false
                } else if name == "rPh" {
                    phonetic -= 1
                } else if name == "si" {
                    if strings.count == WorkbookLimits.maxSharedStrings { throw .tooManySharedStrings(limit: WorkbookLimits.maxSharedStrings) }
                    strings.append(CellText.trimmed(CellText.composed(String(decoding: current, as: UTF8.self))))
                }
            }
        }
        var events = XMLScanner.Events(handler: handler)
        let found = try archive.stream(part, limit: WorkbookLimits.maxPartBytes) { piece throws(WorkbookProblem) in
            try scanner.feed(piece, into: &events)
        }
        if found { try scanner.finish(into: &events) }
        return strings
    }
}
