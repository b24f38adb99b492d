import Foundation
import Hummingbird
import Logging
import MinhBachBuild
import MinhBachDiagnostics

/// `minhbach serve`: the site from memory, rebuilt as files change, with
/// live reload and errors shown in the browser. It never reads a file by
/// the path a request names: it answers only from the built site's own
/// list of files, so no request can reach outside the site.
public final class PreviewServer: @unchecked Sendable {
    public struct Options: Sendable {
        public var build: BuildOptions
        public var host: String
        public var port: Int
        /// The language of the error overlay's messages.
        public var language: MessageLanguage

        public init(build: BuildOptions, host: String = "127.0.0.1", port: Int = 8080, language: MessageLanguage = .vi) {
            self.language = language
            self.build = build
            self.host = host
            self.port = port
        }
    }

    public let site: LiveSite
    let options: Options
    let hub = LiveReloadHub()
    private var watcher: FileWatcher?
    /// Called after each rebuild (for the terminal and for tests).
    public var onUpdate: (@Sendable (LiveSite.Update) -> Void)?

    public init(options: Options) {
        self.options = options
        self.site = LiveSite(options: options.build)
    }

    /// Builds the site, starts watching, then serves until cancelled.
    /// `onRunning` receives the port actually bound (useful with port 0).
    /// A port that cannot be used throws a `ServeFailure`.
    public func run(onRunning: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
        let first = site.build()
        onUpdate?(first)
        let source = options.build.source
        let watcher = FileWatcher(roots: [source.appendingPathComponent("content"), source.appendingPathComponent("templates")],
                                  quietPeriod: .milliseconds(10)) {
            [weak self] paths in self?.rebuild(paths)
        }
        self.watcher = watcher
        watcher.start()
        defer { watcher.stop() }

        let router = Router()
        // "**" needs at least one path component: the root has its own route.
        // HEAD answers as GET does, headers and all, without the body.
        for path in ["/", "**"] as [RouterPath] {
            router.get(path) { [self] request, _ -> Response in await respond(to: request) }
            router.head(path) { [self] request, _ -> Response in await respond(to: request).createHeadResponse() }
        }
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "MinhBach"),
            onServerRunning: { channel in onRunning(channel.localAddress?.port ?? 0) },
            logger: {
                var logger = Logger(label: "minhbach.serve")
                logger.logLevel = .critical   // errors surface as thrown errors; shutdown noise is not wanted
                return logger
            }()
        )
        // A preview has nothing to save: Ctrl-C ends it at once. (A graceful
        // shutdown would wait for the browsers' event streams, which never end.)
        signal(SIGINT) { _ in _exit(0) }
        signal(SIGTERM) { _ in _exit(0) }
        do {
            try await app.runService(gracefulShutdownSignals: [])
        } catch {
            throw ServeFailure.from(error, host: options.host, port: options.port) ?? error
        }
    }

    /// Rebuilds after `paths` changed and tells the browsers.
    func rebuild(_ paths: Set<String>) {
        let update = site.update(changed: paths)
        onUpdate?(update)
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        Task {
            if !update.succeeded {
                await hub.broadcast(event: "error", data: ErrorReport.json(update.diagnostics, root: root, language: options.language))
            } else if update.stylesheetOnly {
                await hub.broadcast(event: "css", data: stylesheetChanges(update.changedFiles))
            } else {
                let base = site.basePath
                let paths = update.changedFiles.filter { $0.hasSuffix(".html") }.map { base + $0 }.sorted()
                await hub.broadcast(event: "reload", data: Self.json(paths))
            }
        }
    }

    private func stylesheetChanges(_ changed: Set<String>) -> String {
        // New stylesheet names replace old ones of the same stem (style.<hash>.css).
        let base = site.basePath
        let new = changed.filter { $0.hasSuffix(".css") && site.file(at: $0) != nil }
        let old = changed.filter { $0.hasSuffix(".css") && site.file(at: $0) == nil }
        var pairs: [[String: String]] = []
        for to in new {
            let stem = to.split(separator: ".").first.map(String.init) ?? to
            if let from = old.first(where: { $0.hasPrefix(stem + ".") }) { pairs.append(["from": base + from, "to": base + to]) }
        }
        return Self.json(pairs)
    }

    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    // MARK: - Requests

    func respond(to request: Request) async -> Response {
        let rawPath = request.uri.path
        switch rawPath {
        case LiveScript.path:
            return Self.response(Data(LiveScript.source(in: options.language).utf8), type: "text/javascript; charset=utf-8")
        case LiveScript.statePath:
            let state = "{\"errors\":\(ErrorReport.json(site.currentErrors, root: URL(fileURLWithPath: FileManager.default.currentDirectoryPath), language: options.language))}"
            return Self.response(Data(state.utf8), type: "application/json")
        case LiveScript.eventsPath:
            // A HEAD request gets the stream's headers, not a subscription that never ends.
            if request.method == .head { return Response(status: .ok, headers: Self.eventStreamHeaders) }
            return await events()
        default:
            break
        }
        guard let path = RequestPath.resolve(rawPath, basePath: site.basePath) else { return notFound() }
        if let data = site.file(at: path.file) {
            return Self.response(path.file.hasSuffix(".html") ? inject(data, draft: site.isDraft(path.file)) : data,
                                 type: ContentTypes.of(path.file))
        }
        if let folder = path.folderIndex, site.file(at: folder) != nil {
            return Response(status: .movedPermanently, headers: [.location: rawPath + "/"])
        }
        return notFound()
    }

    private func events() async -> Response {
        let (id, stream) = await hub.subscribe()
        let hub = self.hub
        return Response(
            status: .ok,
            headers: Self.eventStreamHeaders,
            body: ResponseBody { writer in
                try await writer.write(ByteBuffer(string: "event: hello\ndata: {}\n\n"))
                for await message in stream {
                    try await writer.write(ByteBuffer(string: message))
                }
                await hub.unsubscribe(id)
                try await writer.finish(nil)
            }
        )
    }

    static let eventStreamHeaders: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-cache"]

    /// The site's own 404 page, with the live script: on the address of a
    /// new page that has an error it shows the error, and it reloads after
    /// the next good rebuild. Before the site has ever built there is no
    /// 404 page; a minimal one carries the script instead.
    private func notFound() -> Response {
        let page = site.file(at: NotFoundFallback.sitePath)
            ?? Data(NotFoundFallback.html.utf8)
        return Response(status: .notFound, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                        body: .init(byteBuffer: ByteBuffer(bytes: inject(page, draft: false, notFound: true))))
    }

    /// Adds the live-reload script, and the draft banner on drafts.
    func inject(_ html: Data, draft: Bool, notFound: Bool = false) -> Data {
        var text = String(decoding: html, as: UTF8.self)
        let script = LiveScript.tag(notFound: notFound)
        if let end = text.range(of: "</body>", options: .backwards) {
            text.insert(contentsOf: script, at: end.lowerBound)
        } else {
            text += script
        }
        if draft, let body = text.range(of: "<body"), let close = text[body.upperBound...].firstIndex(of: ">") {
            let banner = "<div role=\"note\" style=\"position:sticky;top:0;z-index:9999;background:#b3261e;color:#fff;"
                + "font:bold 16px system-ui,sans-serif;text-align:center;padding:8px\">BẢN NHÁP — trang này chưa được công bố (draft)</div>"
            text.insert(contentsOf: banner, at: text.index(after: close))
        }
        return Data(text.utf8)
    }

    static func response(_ data: Data, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
