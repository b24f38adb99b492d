import Foundation
@testable import MinhBachData
import Testing

/// The tokenizer that reads sheets and shared strings.
@Suite struct XMLScannerTests {
    /// The events as text; with `pieceSize`, the part is fed in pieces of
    /// that many bytes, as it arrives while it is uncompressed.
    static func events(_ xml: String, pieceSize: Int? = nil) throws(WorkbookProblem) -> [String] {
        var events: [String] = []
        let handler: XMLScanner.Handler = { event in
            switch event {
            case .start(let name, let attributes):
                events.append("<\(name.string)" + attributes.all.sorted { $0.key < $1.key }.map { " \($0.key)=\($0.value)" }.joined() + ">")
            case .text(let text): events.append(text.string)
            case .end(let name): events.append("</\(name.string)>")
            }
        }
        guard let pieceSize else {
            try XMLScanner.parse(Data(xml.utf8), part: "sheet.xml", handler: handler)
            return events
        }
        var scanner = XMLScanner(part: "sheet.xml")
        var consumer = XMLScanner.Events(handler: handler)
        let bytes = Array(xml.utf8)
        for start in stride(from: 0, to: bytes.count, by: pieceSize) {
            let piece = Array(bytes[start..<min(start + pieceSize, bytes.count)])
            var failure: WorkbookProblem?
            piece.withUnsafeBytes { raw in
                do throws(WorkbookProblem) { try scanner.feed(raw, into: &consumer) } catch { failure = error }
            }
            if let failure { throw failure }
        }
        try scanner.finish(into: &consumer)
        return events
    }

    @Test func elementsAttributesAndText() throws {
        let xml = #"<?xml version="1.0"?><!-- c --><x:row r="1"><x:c r='A1' t="s"/><t xml:space="preserve"> a &amp; b &lt;&#7843;&#x1EA1;</t><![CDATA[<raw>]]></x:row>"#
        #expect(try Self.events(xml) == ["<row r=1>", "<c r=A1 t=s>", "</c>", "<t xml:space=preserve>", " a & b <ảạ", "</t>", "<raw>", "</row>"])
    }

    /// Wherever the end of a piece cuts the part (inside a name, an
    /// attribute, an entity, a comment, CDATA), the events are the same.
    @Test func piecesCutAnywhere() throws {
        let xml = #"<?xml version="1.0"?><!-- c --><x:row r="1"><x:c r='A1' t="s"/><t xml:space="preserve"> a &amp; b &lt;&#7843;&#x1EA1;</t><![CDATA[<raw>]]></x:row>"#
        let whole = try Self.events(xml)
        for size in 1...12 {
            #expect(try Self.events(xml, pieceSize: size) == whole, "pieces of \(size) bytes")
        }
        #expect(throws: WorkbookProblem.self) { try Self.events("<x><y a=\"1\"", pieceSize: 3) }
        #expect(throws: WorkbookProblem.self) { try Self.events("<x><!DOCTYPE x></x>", pieceSize: 2) }
    }

    /// A token the pieces never end (here 17 MB of text) is refused once
    /// it passes the limit, instead of being kept whole.
    @Test func refusesATokenLongerThanTheLimit() {
        let xml = "<x>" + String(repeating: "a", count: WorkbookLimits.maxTokenBytes + (1 << 20))
        #expect(throws: WorkbookProblem.self) { try Self.events(xml, pieceSize: 4 << 20) }
    }

    @Test func refusesWhatWorkbooksDoNotHave() {
        #expect(throws: WorkbookProblem.self) { try Self.events("<!DOCTYPE x [<!ENTITY a \"b\">]><x>&a;</x>") }
        #expect(throws: WorkbookProblem.self) { try Self.events("<x>&bogus;</x>") }
        #expect(throws: WorkbookProblem.self) { try Self.events("<x><y>") }
        #expect(throws: WorkbookProblem.self) { try Self.events("<x a=1/>") }
        #expect(throws: WorkbookProblem.self) { try Self.events(String(repeating: "<x>", count: 100) + String(repeating: "</x>", count: 100)) }
    }

    /// Excel writes a sheet on one line; Foundation's XMLParser on Linux
    /// fails past 10 MB on a line, this reads it.
    @Test func aSheetOfTwelveMegabytesOnOneLine() throws {
        let row = #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1834</v></c></row>"#
        let rows = 12_000_000 / row.utf8.count + 1
        var xml = "<worksheet><sheetData>"
        xml.reserveCapacity(rows * row.utf8.count + 64)
        for _ in 0..<rows { xml += row }
        xml += "</sheetData></worksheet>"
        var count = 0
        try XMLScanner.parse(Data(xml.utf8), part: "sheet.xml") { event in
            if case .start(let name, _) = event, name == "row" { count += 1 }
        }
        #expect(count == rows)
    }
}
