#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Hands memory the build has just let go back to the system, where a lot
/// goes at once: after each table of the data bundle (the national
/// observations are 603,060 rows, made, written and dropped).
///
/// The release build allocates with mimalloc (Package.swift), which keeps
/// freed pages for reuse. On the national site the bundle's thread kept
/// about 125 MB so after the bundle was written, and the indicator pages
/// rendered later peaked on top of it: 530 MiB against glibc's 496.
/// `mi_collect(true)` returns them. It is looked up at run time, so that
/// builds on glibc's allocator (debug, the sanitizers) do without it.
enum FreedMemory {
    private typealias Collect = @convention(c) (Bool) -> Void

    private static let collect: Collect? = {
        // The process's own symbols (RTLD_DEFAULT, a null handle on Linux).
        guard let symbol = dlsym(nil, "mi_collect") else { return nil }
        return unsafeBitCast(symbol, to: Collect.self)
    }()

    /// Whether there is an allocator to ask (the release build's).
    static var isAvailable: Bool { collect != nil }

    static func returnToSystem() {
        collect?(true)
    }
}
