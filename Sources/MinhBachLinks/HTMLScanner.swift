import Foundation

/// What the link checker needs from one HTML page: the addresses it points
/// to and the fragment targets it offers.
public struct ScannedPage: Sendable, Equatable {
    public struct Link: Sendable, Equatable {
        /// The attribute's value with character references decoded, e.g. `/xa/#ban-do`.
        public var url: String
        /// The attribute that holds it (`href`, `src`, ...), lowercased.
        public var attribute: String
        /// Byte offset of the value's first character in the file: turned into
        /// a line and column only when the link is reported.
        public var offset: Int

        public init(url: String, attribute: String, offset: Int) {
            self.url = url
            self.attribute = attribute
            self.offset = offset
        }
    }

    public var links: [Link] = []
    /// Every `id` in the page, and every `name` of an `<a>`.
    public var anchors: Set<String> = []

    public init(links: [Link] = [], anchors: Set<String> = []) {
        self.links = links
        self.anchors = anchors
    }
}

/// A scanner over the bytes of an HTML file: tags, attributes, comments and
/// raw-text elements (`<script>`, `<style>`), nothing more. No DOM is built:
/// the checker only needs links and ids, and a single pass over the bytes is
/// what keeps a check of a few thousand pages well under a second.
///
/// It follows the HTML tokenizer where it matters for links: attribute names
/// are case-insensitive, values may be double-quoted, single-quoted or bare,
/// character references in values are decoded, and nothing inside comments,
/// `<script>` or `<style>` is taken for a tag.
public enum HTMLScanner {
    /// Attributes whose value is an address.
    static let linkAttributes: [StaticString] = ["href", "src", "action", "poster", "xlink:href"]
    /// Elements whose content is text up to their end tag.
    static let rawTextElements: [StaticString] = ["script", "style", "textarea", "title", "xmp"]

    public static func scan(_ bytes: [UInt8]) -> ScannedPage {
        bytes.withUnsafeBufferPointer { scan($0) }
    }

    public static func scan(_ text: String) -> ScannedPage {
        scan(Array(text.utf8))
    }

    public static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> ScannedPage {
        var cursor = Cursor(bytes: bytes)
        var page = ScannedPage()
        while let open = cursor.next(ascii: "<") {
            cursor.index = open + 1
            if cursor.hasPrefix("!--") {
                cursor.index += 3
                cursor.skip(past: "-->")
            } else if cursor.hasPrefix("!") || cursor.hasPrefix("?") {
                cursor.skip(past: ">")
            } else if cursor.hasPrefix("/") {
                cursor.skip(past: ">")
            } else if cursor.peek.map(isASCIILetter) == true {
                switch cursor.readTag(into: &page) {
                case .rawText(let name): cursor.skipRawText(of: name)
                case .sitemapLocation: cursor.readLocation(into: &page)
                case .other: break
                }
            }
        }
        return page
    }

    static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }
}

