import MinhBachText

/// Where a `WordFolder` hands the words it finds.
protocol FoldedWordSink {
    /// One word: its folded bytes (a–z, 0–9, never empty) and their FNV-1a
    /// hash. The bytes are valid only during the call.
    mutating func take(_ word: UnsafeBufferPointer<UInt8>, hash: UInt32)
}

/// Folds UTF-8 text into words by `VietnameseFolding`, straight from its
/// bytes: ASCII by a table of 128, other scalars below U+3000 by one read
/// of `VietnameseFolding.packedTable`. No String is made per word; the
/// sink decides what a word becomes (a page's counts, a title's list).
/// Text may come in pieces: a word goes on across pieces until a separator
/// or `finish`.
struct WordFolder {
    /// The bytes of the word being folded. A class owns them (and frees
    /// them), so that appending a byte is a store, not an array's
    /// uniqueness and capacity checks. A folder is not copied while in use.
    private final class Storage {
        let bytes: UnsafeMutablePointer<UInt8>
        let capacity: Int

        init(capacity: Int) {
            self.capacity = capacity
            bytes = .allocate(capacity: capacity)
        }

        deinit { bytes.deallocate() }
    }

    private var storage = Storage(capacity: 64)
    private var count = 0
    private var hash = WordFolder.hashStart
    private let table = VietnameseFolding.packedTable

    static let hashStart: UInt32 = 0x811C_9DC5
    static let hashPrime: UInt32 = 0x0100_0193

