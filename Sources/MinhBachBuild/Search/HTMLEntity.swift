/// The character references the page text walk decodes: the five XML ones,
/// `&nbsp;` (as a space) and numeric ones, read from the bytes (a String
/// per entity was most of an entity's cost).
enum HTMLEntity {
    /// `&amp;` `&#39;` `&#x1EA1;` at `start` → the scalar's value and the index
    /// after the `;`; nil for anything else (the `&` is then text).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (UInt32, Int)? {
        var j = start + 1
        while j < bytes.count, j - start <= 10, bytes[j] != UInt8(ascii: ";") { j += 1 }
        guard j < bytes.count, bytes[j] == UInt8(ascii: ";") else { return nil }
        let name = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<j])
        guard let value = Self.value(name), Unicode.Scalar(value) != nil else { return nil }
        return (value, j + 1)
    }

    private static func value(_ name: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard let first = name.first else { return nil }
        if first != UInt8(ascii: "#") {
            switch name.count {
            case 2 where name[1] == UInt8(ascii: "t"):
                if first == UInt8(ascii: "l") { return 0x3C }                           // &lt;
                if first == UInt8(ascii: "g") { return 0x3E }                           // &gt;
            case 3 where Self.equals(name, "amp"): return 0x26
            case 4 where Self.equals(name, "quot"): return 0x22
            case 4 where Self.equals(name, "apos"): return 0x27
            case 4 where Self.equals(name, "nbsp"): return 0x20                         // a space, as it reads
            default: break
            }
            return nil
        }
        let hex = name.count > 1 && (name[1] == UInt8(ascii: "x") || name[1] == UInt8(ascii: "X"))
        let digits = name.dropFirst(hex ? 2 : 1)
        // At most 8 hex or 9 decimal digits fit in a name of 10 bytes: no overflow.
        var value: UInt32 = 0
        for byte in digits {
            switch byte {
            case 0x30...0x39: value = value * (hex ? 16 : 10) + UInt32(byte - 0x30)
            case 0x61...0x66 where hex: value = value * 16 + UInt32(byte - 0x61 + 10)
            case 0x41...0x46 where hex: value = value * 16 + UInt32(byte - 0x41 + 10)
            default: return Self.parsed(name)
            }
        }
        return digits.isEmpty ? nil : value
    }

    /// Anything but plain digits (a sign, a combining mark after `#`) as the
    /// first version read it, by Swift's integer parsing on a String.
    private static func parsed(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        let name = String(decoding: bytes, as: UTF8.self)
        if name.hasPrefix("#x") || name.hasPrefix("#X") { return UInt32(name.dropFirst(2), radix: 16) }
        if name.hasPrefix("#") { return UInt32(name.dropFirst()) }
        return nil
    }

    private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        bytes.count == text.utf8CodeUnitCount && bytes.elementsEqual(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// A scalar's UTF-8 bytes, without an array.
    struct UTF8Scalar {
        var bytes: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        var count: Int

        init(_ value: UInt32) {
            switch value {
            case 0..<0x80:
                bytes.0 = UInt8(value)
                count = 1
            case 0x80..<0x800:
                bytes = (UInt8(0xC0 | value >> 6), UInt8(0x80 | value & 0x3F), 0, 0)
                count = 2
            case 0x800..<0x10000:
                bytes = (UInt8(0xE0 | value >> 12), UInt8(0x80 | value >> 6 & 0x3F), UInt8(0x80 | value & 0x3F), 0)
                count = 3
            default:
                bytes = (UInt8(0xF0 | value >> 18), UInt8(0x80 | value >> 12 & 0x3F), UInt8(0x80 | value >> 6 & 0x3F),
                         UInt8(0x80 | value & 0x3F))
                count = 4
            }
        }
    }
}
