import Foundation
@testable import MinhBachData
import Testing

/// The tokenizer that reads sheets and shared strings.
@Suite struct XMLScannerTests {
    static func events(_ xml: String) throws(WorkbookProblem) -> [String] {
        var events: [String] = []
        try XMLScanner.parse(Data(xml.utf8), part: "sheet.xml") { event in
            switch event {
            case .start(let name, let attributes):
                events.append("<\(name)" + attributes.sorted { $0.key < $1.key }.map { " \($0.key)=\($0.value)" }.joined() + ">")
            case .text(let text): events.append(text)
            case .end(let name): events.append("</\(name)>")
            }
        }
        return events
    }

    @Test func elementsAttributesAndText() throws {
        let xml = #"<?xml version="1.0"?><!-- c --><x:row r="1"><x:c r='A1' t="s"/><t xml:space="preserve"> a &amp; b &lt;&#7843;&#x1EA1;</t><![CDATA[<raw>]]></x:row>"#
        #expect(try Self.events(xml) == ["<row r=1>", "<c r=A1 t=s>", "</c>", "<t xml:space=preserve>", " a & b <ảạ", "</t>", "<raw>", "</row>"])
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
            if case .start("row", _) = event { count += 1 }
        }
        #expect(count == rows)
    }
}
