/// The distinct words of one page and what the index needs of each: how
/// often it occurs in the body, and whether it is in the title or the
/// address. Keyed by the folded bytes (open addressing on the folder's
/// FNV-1a hash), so that a word becomes a String once per page, not once
/// per occurrence, and no word is hashed twice.
struct PageWords: FoldedWordSink {
    struct Entry {
        var start: Int32
        var length: Int32
        var hash: UInt32
        /// Times in the body (numbers of fewer than four digits are not counted).
        var count: Int32
        var place: Place
    }

    /// Where a word is besides the body; a title word scores above an address word.
    enum Place: UInt8 {
        case body, address, title
    }

    /// The words, one after another.
    private var bytes: [UInt8] = []
    private(set) var entries: [Entry] = []
    private var slots: HashSlots

    init(expectedWords: Int = 256) {
        slots = HashSlots(expected: expectedWords)
        bytes.reserveCapacity(expectedWords * 8)
        entries.reserveCapacity(expectedWords)
    }

    /// A body word. Numbers in a body are mostly figures ("18,97%" is 18 and
    /// 97); only those of four digits or more — years, unit codes — are
    /// worth finding.
    mutating func take(_ word: UnsafeBufferPointer<UInt8>, hash: UInt32) {
        // Folded bytes are a–z and 0–9: at most `9` is a digit.
        if word.count < 4, word.allSatisfy({ $0 <= UInt8(ascii: "9") }) { return }
        entries[entry(word, hash: hash)].count += 1
    }

    /// A word of the title or the address (all of them are kept, numbers too).
    mutating func mark(_ word: String, _ place: Place) {
        var word = word
        word.withUTF8 { bytes in
            let index = entry(bytes, hash: WordFolder.hash(bytes))
            if entries[index].place.rawValue < place.rawValue { entries[index].place = place }
        }
    }

    /// The bytes of an entry's word.
    func word(_ entry: Entry) -> String {
        bytes.withUnsafeBufferPointer { all in
            String(decoding: UnsafeBufferPointer(rebasing: all[Int(entry.start)..<Int(entry.start + entry.length)]), as: UTF8.self)
        }
    }

    /// The index of the word's entry, made (with a count of 0) if the word is new.
    private mutating func entry(_ word: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int {
        let (found, slot) = slots.find(hash) { found in
            let candidate = entries[found]
            return candidate.hash == hash && Int(candidate.length) == word.count && equal(candidate, word)
        }
        if let found { return found }
        let index = entries.count
        entries.append(Entry(start: Int32(bytes.count), length: Int32(word.count), hash: hash, count: 0, place: .body))
        bytes.append(contentsOf: word)
        slots.insert(index, at: slot, count: entries.count) { entries[$0].hash }
        return index
    }

    private func equal(_ entry: Entry, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { all in
            let start = Int(entry.start)
            for offset in 0..<word.count where all[start + offset] != word[offset] { return false }
            return true
        }
    }
}
