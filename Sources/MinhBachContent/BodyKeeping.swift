import Foundation

/// Which pages keep their Markdown in memory from loading until they are
/// rendered; the others leave it in their files, read again by
/// `ContentFile.bodyText()`.
///
/// Reading a file again costs a stat, an open, a read, a close, a
/// fingerprint and a UTF-8 check: about 75,000 instructions and four system
/// calls a page, 6 % of a page of the 10,000-page bench corpora, whose
/// Markdown takes 35 MB. Holding it costs memory that grows with the site,
/// which a site of 100,000 pages cannot afford (docs/PERFORMANCE.md, "The
/// page sources are read again, not held"). So a small site holds its
/// Markdown, up to a fixed amount, and a large one holds none.
public enum BodyKeeping: Sendable, Equatable {
    /// Every page's (the preview, which shows a file as it was read).
    case all
    /// Every page's while the site has at most `pages` pages and as long as
    /// their Markdown fits in `bytes`; none for a larger site.
    case upTo(pages: Int, bytes: Int)
    /// No page's.
    case none

    /// 20,000 pages, 64 MB: the 10,000-page corpora (35 MB) are held
    /// whole, 100,000 pages are read again.
    public static let whileSmall = BodyKeeping.upTo(pages: 20_000, bytes: 64 << 20)
}

/// What is left of the memory for kept Markdown during one load, shared by
/// the threads that read files. Which files get kept depends on the order
/// they are read in, but not what is built: a kept text and a text read
/// again are the same bytes (or the build stops with MB1408).
final class BodyBudget: @unchecked Sendable {
    private let lock = NSLock()
    private var bytesLeft: Int

    init(_ keeping: BodyKeeping, pages: Int) {
        switch keeping {
        case .all: bytesLeft = .max
        case .upTo(let pageLimit, let bytes): bytesLeft = pages <= pageLimit ? bytes : 0
        case .none: bytesLeft = 0
        }
    }

    /// Whether `body` is kept; its bytes are taken from the budget if so.
    func keeps(_ body: String) -> Bool {
        let size = body.utf8.count
        lock.lock()
        defer { lock.unlock() }
        guard bytesLeft > 0, size <= bytesLeft else { return false }
        if bytesLeft != .max { bytesLeft -= size }
        return true
    }
}
