/// Escaping text for HTML and XML (SVG, Atom), on UTF-8 bytes. Every page
/// escapes thousands of values, most of which need nothing: those are
/// returned as they are after one scan, without building a new string.
public enum MarkupEscaping {
    /// `<`, `>`, `&`, `"` and `'` as character references, so the text is
    /// safe in element content and in quoted attribute values. With `xml`,
    /// characters XML 1.0 forbids (C0 controls other than tab, line feed and
    /// carriage return; U+FFFE and U+FFFF) are dropped as well.
    public static func escape(_ text: String, xml: Bool = false) -> String {
        var text = text
        guard text.withUTF8({ $0.contains { needsWork($0, xml: xml) } }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 32)
        escape(text, xml: xml, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The same, appended to bytes being built (an SVG's): no string is
    /// made for each attribute value.
    public static func escape(_ text: String, xml: Bool = false, into out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0, index = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard needsWork(byte, xml: xml) else {
                    index += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                index += 1
                switch byte {
                case 0x3C: out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])                 // &lt;
                case 0x3E: out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])                 // &gt;
                case 0x26: out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])           // &amp;
                case 0x22: out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])     // &quot;
                case 0x27: out.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])           // &#39;
                case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F:
                    break                                                                   // dropped (xml only gets here)
                case 0xEF where index + 1 < bytes.count && bytes[index] == 0xBF && (bytes[index + 1] == 0xBE || bytes[index + 1] == 0xBF):
                    index += 2                                                              // U+FFFE, U+FFFF
                default:
                    out.append(byte)
                }
                start = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
        }
    }

    private static func needsWork(_ byte: UInt8, xml: Bool) -> Bool {
        switch byte {
        case 0x3C, 0x3E, 0x26, 0x22, 0x27: return true
        case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0xEF: return xml
        default: return false
        }
    }
}
