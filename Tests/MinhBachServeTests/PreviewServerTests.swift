import Foundation
import MinhBachBuild
import MinhBachDiagnostics
import MinhBachServe
import Testing

/// The preview server end to end: a real server on a free loopback port, a
/// copy of a fixture site edited on disk, and the browser's side of the
/// conversation (page requests and the event stream) over raw sockets.
@Suite(.serialized) struct PreviewServerTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("MinhBachBuildTests/Fixtures/sites/basic")

    private func start() async throws -> TestServer {
        try await TestServer.start(copying: Self.fixture)
    }

    private func stop(_ running: TestServer) {
        running.stop()
    }

    private func write(_ text: String, to relative: String, in running: TestServer) throws {
        try running.write(text, to: relative)
    }

    @Test func servesPagesWithTheLiveReloadScript() async throws {
        let running = try await start()
        defer { stop(running) }
        let home = try await RawHTTP.get("/", port: running.port)
        #expect(home.status == 200)
        #expect(home.headers.lowercased().contains("content-type: text/html; charset=utf-8"))
        #expect(home.body.contains("<script src=\"/__minhbach/live.js\" defer></script></body>"))
        let folderWithoutSlash = try await RawHTTP.get("/bao-cao", port: running.port)
        #expect(folderWithoutSlash.status == 301)
        #expect(try await RawHTTP.get("/__minhbach/live.js", port: running.port).body.contains("EventSource"))
    }

    /// The overlay's heading, label and button are worded in the preview's
    /// message language.
    @Test(arguments: [MessageLanguage.vi, .en])
    func theOverlayIsWordedInTheMessageLanguage(_ language: MessageLanguage) async throws {
        let running = try await TestServer.start(copying: Self.fixture, language: language)
        defer { stop(running) }
        let script = try await RawHTTP.get("/__minhbach/live.js", port: running.port).body
        #expect(script.contains("words.errors) + \" — \""))
        if language == .vi {
            #expect(script.contains(#""close":"Đóng""#))
            #expect(script.contains(#""kept":"trang cũ vẫn được hiển thị cho tới khi sửa xong""#))
            #expect(script.contains(#""errors":"lỗi""#))
            #expect(script.contains(#""label":"Lỗi khi dựng trang""#))
        } else {
            #expect(script.contains(#""close":"Close""#))
            #expect(script.contains(#""kept":"the last good page is shown until they are fixed""#))
            #expect(script.contains(#""error":"error","errors":"errors""#))
            #expect(script.contains(#""label":"Build errors""#))
            #expect(!script.contains("Đóng") && !script.contains("trang cũ"))
        }
        #expect(!script.contains("__WORDS__"))
    }

    @Test func editReloadsThePageAndAnErrorShowsUntilFixed() async throws {
        let running = try await start()
        defer { stop(running) }
        let events = try RawHTTP.events(port: running.port)
        #expect(await events.next("hello") != nil)
        // A browser has the page open (pages are rendered when first asked for).
        #expect(try await RawHTTP.get("/bao-cao/2024/", port: running.port).status == 200)

        // An edit: the page's reload event, then the new text.
        try write("---\ntitle: Báo cáo năm 2024\ndescription: Kết quả thực hiện năm 2024 (dữ liệu minh họa)\ndate: 15/12/2024\nweight: 2\nso_lieu: minh họa\n---\nĐoạn văn mới sau khi sửa.\n",
                  to: "content/bao-cao/2024.md", in: running)
        let reload = await events.next("reload")
        #expect(reload?.contains("/bao-cao/2024/index.html") == true, "got \(reload ?? "nothing")")
        #expect(try await RawHTTP.get("/bao-cao/2024/", port: running.port).body.contains("Đoạn văn mới sau khi sửa."))

        // A mistake: the overlay's event with the location; the last good page stays.
        try write("---\ntitle: Báo cáo năm 2024\ndate: 31/02/2024\n---\nBản hỏng.\n", to: "content/bao-cao/2024.md", in: running)
        let error = await events.next("error")
        #expect(error?.contains("content/bao-cao/2024.md:3:7") == true, "got \(error ?? "nothing")")
        // The site is in Vietnamese: so is the overlay's message (MB1507).
        #expect(error?.contains("Ngày '31/02/2024' không có thật") == true, "got \(error ?? "nothing")")
        let state = try await RawHTTP.get("/__minhbach/state", port: running.port)
        #expect(state.body.contains("31/02/2024"))
        #expect(try await RawHTTP.get("/bao-cao/2024/", port: running.port).body.contains("Đoạn văn mới sau khi sửa."))

        // Fixed: the page reloads and the errors are gone.
        try write("---\ntitle: Báo cáo năm 2024\ndate: 28/02/2024\n---\nĐã sửa xong.\n", to: "content/bao-cao/2024.md", in: running)
        #expect(await events.next("reload") != nil)
        #expect(try await RawHTTP.get("/__minhbach/state", port: running.port).body == "{\"errors\":[]}")
        #expect(try await RawHTTP.get("/bao-cao/2024/", port: running.port).body.contains("Đã sửa xong."))
    }

    @Test(arguments: ["/../Package.swift", "/%2e%2e/%2e%2e/etc/passwd", "/bao-cao/../../content/site.yaml", "/..%2f..%2fetc%2fpasswd",
                      "/content/site.yaml", "/assets/", "/bao-cao//2024/", "/%00", "/bao-cao/%5c..%5cx"])
    func pathsOutsideTheSiteAreNotFound(_ path: String) async throws {
        let running = try await start()
        defer { stop(running) }
        let response = try await RawHTTP.get(path, port: running.port)
        #expect(response.status == 404 || response.status == 400, "\(path) answered \(response.status)")
        #expect(!response.body.contains("root:"))
        #expect(!response.body.contains("base_url"))
    }
}
