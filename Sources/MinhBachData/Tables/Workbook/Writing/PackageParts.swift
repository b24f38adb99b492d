/// The parts every workbook has besides its sheets: what each part is
/// (`[Content_Types].xml`), where the workbook is (`_rels/.rels`), its
/// sheets in tab order (`xl/workbook.xml`) and where each is stored.
enum PackageParts {
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// `sheetsWithNotes`: the numbers (from 1) of the sheets that have notes.
    static func contentTypes(sheetCount: Int, sheetsWithNotes: [Int]) -> String {
        var text = declaration + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>"#
            + #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
            + #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
            + #"<Override PartName="/\#(SharedStringTable.part)" ContentType="\#(SharedStringTable.contentType)"/>"#
        for number in 1...max(sheetCount, 1) where number <= sheetCount {
            text += #"<Override PartName="/xl/worksheets/sheet\#(number).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        for number in sheetsWithNotes {
            text += #"<Override PartName="/xl/comments\#(number).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>"#
        }
        return text + "</Types>"
    }

    static let rootRelationships = declaration + #"<Relationships xmlns="\#(relationshipsNamespace)">"#
        + #"<Relationship Id="rId1" Type="\#(officeRelationships)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#

    static func workbook(sheetNames: [String]) -> String {
        var text = declaration + #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="\#(officeRelationships)">"#
            + #"<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>"#
        for (index, name) in sheetNames.enumerated() {
            text += #"<sheet name="\#(XLSXText.escaped(name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }
        return text + "</sheets></workbook>"
    }

    static func workbookRelationships(sheetCount: Int) -> String {
        var text = declaration + #"<Relationships xmlns="\#(relationshipsNamespace)">"#
        for number in 1...max(sheetCount, 1) where number <= sheetCount {
            text += #"<Relationship Id="rId\#(number)" Type="\#(officeRelationships)/worksheet" Target="worksheets/sheet\#(number).xml"/>"#
        }
        return text + #"<Relationship Id="rId\#(sheetCount + 1)" Type="\#(officeRelationships)/styles" Target="styles.xml"/>"#
            + #"<Relationship Id="rId\#(sheetCount + 2)" Type="\#(officeRelationships)/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#
    }
}
