import Testing
@testable import MinhBachLinks

@Suite("LinkResolver")
struct LinkResolverTests {
    let root = LinkResolver(baseURL: "https://minhbach.example.gov.vn/")
    let sub = LinkResolver(baseURL: "https://Example.gov.vn/minhbach/")

    @Test("the base path comes from base_url")
    func basePath() {
        #expect(root.basePath == "/")
        #expect(sub.basePath == "/minhbach/")
        #expect(LinkResolver(baseURL: "/").basePath == "/")
        #expect(LinkResolver(baseURL: "/a/b").basePath == "/a/b/")
    }

    @Test("absolute paths start with the base path", arguments: [
        ("/minhbach/", "xa/index.html", LinkTarget.site(path: "", fragment: nil)),
        ("/minhbach/xa/", "index.html", .site(path: "xa/", fragment: nil)),
        ("/minhbach/xa/#ban-do", "index.html", .site(path: "xa/", fragment: "ban-do")),
        ("/minhbach/du-lieu.csv?v=2", "index.html", .site(path: "du-lieu.csv", fragment: nil)),
        ("/minhbach/x%20y/#%C4%91i%E1%BB%81u-1", "index.html", .site(path: "x y/", fragment: "điều-1")),
        ("/minhbach/a/./b/../c/", "index.html", .site(path: "a/c/", fragment: nil)),
        ("/khac/", "index.html", .outsideBase),
        ("/minhbach", "index.html", .outsideBase),
    ])
    func absolute(_ url: String, _ page: String, _ expected: LinkTarget) {
        #expect(sub.resolve(url, from: page) == expected)
    }

    @Test("relative paths start from the page's folder", arguments: [
        ("../", "xa/a/index.html", LinkTarget.site(path: "xa/", fragment: nil)),
        ("../b/", "xa/a/index.html", .site(path: "xa/b/", fragment: nil)),
        ("./", "xa/a/index.html", .site(path: "xa/a/", fragment: nil)),
        (".", "xa/a/index.html", .site(path: "xa/a/", fragment: nil)),
        ("../../", "xa/a/index.html", .site(path: "", fragment: nil)),
        ("../../../", "xa/a/index.html", .aboveRoot),
        ("van-ban/", "404.html", .site(path: "van-ban/", fragment: nil)),
        ("style.css", "assets/index.html", .site(path: "assets/style.css", fragment: nil)),
        ("#dieu-1", "xa/a/index.html", .site(path: "xa/a/index.html", fragment: "dieu-1")),
        ("", "xa/a/index.html", .site(path: "xa/a/index.html", fragment: nil)),
        ("?trang=2", "xa/index.html", .site(path: "xa/index.html", fragment: nil)),
        ("#", "xa/index.html", .site(path: "xa/index.html", fragment: nil)),
    ])
    func relative(_ url: String, _ page: String, _ expected: LinkTarget) {
        #expect(root.resolve(url, from: page) == expected)
    }

    @Test("other hosts and schemes are external; the site's own host is not", arguments: [
        ("https://chinhphu.vn/", LinkTarget.external),
        ("http://example.gov.vn.evil.org/minhbach/", .external),
        ("mailto:ubnd@example.gov.vn", .external),
        ("tel:+842923820000", .external),
        ("data:image/png;base64,AAAA", .external),
        ("//cdn.example.org/a.js", .external),
        ("https://example.gov.vn/minhbach/xa/", .site(path: "xa/", fragment: nil)),
        ("HTTP://EXAMPLE.GOV.VN/minhbach/#a", .site(path: "", fragment: "a")),
        ("https://example.gov.vn", .outsideBase),
        ("//example.gov.vn/minhbach/van-ban/", .site(path: "van-ban/", fragment: nil)),
        ("javascript:void(0)", .javascript),
        ("  JavaScript:alert(1)", .javascript),
    ])
    func schemes(_ url: String, _ expected: LinkTarget) {
        #expect(sub.resolve(url, from: "index.html") == expected)
    }

    @Test("a path-only base URL checks no host")
    func pathOnlyBase() {
        let resolver = LinkResolver(baseURL: "/")
        #expect(resolver.resolve("https://example.gov.vn/xa/", from: "index.html") == .external)
        #expect(resolver.resolve("/xa/", from: "index.html") == .site(path: "xa/", fragment: nil))
    }
}
