import Foundation

/// An element name as `XMLScanner` hands it over: a view of the part's
/// bytes, valid during the handler's call.
struct XMLName {
    let bytes: UnsafeBufferPointer<UInt8>

    /// Byte by byte: names are a few bytes, shorter than a call to memcmp.
    static func == (name: XMLName, text: StaticString) -> Bool {
        Self.equal(name.bytes.baseAddress, name.bytes.count, text)
    }

    @inline(__always)
    static func equal(_ bytes: UnsafePointer<UInt8>?, _ count: Int, _ text: StaticString) -> Bool {
        guard count == text.utf8CodeUnitCount else { return false }
        let other = text.utf8Start
        for index in 0..<count where bytes![index] != other[index] { return false }
        return true
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}

/// Text or an attribute's value, as `XMLScanner` hands it over: a view of
/// the bytes, valid during the handler's call.
struct XMLText {
    let bytes: UnsafeBufferPointer<UInt8>
    /// An attribute value whose entities are still to be replaced (text
    /// reaches the handler with them replaced).
    var hasEntities = false

    var string: String {
        guard hasEntities else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        // Checked by the scanner when it met the value.
        try? Self.decode(bytes, into: &out, part: "")
        return String(decoding: out, as: UTF8.self)
    }

    var isEmpty: Bool { bytes.isEmpty }

    /// A whole number written with digits alone (as row numbers, styles and
    /// shared-string indexes are); nil for anything else.
    var integer: Int? {
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// Replaces the five named entities and character references of `piece`.
    static func decode(_ piece: UnsafeBufferPointer<UInt8>, into out: inout [UInt8], part: String) throws(WorkbookProblem) {
        out.reserveCapacity(out.count + piece.count)
        var at = piece.startIndex
        while at < piece.endIndex {
            guard piece[at] == UInt8(ascii: "&") else { out.append(piece[at]); at += 1; continue }
            guard let end = piece[at..<piece.endIndex].firstIndex(of: UInt8(ascii: ";")), end - at <= 12 else {
                throw .invalidXML(part, detail: "an '&' that starts no entity")
            }
            let entity = String(decoding: piece[(at + 1)..<end], as: UTF8.self)
            switch entity {
            case "lt": out.append(UInt8(ascii: "<"))
            case "gt": out.append(UInt8(ascii: ">"))
            case "amp": out.append(UInt8(ascii: "&"))
            case "quot": out.append(0x22)
            case "apos": out.append(0x27)
            default:
                let scalar: UInt32?
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    scalar = UInt32(entity.dropFirst(2), radix: 16)
                } else if entity.hasPrefix("#") {
                    scalar = UInt32(entity.dropFirst())
                } else {
                    scalar = nil
                }
                guard let scalar, let character = Unicode.Scalar(scalar) else {
                    throw .invalidXML(part, detail: "an unknown entity &\(entity);")
                }
                out.append(contentsOf: String(Character(character)).utf8)
            }
            at = end + 1
        }
    }
}

/// The attributes of a start tag as `XMLScanner` hands them over: views
/// of the bytes, valid during the handler's call. Names keep their prefix
/// (`r:id`). A tag has a handful, so a lookup walks them.
struct XMLAttributes {
    struct Span {
        var name: Range<Int>
        var value: Range<Int>
        var hasEntities: Bool
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let spans: UnsafeBufferPointer<Span>

    subscript(_ name: StaticString) -> XMLText? {
        for span in spans where XMLName.equal(bytes.baseAddress! + span.name.lowerBound, span.name.count, name) {
            return value(span)
        }
        return nil
    }

    private func value(_ span: Span) -> XMLText {
        XMLText(bytes: UnsafeBufferPointer(rebasing: bytes[span.value]), hasEntities: span.hasEntities)
    }

    /// Every attribute as strings.
    var all: [String: String] {
        var all: [String: String] = [:]
        for span in spans {
            all[String(decoding: bytes[span.name], as: UTF8.self)] = value(span).string
        }
        return all
    }
}
