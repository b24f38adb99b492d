import Foundation
import MinhBachDiagnostics

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Headless Chromium (or Google Chrome), which prints pages to PDF.
public struct Chromium: Sendable {
    /// The names looked for on PATH, in order.
    public static let names = ["chromium", "chromium-browser", "google-chrome"]
    /// Set to the browser's path to use that one.
    public static let environmentKey = "MINHBACH_CHROMIUM"

    public let path: String

    /// Finds the browser: `MINHBACH_CHROMIUM` when set, else the first of
    /// `names` on PATH. The error says how to install it.
    public static func locate(environment: [String: String]) -> Result<Chromium, Diagnostic> {
        if let chosen = environment[environmentKey], !chosen.isEmpty {
            if chosen.contains("/") {
                if isProgram(chosen) { return .success(Chromium(path: chosen)) }
            } else if let found = search(chosen, path: environment["PATH"]) {
                return .success(Chromium(path: found))
            }
            return .failure(Diagnostic(.publish(.chromiumNotAtChosenPath), at: SourceLocation(path: PDFPrinter.messagePrefix),
                                        [MessageArgument("path", chosen), MessageArgument("variable", environmentKey)]))
        }
        for name in names {
            if let found = search(name, path: environment["PATH"]) { return .success(Chromium(path: found)) }
        }
        return .failure(Diagnostic(.publish(.chromiumNotFound), at: SourceLocation(path: PDFPrinter.messagePrefix),
                                    [MessageArgument("names", names.joined(separator: ", ")), MessageArgument("variable", environmentKey)]))
    }

    private static func search(_ name: String, path: String?) -> String? {
        let folders = (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for folder in folders where !folder.isEmpty {
            let candidate = "\(folder)/\(name)"
            if isProgram(candidate) { return candidate }
        }
        return nil
    }

    private static func isProgram(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }

    /// A Snap package sees only its own /tmp: give it files under the home folder.
    var isSnap: Bool {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        return resolved.hasPrefix("/snap/") || path.hasPrefix("/snap/")
    }

    /// The command line that prints `page` (a file URL) to `pdf`.
    func arguments(printing page: URL, to pdf: URL, profile: URL) -> [String] {
        [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-extensions",
            "--no-first-run",
            "--no-default-browser-check",
            "--hide-scrollbars",
            "--user-data-dir=\(profile.path)",
            "--no-pdf-header-footer",
            "--generate-pdf-document-outline",
            "--print-to-pdf=\(pdf.path)",
            page.absoluteString,
        ]
    }

    enum RunOutcome: Equatable {
        case exited(Int32)
        case killedBySignal(Int32)
        case timedOut
        case couldNotStart(Int32)
    }

    /// Runs the browser in a process group of its own, with standard output
    /// and error going to `log`. After `timeout` the whole group is stopped
    /// (the browser starts helper processes), and so are helpers left behind
    /// by a browser that ended.
    func run(_ arguments: [String], log: URL, timeout: Duration) -> RunOutcome {
        var fileActions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&fileActions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&fileActions)
            posix_spawnattr_destroy(&attributes)
        }
        posix_spawn_file_actions_addopen(&fileActions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&fileActions, 1, log.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&fileActions, 1, 2)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let started = posix_spawn(&pid, path, &fileActions, &attributes, argv, environ)
        guard started == 0 else { return .couldNotStart(started) }

        // The group is signalled only while its leader is not yet reaped, so
        // that its id cannot belong to anyone else.
        let deadline = ContinuousClock.now + timeout
        while !Self.hasEnded(pid) {
            if ContinuousClock.now >= deadline {
                kill(-pid, SIGTERM)
                let grace = ContinuousClock.now + .seconds(2)
                while !Self.hasEnded(pid), ContinuousClock.now < grace { usleep(20_000) }
                kill(-pid, SIGKILL)
                var status: Int32 = 0
                _ = waitpid(pid, &status, 0)
                return .timedOut
            }
            usleep(20_000)
        }
        // Helpers (crash handler, renderer) the browser did not take with it.
        kill(-pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .killedBySignal(signal)
    }

    /// Whether the process has ended, without reaping it.
    private static func hasEnded(_ pid: pid_t) -> Bool {
        var info = siginfo_t()
        let result = waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT)
        if result == -1 { return errno != EINTR }
        return info.si_signo == SIGCHLD
    }
}
