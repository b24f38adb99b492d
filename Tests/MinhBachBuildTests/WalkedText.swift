import Foundation
@testable import MinhBachBuild

/// The text of a page body (HTML) as `PageTextWalk` reads it, whole, and
/// its summary: what the index folds into words as the walk goes, kept
/// here so that tests can compare the walk with the first implementation.
struct WalkedText {
    /// Everything a reader sees, headings and tables included.
    var text: String
    /// Prose only (no headings, tables, figures, charts), whitespace
    /// collapsed, list items separated by " · ": the start of the page.
    var summary: String

    init(html: String) {
        var html = html
        let walk = html.withUTF8 { bytes in
            var walk = PageTextWalk(sink: Collector(capacity: bytes.count / 4))
            walk.walk(bytes)
            return walk
        }
        self.text = String(decoding: walk.sink.text, as: UTF8.self)
        self.summary = HTMLText.shorten(String(decoding: walk.summary, as: UTF8.self))
    }

    /// The text, one space where the walk separates words.
    private struct Collector: PageTextSink {
        var text: [UInt8] = []
        var pendingSpace = false

        init(capacity: Int) { text.reserveCapacity(capacity) }

        mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            var end = start
            while end < bytes.count, !PageTextWalk<Self>.endsText(bytes[end]) { end += 1 }
            if end > start { append(UnsafeBufferPointer(rebasing: bytes[start..<end])) }
            return end
        }

        mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
            if pendingSpace, !text.isEmpty { text.append(0x20) }
            pendingSpace = false
            text.append(contentsOf: bytes)
        }

        mutating func separate() { pendingSpace = true }
    }
}
