/// A `String` from UTF-8 bytes that are almost all ASCII, as
/// `String(decoding:as:)` makes it, in less time.
///
/// Why: the standard library checks an all-ASCII buffer eight bytes at a
/// time, but once it meets one other byte it checks the whole buffer byte
/// by byte, about 9 instructions a byte. A chart's SVG is ASCII but for a
/// few lines of Vietnamese text, and making its `String` took 80 M
/// instructions of the example site. Here the bytes are cut into runs of
/// whole ASCII words and runs holding other bytes, and each run is decoded
/// on its own: only the short runs of text take the slow check.
enum UTF8Runs {
    /// 64 bytes: what checking byte by byte costs about as much as a `String` more.
    static let asciiWords = 8

    static func string(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { all in
            let count = all.count
            guard count >= 64, let base = UnsafeRawPointer(all.baseAddress) else {
                return String(decoding: all, as: UTF8.self)
            }
            var text = ""
            text.reserveCapacity(count)
            // A run starts at a word's first byte, and only where the word
            // before it is all ASCII or this one is: never inside a
            // character of several bytes. A run of other bytes ends only
            // before `asciiWords` ASCII words in a row: a `String` a run
            // costs more than checking a few ASCII bytes slowly.
            var runStart = 0, runIsASCII = true, offset = 0
            var asciiStreak = 0
            while offset + 8 <= count {
                let isASCII = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                if runIsASCII, !isASCII {
                    if offset > runStart {
                        text += String(decoding: UnsafeBufferPointer(rebasing: all[runStart..<offset]), as: UTF8.self)
                    }
                    runStart = offset
                    runIsASCII = false
                    asciiStreak = 0
                } else if !runIsASCII {
                    asciiStreak = isASCII ? asciiStreak + 1 : 0
                    if asciiStreak == Self.asciiWords {
                        let end = offset - 8 * (Self.asciiWords - 1)
                        text += String(decoding: UnsafeBufferPointer(rebasing: all[runStart..<end]), as: UTF8.self)
                        runStart = end
                        runIsASCII = true
                    }
                }
                offset += 8
            }
            text += String(decoding: UnsafeBufferPointer(rebasing: all[runStart..<count]), as: UTF8.self)
            return text
        }
    }
}