private struct Cursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// The index of the next `character` from the cursor on, if any (memchr:
    /// most of a page is text between tags).
    func next(ascii character: Unicode.Scalar) -> Int? {
        next(byte: UInt8(ascii: character), from: index)
    }

    func next(byte: UInt8, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether the bytes at the cursor are `text`, ignoring ASCII case.
    func hasPrefix(_ text: StaticString, at start: Int? = nil) -> Bool {
        let start = start ?? index
        let count = text.utf8CodeUnitCount
        guard start + count <= bytes.count else { return false }
        let pattern = text.utf8Start
        for offset in 0..<count where bytes[start + offset] | 0x20 != pattern[offset] | 0x20 {
            return false
        }
        return true
    }

    /// Moves past the next occurrence of `text`, or to the end.
    mutating func skip(past text: StaticString) {
        let first = text.utf8Start[0]
        while let found = next(byte: first, from: index) {
            index = found
            if hasPrefix(text) {
                index += text.utf8CodeUnitCount
                return
            }
            index += 1
        }
        index = bytes.count
    }

    /// Whether `bytes[range]` is `name`, ignoring ASCII case.
    func name(_ range: Range<Int>, is name: StaticString) -> Bool {
        range.count == name.utf8CodeUnitCount && hasPrefix(name, at: range.lowerBound)
    }

    /// Moves past `</name` + `>` (any case), or to the end.
    mutating func skipRawText(of name: StaticString) {
        while let open = next(ascii: "<") {
            index = open + 1
            guard peek == UInt8(ascii: "/") else { continue }
            let start = index + 1
            let after = start + name.utf8CodeUnitCount
            if hasPrefix(name, at: start), after == bytes.count || HTMLScanner.isSpace(bytes[after]) || bytes[after] == UInt8(ascii: ">")
                || bytes[after] == UInt8(ascii: "/") {
                index = after
                skip(past: ">")
                return
            }
        }
        index = bytes.count
    }

    enum Tag {
        /// `<script>`, `<style>`...: text up to the end tag.
        case rawText(StaticString)
        /// A sitemap's `<loc>`, whose text is an address.
        case sitemapLocation
        case other
    }

    /// Reads a start tag from its name to its `>`, recording its links and
    /// anchors. Names are compared as bytes: no string is made but for the
    /// values kept.
    mutating func readTag(into page: inout ScannedPage) -> Tag {
        let name = readName()
        var nameAttribute: String?
        while index < bytes.count {
            while let byte = peek, HTMLScanner.isSpace(byte) || byte == UInt8(ascii: "/") { index += 1 }
            guard let byte = peek else { break }
            if byte == UInt8(ascii: ">") { index += 1; break }
            let attribute = readName()
            if attribute.isEmpty { index += 1; continue }  // a stray '=' or quote
            while let byte = peek, HTMLScanner.isSpace(byte) { index += 1 }
            guard peek == UInt8(ascii: "=") else { continue }  // no value
            index += 1
            while let byte = peek, HTMLScanner.isSpace(byte) { index += 1 }
            let value = readValue()
            if let link = HTMLScanner.linkAttributes.first(where: { self.name(attribute, is: $0) }) {
                page.links.append(.init(url: string(value), attribute: link.description, offset: value.lowerBound))
            } else if self.name(attribute, is: "id") {
                page.anchors.insert(string(value))
            } else if self.name(attribute, is: "name") {
                nameAttribute = string(value)
            }
        }
        if self.name(name, is: "a"), let nameAttribute { page.anchors.insert(nameAttribute) }
        if let rawText = HTMLScanner.rawTextElements.first(where: { self.name(name, is: $0) }) { return .rawText(rawText) }
        return self.name(name, is: "loc") ? .sitemapLocation : .other
    }

    /// The text of a sitemap's `<loc>`, up to its end tag.
    mutating func readLocation(into page: inout ScannedPage) {
        guard let end = next(ascii: "<") else { return }
        var start = index, stop = end
        while start < stop, HTMLScanner.isSpace(bytes[start]) { start += 1 }
        while stop > start, HTMLScanner.isSpace(bytes[stop - 1]) { stop -= 1 }
        page.links.append(.init(url: string(start..<stop), attribute: "loc", offset: start))
        index = end
    }

    /// The range of a tag or attribute name: up to a space, `=`, `/` or `>`.
    private mutating func readName() -> Range<Int> {
        let start = index
        while let byte = peek, !HTMLScanner.isSpace(byte), byte != UInt8(ascii: ">"),
              byte != UInt8(ascii: "="), byte != UInt8(ascii: "/") {
            index += 1
        }
        return start..<index
    }

    /// An attribute value, with its character references decoded.
    private func string(_ range: Range<Int>) -> String {
        let raw = UnsafeBufferPointer(rebasing: bytes[range])
        let text = String(decoding: raw, as: UTF8.self)
        return raw.contains(UInt8(ascii: "&")) ? CharacterReferences.decode(text) : text
    }

    /// The range of a quoted or bare attribute value, without its quotes.
    private mutating func readValue() -> Range<Int> {
        guard let quote = peek else { return index..<index }
        let start: Int, end: Int
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            start = index + 1
            index = start
            while let byte = peek, byte != quote { index += 1 }
            end = index
            if index < bytes.count { index += 1 }
        } else {
            start = index
            while let byte = peek, !HTMLScanner.isSpace(byte), byte != UInt8(ascii: ">") { index += 1 }
            end = index
        }
        return start..<end
    }
}

/// The character references that occur in attribute values: the named ones
/// an HTML writer escapes, and numeric ones. Anything else stays as written.
enum CharacterReferences {
    static let named: [Substring: Character] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
    ]

    static func decode(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            guard let semicolon = rest[afterAmpersand...].prefix(12).firstIndex(of: ";") else {
                result += "&"
                rest = rest[afterAmpersand...]
                continue
            }
            let name = rest[afterAmpersand..<semicolon]
            if let character = decodeReference(name) {
                result.append(character)
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&"
                rest = rest[afterAmpersand...]
            }
        }
        return result + rest
    }

    private static func decodeReference(_ name: Substring) -> Character? {
        if let character = named[name] { return character }
        guard name.first == "#" else { return nil }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X"
            ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        return value.flatMap(Unicode.Scalar.init).map(Character.init)
    }
}