    /// FNV-1a of bytes, as the folder hashes the words it finds.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash = hashStart
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* hashPrime }
        return hash
    }

    /// What an ASCII byte is to the folder: its folded letter (a–z, 0–9), 0
    /// for a separator, or `markup` for the bytes that end a piece of page
    /// text (`PageTextWalk`): `<`, `&` and white space, separators elsewhere.
    /// Allocated once, for as long as the process runs, as a static lives;
    /// written only before it is published, so threads share it safely.
    nonisolated(unsafe) private static let ascii: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 128)
        table.initialize(repeating: 0, count: 128)
        for byte in UInt8(0)..<128 {
            switch byte {
            case 0x61...0x7A, 0x30...0x39: table[Int(byte)] = byte
            case 0x41...0x5A: table[Int(byte)] = byte | 0x20
            case UInt8(ascii: "<"), UInt8(ascii: "&"), 0x20, 0x0A, 0x09, 0x0D: table[Int(byte)] = markup
            default: break
            }
        }
        return UnsafePointer(table)
    }()
    private static let markup: UInt8 = 0xFF
    private let ascii = WordFolder.ascii

    /// Folds all of `bytes` (whole UTF-8 scalars), handing each word that
    /// ends in them to `sink`; the last one may go on in the next piece.
    mutating func fold<Sink: FoldedWordSink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        guard let base = bytes.baseAddress else { return }
        _ = fold(base, from: 0, to: bytes.count, stopAtMarkup: false, into: &sink)
    }

    /// Folds page text from `start` up to the next `<`, `&` or white space,
    /// and returns its index (`bytes.count` if none). The word there is not
    /// ended: a tag or an entity may continue it (`<b>Hò</b>a`, `Ho&#x300;a`).
    @inline(__always)
    mutating func foldText<Sink: FoldedWordSink>(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into sink: inout Sink) -> Int {
        guard let base = bytes.baseAddress else { return start }
        return fold(base, from: start, to: bytes.count, stopAtMarkup: true, into: &sink)
    }

    /// Ends the word being folded, if any, handing it to `sink`.
    mutating func finish<Sink: FoldedWordSink>(into sink: inout Sink) {
        guard count > 0 else { return }
        sink.take(UnsafeBufferPointer(start: storage.bytes, count: count), hash: hash)
        count = 0
        hash = Self.hashStart
    }

    /// The loop. The word's state is kept in local variables (stored back
    /// only around the rare scalars folded by `foldSlowly`), which the
    /// optimiser keeps in registers.
    @inline(__always)
    private mutating func fold<Sink: FoldedWordSink>(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int,
                                                     stopAtMarkup: Bool, into sink: inout Sink) -> Int {
        var out = storage.bytes, capacity = storage.capacity
        var count = self.count, hash = self.hash
        let ascii = self.ascii
        var index = start
        while index < end {
            let byte = base[index]
            var letter: UInt8
            if byte < 0x80 {
                letter = ascii[Int(byte)]
                if letter == Self.markup {
                    if stopAtMarkup { break }
                    letter = 0
                }
                index &+= 1
                if letter == 0 {
                    if count > 0 {
                        sink.take(UnsafeBufferPointer(start: out, count: count), hash: hash)
                        count = 0
                        hash = Self.hashStart
                    }
                    continue
                }
            } else {
                let value = Self.scalar(base, at: index, end: end)
                index &+= byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                let packed = value < VietnameseFolding.packedLimit ? table[Int(value)] : VietnameseFolding.packedOverflow
                if packed == 0 { continue }                                                 // a mark: nothing
                if packed & 0xFF == 1, packed >> 8 != 0 {
                    letter = UInt8(truncatingIfNeeded: packed >> 8)                         // one letter: most of Vietnamese
                } else {
                    self.count = count
                    self.hash = hash
                    foldSlowly(value, packed, into: &sink)
                    count = self.count
                    hash = self.hash
                    out = storage.bytes
                    capacity = storage.capacity
                    continue
                }
            }
            if count == capacity {
                self.count = count
                reserve(1)
                out = storage.bytes
                capacity = storage.capacity
            }
            out[count] = letter
            count &+= 1
            hash = (hash ^ UInt32(letter)) &* Self.hashPrime
        }
        self.count = count
        self.hash = hash
        return index
    }

    /// The scalar of the UTF-8 sequence at `index` (its lead byte is not ASCII).
    @inline(__always)
    private static func scalar(_ base: UnsafePointer<UInt8>, at index: Int, end: Int) -> UInt32 {
        let byte = base[index]
        if byte < 0xE0, index + 1 < end {
            return (UInt32(byte) & 0x1F) << 6 | UInt32(base[index + 1] & 0x3F)
        }
        if byte < 0xF0, byte >= 0xE0, index + 2 < end {
            return (UInt32(byte) & 0x0F) << 12 | UInt32(base[index + 1] & 0x3F) << 6 | UInt32(base[index + 2] & 0x3F)
        }
        // Four bytes, or a sequence cut short (never in valid UTF-8).
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length where index + offset < end {
            value = value << 6 | UInt32(base[index + offset] & 0x3F)
        }
        return value
    }

    /// A scalar whose units are not one letter or nothing: a separator,
    /// several units, or one above the table.
    private mutating func foldSlowly<Sink: FoldedWordSink>(_ value: UInt32, _ packed: UInt32, into sink: inout Sink) {
        if packed != VietnameseFolding.packedOverflow {
            var units = packed >> 8
            for _ in 0..<(packed & 0xFF) {
                append(UInt8(truncatingIfNeeded: units), into: &sink)
                units >>= 8
            }
            return
        }
        for unit in VietnameseFolding.folded(Unicode.Scalar(value) ?? "\u{FFFD}") {
            switch unit {
            case .letter(let letter): append(letter, into: &sink)
            case .separator: append(0, into: &sink)
            }
        }
    }

    /// A letter, or for 0 the end of the word.
    private mutating func append<Sink: FoldedWordSink>(_ letter: UInt8, into sink: inout Sink) {
        guard letter != 0 else { return finish(into: &sink) }
        reserve(1)
        storage.bytes[count] = letter
        count += 1
        hash = (hash ^ UInt32(letter)) &* Self.hashPrime
    }

    /// Room for `more` letters after the word's.
    @inline(__always)
    private mutating func reserve(_ more: Int) {
        guard count + more > storage.capacity else { return }
        let larger = Storage(capacity: max(storage.capacity * 2, count + more))
        larger.bytes.update(from: storage.bytes, count: count)
        storage = larger
    }
}
