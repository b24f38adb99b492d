import ArgumentParser
import Foundation
import MinhBachBuild
import MinhBachDiagnostics
import MinhBachServe

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site: serve it, rebuild on every change, reload the browser.",
        discussion: """
            Builds the site into memory and serves it at http://HOST:PORT/. Saving a page, a \
            data file or a template rebuilds only the pages that depend on it and reloads the \
            browsers showing them (a stylesheet change is swapped in without a reload). A \
            build error is shown over the page in the browser, with the file, line and the \
            source around it, while the last good pages stay served. Every file `build` writes \
            is served with the same bytes (HTML pages with the live-reload script added); an \
            unknown address gets the site's 404 page. Stop with Ctrl-C.
            """
    )

    @OptionGroup var site: SiteOptions
    @OptionGroup var messages: MessageOptions

    @Option(name: .long, help: "The port to listen on (0: any free port).")
    var port: Int = 8080

    @Option(name: .long, help: "The address to listen on. Only loopback addresses keep the preview private.")
    var host: String = "127.0.0.1"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("the port must be between 0 and 65535") }
    }

    func run() throws {
        let options = BuildOptions(source: site.sourceURL, includeDrafts: site.drafts, baseURL: "/", displayPrefix: site.displayPrefix)
        let language = messages.language(ofSiteAt: site.sourceURL)
        let terminal = TerminalOutput(progressEnabled: false, language: language)
        if !["127.0.0.1", "localhost", "::1"].contains(host) {
            terminal.printError(Diagnostic(.links(.servingToTheNetwork), at: SourceLocation(path: ServeFailure.messagePrefix),
                                           [MessageArgument("host", host)]).formatted(in: language))
        }
        let server = PreviewServer(options: .init(build: options, host: host, port: port, language: language))
        server.onUpdate = { update in
            terminal.print(update.diagnostics)
            let what = update.succeeded
                ? Summary.line(Summary.rebuilt, language, ["pages": Summary.count(update.renderedPages, .page, language),
                                                           "files": Summary.count(update.changedFiles.count, .file, language)])
                : Summary.line(Summary.rebuildFailed, language, ["errors": Summary.count(update.diagnostics.errors.count, .error, language)])
            terminal.printError("[\(Self.clock())] " + Summary.line(Summary.after, language, ["what": what, "ms": "\(Summary.milliseconds(update.duration))"]))
        }
        let finished = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        let host = self.host
        Task {
            do {
                try await server.run { port in
                    let shown = host.contains(":") ? "[\(host)]" : host
                    // Written at once (print would wait in a buffer when stdout is a pipe).
                    FileHandle.standardOutput.write(Data((Summary.line(Summary.serving, language, ["address": "http://\(shown):\(port)/"]) + "\n").utf8))
                }
            } catch {
                failure.error = error
            }
            finished.signal()
        }
        finished.wait()
        if let failure = failure.error as? ServeFailure {
            terminal.printError(failure.diagnostic.formatted(in: language))
            throw ExitCode(ExitStatus.siteErrors)
        }
        if let error = failure.error {
            terminal.printError(Diagnostic(.links(.serveFailed), at: SourceLocation(path: ServeFailure.messagePrefix),
                                           [MessageArgument("address", "\(host):\(port)"), MessageArgument("detail", "\(error)")])
                                    .formatted(in: language))
            throw ExitCode(ExitStatus.siteErrors)
        }
    }

    static func clock() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm:ss"
        return formatter.string(from: Date())
    }
}

private final class FailureBox: @unchecked Sendable {
    var error: Error?
}
