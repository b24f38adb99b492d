import Foundation

/// A small XML tokenizer for the two parts of a workbook that grow with
/// its data: the sheets and the shared strings. Foundation's XMLParser on
/// Linux (libxml2 in push mode, without XML_PARSE_HUGE) fails with error 1
/// once a single line passes 10 MB, and Excel and LibreOffice write each
/// sheet on one line: a 34,000-row sheet (12 MB) could not be read at all.
/// It is also slow there: 0.38 s to walk that sheet with an empty delegate.
///
/// It reads what spreadsheet programs write: elements, attributes, text,
/// the five named entities and character references, CDATA, comments and
/// processing instructions. A DOCTYPE (and so any entity definition, the
/// root of "billion laughs") is refused. Nesting deeper than
/// `WorkbookLimits.maxXMLDepth` is refused. Element names lose their
/// namespace prefix (`x:c` is `c`), as with XMLParser's namespace processing.
enum XMLScanner {
    private struct Malformed: Error {
        var detail: String
    }

    static func parse(_ data: Data, part: String, handler: XMLEvents.Handler) throws(WorkbookProblem) {
        let bytes = [UInt8](data)
        var failure: WorkbookProblem?
        let outcome: Result<Void, Malformed> = bytes.withUnsafeBufferPointer { buffer in
            var scanner = Scanner(bytes: buffer)
            do {
                try scanner.run { event in
                    do {
                        try handler(event)
                    } catch let problem as WorkbookProblem {
                        failure = problem
                        throw Malformed(detail: "")
                    }
                }
                return .success(())
            } catch let malformed as Malformed {
                return .failure(malformed)
            } catch {
                return .failure(Malformed(detail: "\(error)"))
            }
        }
        if let failure { throw failure }
        switch outcome {
        case .success: return
        case .failure(let malformed):
            if malformed.detail == Scanner.tooDeep { throw .tooDeep(part) }
            throw .invalidXML(part, detail: malformed.detail)
        }
    }

    private struct Scanner {
        static let tooDeep = "too deep"
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        var depth = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func run(_ emit: (XMLEvents.Event) throws -> Void) throws {
            let count = bytes.count
            while index < count {
                guard bytes[index] == UInt8(ascii: "<") else {
                    let start = index
                    while index < count, bytes[index] != UInt8(ascii: "<") { index += 1 }
                    if depth > 0 { try emit(.text(try decode(start..<index))) }
                    continue
                }
                guard index + 1 < count else { throw Malformed(detail: "a '<' at the end") }
                switch bytes[index + 1] {
                case UInt8(ascii: "?"):
                    index = try position(after: "?>", from: index + 2)
                case UInt8(ascii: "!"):
                    if starts(with: "<!--") {
                        index = try position(after: "-->", from: index + 4)
                    } else if starts(with: "<![CDATA[") {
                        let start = index + 9
                        index = try position(after: "]]>", from: start)
                        try emit(.text(String(decoding: bytes[start..<(index - 3)], as: UTF8.self)))
                    } else {
                        throw Malformed(detail: "a DOCTYPE or declaration at byte \(index), which workbooks do not have")
                    }
                case UInt8(ascii: "/"):
                    index += 2
                    let name = self.name()
                    while index < count, bytes[index] != UInt8(ascii: ">") { index += 1 }
                    guard index < count else { throw Malformed(detail: "an end tag not closed") }
                    index += 1
                    depth -= 1
                    guard depth >= 0 else { throw Malformed(detail: "an end tag </\(name)> without its start") }
                    try emit(.end(name))
                default:
                    index += 1
                    let name = self.name()
                    guard !name.isEmpty else { throw Malformed(detail: "a '<' not starting a tag at byte \(index - 1)") }
                    let (attributes, selfClosing) = try self.attributes()
                    depth += 1
                    if depth > WorkbookLimits.maxXMLDepth { throw Malformed(detail: Self.tooDeep) }
                    try emit(.start(name, attributes))
                    if selfClosing {
                        depth -= 1
                        try emit(.end(name))
                    }
                }
            }
            if depth != 0 { throw Malformed(detail: "the part ends inside an element") }
        }

        private func starts(with text: String) -> Bool {
            let pattern = Array(text.utf8)
            guard index + pattern.count <= bytes.count else { return false }
            return pattern.indices.allSatisfy { bytes[index + $0] == pattern[$0] }
        }

        private func position(after text: String, from start: Int) throws -> Int {
            let pattern = Array(text.utf8)
            var at = start
            while at + pattern.count <= bytes.count {
                if pattern.indices.allSatisfy({ bytes[at + $0] == pattern[$0] }) { return at + pattern.count }
                at += 1
            }
            throw Malformed(detail: "'\(text)' never comes")
        }

        private static func isNameByte(_ byte: UInt8) -> Bool {
            !(byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: "/")
              || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "<"))
        }

        /// An element name without its prefix.
        private mutating func name() -> String {
            var local = index
            while index < bytes.count, Self.isNameByte(bytes[index]) {
                if bytes[index] == UInt8(ascii: ":") { local = index + 1 }
                index += 1
            }
            return String(decoding: bytes[local..<index], as: UTF8.self)
        }

        private mutating func skipSpace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D {
                index += 1
            }
        }

        private mutating func attributes() throws -> ([String: String], Bool) {
            var attributes: [String: String] = [:]
            while true {
                skipSpace()
                guard index < bytes.count else { throw Malformed(detail: "a tag not closed") }
                switch bytes[index] {
                case UInt8(ascii: ">"):
                    index += 1
                    return (attributes, false)
                case UInt8(ascii: "/"):
                    guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") else { throw Malformed(detail: "a '/' inside a tag") }
                    index += 2
                    return (attributes, true)
                default:
                    let start = index
                    while index < bytes.count, Self.isNameByte(bytes[index]) { index += 1 }
                    let name = String(decoding: bytes[start..<index], as: UTF8.self)
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "="), !name.isEmpty else {
                        throw Malformed(detail: "an attribute without a value")
                    }
                    index += 1
                    skipSpace()
                    guard index < bytes.count, bytes[index] == 0x22 || bytes[index] == 0x27 else { throw Malformed(detail: "an attribute value not quoted") }
                    let quote = bytes[index]
                    index += 1
                    let valueStart = index
                    while index < bytes.count, bytes[index] != quote { index += 1 }
                    guard index < bytes.count else { throw Malformed(detail: "an attribute value never closed") }
                    attributes[name] = try decode(valueStart..<index)
                    index += 1
                }
            }
        }

        /// Text with its entities and character references replaced.
        private func decode(_ range: Range<Int>) throws -> String {
            let piece = bytes[range]
            guard piece.contains(UInt8(ascii: "&")) else { return String(decoding: piece, as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(piece.count)
            var at = range.lowerBound
            while at < range.upperBound {
                guard bytes[at] == UInt8(ascii: "&") else { out.append(bytes[at]); at += 1; continue }
                guard let end = bytes[at..<range.upperBound].firstIndex(of: UInt8(ascii: ";")), end - at <= 12 else {
                    throw Malformed(detail: "an '&' that starts no entity")
                }
                let entity = String(decoding: bytes[(at + 1)..<end], as: UTF8.self)
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
                    guard let scalar, let character = Unicode.Scalar(scalar) else { throw Malformed(detail: "an unknown entity &\(entity);") }
                    out.append(contentsOf: Array(String(Character(character)).utf8))
                }
                at = end + 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
