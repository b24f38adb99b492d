import Foundation
import MinhBachBuild
@testable import MinhBachServe
import Testing

/// `serve` answers every file `build` writes with the same bytes. The one
/// difference is deliberate: HTML pages get the live-reload script before
/// `</body>`; the comparison removes exactly that element (`LiveScript.tag`)
/// and nothing else.
@Suite(.serialized) struct PublishedFilesTests {
    /// The example site `minhbach init` writes, built once by `build`;
    /// each test serves a copy of its source folder.
    private static let example: (source: URL, built: [String: Data]) = {
        let source = (try? TestServer.scratch()) ?? FileManager.default.temporaryDirectory
        if case .failure(let problem) = SiteInitialiser().create(at: source, displayPath: ".") {
            Issue.record("cannot create the example site: \(problem.formatted)")
        }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("minhbach-built-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let report = SiteBuilder().build(BuildOptions(source: source, output: output, baseURL: "/"))
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.map(\.formatted))")
        var built: [String: Data] = [:]
        let root = output.resolvingSymlinksInPath().path + "/"
        let walker = FileManager.default.enumerator(at: output, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let path = String(url.resolvingSymlinksInPath().path.dropFirst(root.count))
            // `.minhbach-output` marks the folder as build's own; it is not part of the site.
            guard !path.hasPrefix(".") else { continue }
            built[path] = try? Data(contentsOf: url)
        }
        return (source, built)
    }()

    private func exampleSite() throws -> (folder: URL, built: [String: Data]) {
        let folder = try TestServer.scratch()
        try TestServer.copy(Self.example.source, into: folder)
        return (folder, Self.example.built)
    }

