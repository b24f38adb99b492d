import Foundation

/// A short content hash for asset file names. FNV-1a (64-bit), written here
/// because it is ten lines and needs no cryptographic strength: it only has
/// to change when the file changes.
enum ContentHash {
    static func hex(of data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let text = String(hash, radix: 16)
        return String((String(repeating: "0", count: 16 - text.count) + text).prefix(10))
    }
}
