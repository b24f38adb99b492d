#if canImport(Glibc)
import Glibc
#endif
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

    /// One line, Vietnamese first, then English, with what to do.
    public var message: String {
        switch code {
        case .portInUse:
            return "lỗi: cổng \(port) đang được chương trình khác dùng; hãy chọn cổng khác, ví dụ --port \(Self.suggestion(after: port))"
                + " / error: port \(port) is already in use; choose another with --port"
        case .portNotPermitted:
            return "lỗi: không được phép dùng cổng \(port) (cổng dưới 1024 cần quyền quản trị); hãy chọn cổng khác, ví dụ --port 8080"
                + " / error: no permission to use port \(port) (ports below 1024 need administrator rights); choose another with --port"
        }
    }

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
