#if canImport(Glibc)
import Glibc
#endif
import MinhBachDiagnostics
import NIOCore

/// Why the preview could not start listening, in words for the person who
/// typed `minhbach serve` (the network library's own text, such as
/// `bind(descriptor:ptr:bytes:) … (errno: 98)`, says nothing to them).
public struct ServeFailure: Error, Equatable, Sendable {
    public enum Code: String, Sendable {
        /// Another program listens on the port already.
        case portInUse = "serve-port-in-use"
        /// Ports below 1024 need administrator rights.
        case portNotPermitted = "serve-port-not-permitted"
    }

    public var code: Code
    /// Where the server tried to listen.
    public var host: String
    public var port: Int

    public init(code: Code, host: String, port: Int) {
        self.code = code
        self.host = host
        self.port = port
    }

    /// What to tell the person who typed the command (`MB6301`, `MB6302`),
    /// worded in their language when it is shown, with a port to try instead.
    public var diagnostic: Diagnostic {
        let code: LinkMessage = self.code == .portInUse ? .portInUse : .portNotPermitted
        let other = self.code == .portInUse ? Self.suggestion(after: port) : 8080
        return Diagnostic(.links(code), at: SourceLocation(path: Self.messagePrefix),
                          [MessageArgument("port", String(port)), MessageArgument("other", String(other))])
    }

    /// Where the preview's own problems are reported: the command.
    public static let messagePrefix = "minhbach serve"

    /// The failure a server error stands for, when it is one this type names.
    static func from(_ error: any Error, host: String, port: Int) -> ServeFailure? {
        guard let io = error as? IOError else { return nil }
        switch io.errnoCode {
        case EADDRINUSE: return ServeFailure(code: .portInUse, host: host, port: port)
        case EACCES, EPERM: return ServeFailure(code: .portNotPermitted, host: host, port: port)
        default: return nil
        }
    }

    private static func suggestion(after port: Int) -> Int {
        port < 65535 ? port + 1 : 8080
    }
}
