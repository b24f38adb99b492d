import Testing
import MinhBachMarkdown

/// Records every reference and rewrites the ones it knows.
private final class Recorder: LinkDestinationHandler {
    var seen: [MarkdownReference] = []
    let replacements: [String: String]

    init(_ replacements: [String: String] = [:]) { self.replacements = replacements }

    func destination(for reference: MarkdownReference) -> String? {
        seen.append(reference)
        return replacements[reference.destination]
    }
}

@Suite("CmarkRenderer: link and image destinations")
struct LinkDestinationTests {
    let renderer = CmarkRenderer()

    @Test("links and images come with their line and column, counted in characters")
    func positions() {
        let recorder = Recorder()
        _ = renderer.render("""
        # Lễ công bố

        Ảnh của lễ: ![Lễ công bố](anh-le.jpg) và
        xem [báo cáo](../bao-cao/2024.md#ket-qua).
        """, blocks: nil, links: recorder)
        #expect(recorder.seen == [
            MarkdownReference(kind: .image, destination: "anh-le.jpg", line: 3, column: 13),
            MarkdownReference(kind: .link, destination: "../bao-cao/2024.md#ket-qua", line: 4, column: 5),
        ])
    }

    @Test("columns count characters on any line: after combining marks, in a table, on a last line without a newline")
    func positionsAcrossLines() {
        let recorder = Recorder()
        _ = renderer.render("""
        | Xã | Nguồn |
        |---|---|
        | Hòa Bình | [Quyết định](qd.md) |

        Đoạn văn có dấu thanh tổ hợp: Ho\u{0300}a. [Một](a.md) [Hai](b.md)
        """, blocks: nil, links: recorder)
        #expect(recorder.seen.map(\.line) == [3, 5, 5])
        #expect(recorder.seen.map(\.column) == [14, 36, 48])
    }

    @Test("the destination the handler returns is written; others are kept")
    func rewriting() {
        let recorder = Recorder(["anh-le.jpg": "/tin-tuc/anh-le.jpg"])
        let html = renderer.render("![Lễ](anh-le.jpg) [x](https://example.org/)", blocks: nil, links: recorder).html
        #expect(html == "<p><img src=\"/tin-tuc/anh-le.jpg\" alt=\"Lễ\" /> <a href=\"https://example.org/\">x</a></p>\n")
    }
}
