#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding a byte or a run of bytes in a page's UTF-8, through the C
/// library: `firstIndex(of:)` on a buffer tests one byte at a time, about
/// four instructions a byte, where memchr takes a fraction of one.
public enum ByteSearch {
    /// Where `byte` first occurs in `bytes[start..<end]`.
    public static func first(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int? = nil) -> Int? {
        let end = end ?? bytes.count
        guard start < end, let base = bytes.baseAddress, let found = memchr(base + start, Int32(byte), end - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Where `needle` first starts in `bytes[start..<end]`: memchr to each
    /// candidate first byte, memcmp for the rest (Glibc's module does not
    /// export memmem).
    public static func first(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int? = nil) -> Int? {
        let end = end ?? bytes.count
        guard let head = needle.first, end - start >= needle.count, let base = bytes.baseAddress else { return nil }
        let last = end - needle.count
        var from = start
        return needle.withUnsafeBytes { pattern in
            while from <= last, let candidate = first(head, in: bytes, from: from, to: last + 1) {
                if memcmp(base + candidate, pattern.baseAddress!, needle.count) == 0 { return candidate }
                from = candidate + 1
            }
            return nil
        }
    }

    /// `text` with every `needle` replaced by `replacement`, found by memchr:
    /// Foundation's `replacingOccurrences` walks a whole page at tens of
    /// instructions a byte.
    public static func replacing(_ needle: String, with replacement: String, in text: String) -> String {
        var contiguous = text
        let pattern = Array(needle.utf8)
        return contiguous.withUTF8 { bytes in
            guard var found = first(pattern, in: bytes, from: 0) else { return text }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 64)
            var cursor = 0
            while true {
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[cursor..<found]))
                result.append(contentsOf: replacement.utf8)
                cursor = found + pattern.count
                guard let next = first(pattern, in: bytes, from: cursor) else { break }
                found = next
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[cursor...]))
            return String(decoding: result, as: UTF8.self)
        }
    }
}
