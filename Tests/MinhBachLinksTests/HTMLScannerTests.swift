import Testing
@testable import MinhBachLinks

@Suite("HTMLScanner")
struct HTMLScannerTests {
    private func urls(_ html: String) -> [String] {
        HTMLScanner.scan(html).links.map(\.url)
    }

    @Test("href and src in double, single and bare quotes, any case")
    func attributeForms() {
        #expect(urls(#"<a href="/a/">x</a><img SRC='/b.svg' alt=""><A HREF=/c/>y</A><link href=/d.css rel=stylesheet>"#)
            == ["/a/", "/b.svg", "/c/", "/d.css"])
    }

    @Test("form actions, video posters and SVG xlink:href are links too; other attributes are not")
    func otherLinkAttributes() {
        #expect(urls(##"<form action="/tim-kiem/"><video poster="/p.png"></video><use xlink:href="#icon"/><a title="/x/" data-href="/y/">"##)
            == ["/tim-kiem/", "/p.png", "#icon"])
    }

    @Test("character references in values are decoded")
    func references() {
        #expect(urls(#"<a href="/a/?x=1&amp;y=2&#38;z=&#x33;#%C4%91">"#) == ["/a/?x=1&y=2&z=3#%C4%91"])
        #expect(urls(#"<a href="/a&b/&unknown;">"#) == ["/a&b/&unknown;"])
    }

    @Test("nothing inside comments, scripts, styles or titles is a tag")
    func rawText() {
        let html = """
            <title>a <a href="/1/"></title><!-- <a href="/2/"> --><script>"<a href='/3/'>"; if (a </b) {}</script>
            <style>/* <a href="/4/"> */</style><SCRIPT type="module">x = "</scriptx><a href='/5/'>"</SCRIPT >
            <!doctype html><a href="/6/">
            """
        #expect(urls(html) == ["/6/"])
    }

    @Test("a sitemap's <loc> text is a link, trimmed")
    func sitemapLocations() {
        let xml = "<urlset><url><loc>\n  https://example.gov.vn/xa/?a=1&amp;b=2 </loc><xhtml:link href=\"/en/\"/></url><url><loc></loc></url></urlset>"
        #expect(urls(xml) == ["https://example.gov.vn/xa/?a=1&b=2", "/en/", ""])
        let location = HTMLScanner.scan(xml).links[0]
        #expect(Array(xml.utf8)[location.offset] == UInt8(ascii: "h"))
    }

    @Test("ids of any element and names of <a> are anchors")
    func anchors() {
        let page = HTMLScanner.scan(#"<h2 id="dieu-1">x</h2><section ID=phan-2><a name="cu"></a><input name="q"><p id='a&amp;b'>"#)
        #expect(page.anchors == ["dieu-1", "phan-2", "cu", "a&b"])
    }

    @Test("a link's offset is the first byte of its value")
    func offsets() {
        let html = "<p>Tiếng Việt <a\n  href=\"/xa/\">"
        let link = HTMLScanner.scan(html).links[0]
        let bytes = Array(html.utf8)
        #expect(String(decoding: bytes[link.offset..<link.offset + 4], as: UTF8.self) == "/xa/")
        #expect(TextPositions(bytes: bytes).lineAndColumn(at: link.offset) == (2, 9))
        #expect(TextPositions(bytes: Array("Việt <a href=/x>".utf8)).lineAndColumn(at: 14) == (1, 13))
    }

    @Test("unterminated markup does not crash or loop")
    func truncated() {
        for html in ["<", "<a", "<a href", "<a href=", "<a href=\"/x", "<!--", "<script>", "<a href='/x'", "</", "<a =x>"] {
            _ = HTMLScanner.scan(html)
        }
        #expect(urls("<a href='/x'") == ["/x"])
    }
}
