import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Puts a finished build in place of the previous one.
///
/// On Linux, `renameat2(RENAME_EXCHANGE)` swaps the two folders in one step,
/// so `site-out/` is at every instant either the whole old site or the whole
/// new one. Where that call is missing (older kernels, other systems) two
/// renames are used, which leave a moment without `site-out/` but never a
/// mix of old and new files.
enum AtomicSwap {
    /// Exchanges `staged` and `target` (both must exist). Afterwards `staged`
    /// holds the previous build.
    static func exchange(_ staged: String, _ target: String) -> Bool {
        #if os(Linux)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        // Looked up at run time: glibc declares renameat2 only with _GNU_SOURCE,
        // which Swift's Glibc module does not set.
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") {
            let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
            let renameExchange: UInt32 = 1 << 1
            if renameat2(AT_FDCWD, staged, AT_FDCWD, target, renameExchange) == 0 { return true }
        }
        #endif
        return false
    }

    /// Replaces `target` with `staged`; returns the path the previous build
    /// was moved to (to be deleted), or nil when there was none.
    static func replace(_ target: String, with staged: String, oldPlace: String) throws -> String? {
        guard FileManager.default.fileExists(atPath: target) else {
            try FileManager.default.moveItem(atPath: staged, toPath: target)
            return nil
        }
        if exchange(staged, target) { return staged }
        try FileManager.default.moveItem(atPath: target, toPath: oldPlace)
        try FileManager.default.moveItem(atPath: staged, toPath: target)
        return oldPlace
    }
}
