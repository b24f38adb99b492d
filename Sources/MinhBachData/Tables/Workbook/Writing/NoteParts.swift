import MinhBachDiagnostics

/// The notes on header cells: `xl/commentsN.xml` holds their text, and a
/// VML drawing says where each note's box is, which Excel needs to show it.
struct NoteParts {
    /// (column number, text)
    let notes: [(column: Int, text: String)]
    /// The sheet's number: VML shape ids must differ across the workbook.
    let sheetNumber: Int

    static let author = "MinhBạch"

    var comments: String {
        var text = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + #"<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>\#(XLSXText.escaped(Self.author))</author></authors><commentList>"#
        for note in notes {
            text += #"<comment ref="\#(Self.reference(note.column))" authorId="0"><text><t xml:space="preserve">"#
                + XLSXText.escaped(note.text) + "</t></text></comment>"
        }
        return text + "</commentList></comments>"
    }

    var drawing: String {
        var text = #"<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" "#
            + #"xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="\#(sheetNumber)"/></o:shapelayout>"#
            + #"<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">"#
            + #"<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>"#
        for (index, note) in notes.enumerated() {
            let column = note.column - 1
            text += ##"<v:shape id="_x0000_s\##(sheetNumber * 1024 + index + 1)" type="#_x0000_t202" "##
                + #"style="position:absolute;margin-left:80pt;margin-top:2pt;width:240pt;height:110pt;z-index:\#(index + 1);visibility:hidden" "#
                + ##"fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/>"##
                + #"<v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>"#
                + #"<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>"#
                + #"<x:Anchor>\#(column + 1), 15, 0, 2, \#(column + 5), 15, 8, 4</x:Anchor><x:AutoFill>False</x:AutoFill>"#
                + #"<x:Row>0</x:Row><x:Column>\#(column)</x:Column></x:ClientData></v:shape>"#
        }
        return text + "</xml>"
    }

    var relationships: String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments\#(sheetNumber).xml"/>"#
            + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing\#(sheetNumber).vml"/>"#
            + "</Relationships>"
    }

    static func reference(_ column: Int) -> String { SourceLocation.columnLetters(column) + "1" }
}