    /// What `serve` sends for an HTML page, without what it adds.
    static func withoutInjection(_ data: Data, notFound: Bool = false) -> Data {
        Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: LiveScript.tag(notFound: notFound), with: "").utf8)
    }

    static func address(of path: String) -> String {
        "/" + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path)
    }

    @Test func everyBuiltFileIsServedWithTheSameBytes() async throws {
        let (folder, built) = try exampleSite()
        #expect(built.count > 50, "the example site writes pages, downloads and extras")
        for expected in ["tim-kiem/index.html", "feed.xml", "sitemap.xml", "robots.txt", "404.html", "du-lieu/minhbach-du-lieu.zip"] {
            #expect(built[expected] != nil, "build wrote \(expected)")
        }
        #expect(built.keys.contains { $0.hasPrefix("tim-kiem/chi-muc/") }, "the search index")
        #expect(built.keys.contains { $0.hasSuffix(".csv") } && built.keys.contains { $0.hasSuffix(".json") }, "downloads")
        let server = try await TestServer.start(serving: folder)
        defer { server.stop() }
        var mismatches: [String] = []
        for (path, bytes) in built.sorted(by: { $0.key < $1.key }) {
            let response = try await RawHTTP.get(Self.address(of: path), port: server.port)
            let served = path.hasSuffix(".html") ? Self.withoutInjection(response.data) : response.data
            if response.status != 200 || served != bytes {
                mismatches.append("\(path): status \(response.status), \(served.count) bytes served, \(bytes.count) built")
            }
        }
        #expect(mismatches == [], "\(mismatches.count) of \(built.count) files differ")
    }

    /// Files made from the whole site are made again after an edit: the
    /// search index finds the new word, and every file equals what `build`
    /// writes from the edited folder.
    @Test func whatIsMadeFromTheWholeSiteFollowsAnEdit() async throws {
        let (folder, _) = try exampleSite()
        let server = try await TestServer.start(serving: folder)
        defer { server.stop() }
        let events = try RawHTTP.events(port: server.port)
        #expect(await events.next("hello") != nil)
        let page = folder.appendingPathComponent("content/gioi-thieu.md")
        #expect(try await RawHTTP.get("/tim-kiem/", port: server.port).status == 200, "the search files are made once before the edit")

        try (String(contentsOf: page, encoding: .utf8) + "\nMột từ mới: khuongnhac.\n").write(to: page, atomically: true, encoding: .utf8)
        #expect(await events.next("reload") != nil)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("minhbach-built-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(SiteBuilder().build(BuildOptions(source: folder, output: output, baseURL: "/")).succeeded)
        let walker = FileManager.default.enumerator(atPath: output.path)
        var compared = 0
        while let path = walker?.nextObject() as? String {
            guard path.hasPrefix("tim-kiem/") || path.hasPrefix("en/tim-kiem/") || ["feed.xml", "sitemap.xml", "gioi-thieu/index.html"].contains(path),
                  path.contains(".") else { continue }
            let built = try Data(contentsOf: output.appendingPathComponent(path))
            let served = try await RawHTTP.get(Self.address(of: path), port: server.port)
            #expect((path.hasSuffix(".html") ? Self.withoutInjection(served.data) : served.data) == built, "\(path)")
            compared += 1
        }
        #expect(compared > 5)
    }

    @Test func headAnswersAsGetWithoutTheBody() async throws {
        let (folder, built) = try exampleSite()
        let server = try await TestServer.start(serving: folder)
        defer { server.stop() }
        let download = try #require(built.keys.sorted().first { $0.hasSuffix(".csv") })
        for path in ["", "tim-kiem/", "feed.xml", download, "khong-co-trang-nay/"] {
            let get = try await RawHTTP.get("/" + path, port: server.port)
            let head = try await RawHTTP.head("/" + path, port: server.port)
            #expect(head.status == get.status, "/\(path)")
            #expect(head.data.isEmpty, "/\(path): no body")
            #expect(head.header("content-length") == String(get.data.count), "/\(path): \(head.headers)")
            #expect(head.header("content-type") == get.header("content-type"), "/\(path)")
        }
    }

    @Test func unknownAddressesGetTheSitesNotFoundPage() async throws {
        let (folder, built) = try exampleSite()
        let server = try await TestServer.start(serving: folder)
        defer { server.stop() }
        for path in ["/khong-co-trang-nay/", "/bao-cao/khong-co.csv", "/../etc/passwd"] {
            let response = try await RawHTTP.get(path, port: server.port)
            #expect(response.status == 404, "\(path)")
            #expect(response.body.contains(LiveScript.tag(notFound: true)), "\(path): the live script, marked as the 404 page")
            #expect(Self.withoutInjection(response.data, notFound: true) == built["404.html"], "\(path): the site's own 404.html")
        }
    }

    @Test func aNewPageWithAnErrorShowsItThenAppearsWhenFixed() async throws {
        let (folder, _) = try exampleSite()
        let server = try await TestServer.start(serving: folder)
        defer { server.stop() }
        let events = try RawHTTP.events(port: server.port)
        #expect(await events.next("hello") != nil)

        try server.write("---\ntitle: Trang mới\ndate: 31/02/2026\n---\nNội dung.\n", to: "content/bao-cao/trang-moi.md")
        let error = await events.next("error")
        #expect(error?.contains("content/bao-cao/trang-moi.md:3:7") == true, "got \(error ?? "nothing")")
        let missing = try await RawHTTP.get("/bao-cao/trang-moi/", port: server.port)
        #expect(missing.status == 404)
        #expect(missing.body.contains(LiveScript.tag(notFound: true)), "the 404 page carries the script that shows the overlay")
        let state = try await RawHTTP.get("/__minhbach/state", port: server.port)
        #expect(state.body.contains("\"location\":\"content/bao-cao/trang-moi.md:3:7\""), "got \(state.body)")

        try server.write("---\ntitle: Trang mới\ndate: 28/02/2026\n---\nNội dung đã sửa.\n", to: "content/bao-cao/trang-moi.md")
        let reload = await events.next("reload")
        #expect(reload?.contains("/bao-cao/trang-moi/index.html") == true, "the new page's address is in the reload: \(reload ?? "nothing")")
        let fixed = try await RawHTTP.get("/bao-cao/trang-moi/", port: server.port)
        #expect(fixed.status == 200)
        #expect(fixed.body.contains("Nội dung đã sửa."))
        #expect(try await RawHTTP.get("/__minhbach/state", port: server.port).body == "{\"errors\":[]}")
    }
}
