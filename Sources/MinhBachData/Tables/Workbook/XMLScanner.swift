import Foundation

/// A small XML tokenizer for the two parts of a workbook that grow with
/// its data: the sheets and the shared strings. Foundation's XMLParser on
/// Linux (libxml2 in push mode, without XML_PARSE_HUGE) fails with error 1
/// once a single line passes 10 MB, and Excel and LibreOffice write each
/// sheet on one line: a 34,000-row sheet (12 MB) could not be read at all.
/// It is also slow there: 0.38 s to walk that sheet with an empty delegate.
///
/// It is fed a part piece by piece as the part is uncompressed, so that a
/// sheet is never held whole (LibreOffice writes 603,060 rows as 221 MB of
/// XML): only a token cut by the end of a piece waits for the next one.
/// Names, attributes and text reach the handler as views of the bytes,
/// valid during the call, so that a tag makes no string and no dictionary.
///
/// It reads what spreadsheet programs write: elements, attributes, text,
/// the five named entities and character references, CDATA, comments and
/// processing instructions. A DOCTYPE (and so any entity definition, the
/// root of "billion laughs") is refused. Nesting deeper than
/// `WorkbookLimits.maxXMLDepth` is refused, and so is a single token
/// longer than `WorkbookLimits.maxTokenBytes`. Element names lose their
/// namespace prefix (`x:c` is `c`), as with XMLParser's namespace processing.
struct XMLScanner {
    typealias Handler = (Event) throws(WorkbookProblem) -> Void

    enum Event {
        case start(XMLName, XMLAttributes)
        /// Text with its entities replaced; text outside the root element is not reported.
        case text(XMLText)
        case end(XMLName)
    }

    /// Hands the events to a closure.
    struct Events: XMLConsumer {
        let handler: Handler

        func start(_ name: XMLName, _ attributes: XMLAttributes) throws(WorkbookProblem) { try handler(.start(name, attributes)) }
        func text(_ text: XMLText) throws(WorkbookProblem) { try handler(.text(text)) }
        func end(_ name: XMLName) throws(WorkbookProblem) { try handler(.end(name)) }
    }

    let part: String
    /// The start of a token the last piece cut off.
    private var pending: [UInt8] = []
    /// Bytes of the part before `pending`, for the positions in messages.
    private var offset = 0
    private var depth = 0
    /// Reused for every tag and every text that has entities.
    private var spans: [XMLAttributes.Span] = []
    private var decoded: [UInt8] = []

    init(part: String) {
        self.part = part
    }

    /// Reads a whole part.
    static func parse(_ data: Data, part: String, handler: @escaping Handler) throws(WorkbookProblem) {
        var scanner = XMLScanner(part: part)
        var events = Events(handler: handler)
        var failure: WorkbookProblem?
        data.withUnsafeBytes { bytes in
            do throws(WorkbookProblem) { try scanner.feed(bytes, into: &events) } catch { failure = error }
        }
        if let failure { throw failure }
        try scanner.finish(into: &events)
    }

    /// Reads the next piece of the part.
    mutating func feed<Consumer: XMLConsumer>(_ piece: UnsafeRawBufferPointer, into consumer: inout Consumer) throws(WorkbookProblem) {
        guard piece.count > 0 else { return }
        if pending.isEmpty {
            let bytes = piece.bindMemory(to: UInt8.self)
            let used = try scan(bytes, final: false, &consumer)
            pending.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[used...]))
            offset += used
        } else {
            var buffer = pending
            pending = []
            buffer.append(contentsOf: piece.bindMemory(to: UInt8.self))
            let used = try buffer.withUnsafeBufferPointer { bytes throws(WorkbookProblem) in try scan(bytes, final: false, &consumer) }
            buffer.removeFirst(used)
            pending = buffer
            offset += used
        }
        if pending.count > WorkbookLimits.maxTokenBytes {
            throw .invalidXML(part, detail: "more than \(WorkbookLimits.maxTokenBytes >> 20) MB in one tag or text, at byte \(offset)")
        }
    }

    /// Reads what the last piece left, and checks that the part is whole.
    mutating func finish<Consumer: XMLConsumer>(into consumer: inout Consumer) throws(WorkbookProblem) {
        var buffer = pending
        pending = []
        _ = try buffer.withUnsafeBufferPointer { bytes throws(WorkbookProblem) in try scan(bytes, final: true, &consumer) }
        buffer.removeAll()
        if depth != 0 { throw malformed("the part ends inside an element") }
    }

    private func malformed(_ detail: String) -> WorkbookProblem {
        detail == Self.tooDeep ? .tooDeep(part) : .invalidXML(part, detail: detail)
    }

    private static let tooDeep = "too deep"

    /// Why a scan stopped before the end of its bytes.
    private enum Stop: Error {
        /// A token goes on in the next piece.
        case needMore
        case problem(WorkbookProblem)
    }

    /// Reads every whole token of `bytes`; returns where the first one cut
    /// off starts (`bytes.count` when none is). With `final`, a token cut
    /// off is an error.
    private mutating func scan<Consumer: XMLConsumer>(_ bytes: UnsafeBufferPointer<UInt8>, final: Bool,
                                                      _ consumer: inout Consumer) throws(WorkbookProblem) -> Int {
        var index = 0
        while index < bytes.count {
            let start = index
            do throws(Stop) {
                index = try token(bytes, at: index, final: final, &consumer)
            } catch {
                switch error {
                case .needMore: return start
                case .problem(let problem): throw problem
                }
            }
        }
        return bytes.count
    }

    private static let lessThan = UInt8(ascii: "<")
    private static let greaterThan = UInt8(ascii: ">")

    /// Reads the token at `start`; returns where the next one starts.
    private mutating func token<Consumer: XMLConsumer>(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, final: Bool,
                                                       _ consumer: inout Consumer) throws(Stop) -> Int {
        let count = bytes.count
        func outOfBytes(_ detail: @autoclosure () -> String) -> Stop { final ? .problem(malformed(detail())) : .needMore }

        guard bytes[start] == Self.lessThan else {
            // Text in a sheet is a few bytes: a loop costs less than a call to memchr, and finds '&' on the way.
            var end = start
            var hasEntities = false
            while end < count, bytes[end] != Self.lessThan {
                if bytes[end] == UInt8(ascii: "&") { hasEntities = true }
                end += 1
            }
            if end == count, !final { throw .needMore }
            if depth > 0 { try sendText(UnsafeBufferPointer(rebasing: bytes[start..<end]), hasEntities: hasEntities, &consumer) }
            return end
        }
        guard start + 1 < count else { throw outOfBytes("a '<' at the end") }
        switch bytes[start + 1] {
        case UInt8(ascii: "?"):
            return try position(after: "?>", in: bytes, from: start + 2, final: final)
        case UInt8(ascii: "!"):
            switch (Self.match("<!--", bytes, at: start), Self.match("<![CDATA[", bytes, at: start)) {
            case (.yes, _):
                return try position(after: "-->", in: bytes, from: start + 4, final: final)
            case (_, .yes):
                let end = try position(after: "]]>", in: bytes, from: start + 9, final: final)
                do throws(WorkbookProblem) {
                    try consumer.text(XMLText(bytes: UnsafeBufferPointer(rebasing: bytes[(start + 9)..<(end - 3)])))
                } catch {
                    throw .problem(error)
                }
                return end
            case (.undecided, _), (_, .undecided):
                throw outOfBytes("a '<!' at the end")
            case (.no, .no):
                throw .problem(malformed("a DOCTYPE or declaration at byte \(offset + start), which workbooks do not have"))
            }
        case UInt8(ascii: "/"):
            let (name, nameEnd) = try self.name(bytes, from: start + 2, final: final)
            var close = nameEnd
            while close < count, bytes[close] != Self.greaterThan { close += 1 }
            guard close < count else { throw outOfBytes("an end tag not closed") }
            depth -= 1
            guard depth >= 0 else { throw .problem(malformed("an end tag </\(name.string)> without its start")) }
            do throws(WorkbookProblem) { try consumer.end(name) } catch { throw .problem(error) }
            return close + 1
        default:
            let (name, nameEnd) = try self.name(bytes, from: start + 1, final: final)
            guard !name.bytes.isEmpty else { throw .problem(malformed("a '<' not starting a tag at byte \(offset + start)")) }
            let (end, selfClosing) = try attributes(bytes, from: nameEnd, final: final)
            depth += 1
            if depth > WorkbookLimits.maxXMLDepth { throw .problem(malformed(Self.tooDeep)) }
            do throws(WorkbookProblem) {
                try spans.withUnsafeBufferPointer { spans throws(WorkbookProblem) in try consumer.start(name, XMLAttributes(bytes: bytes, spans: spans)) }
                if selfClosing {
                    depth -= 1
                    try consumer.end(name)
                }
            } catch {
                throw .problem(error)
            }
            return end
        }
    }

    private enum Match { case yes, no, undecided }

    /// Whether `pattern` is at `index`; undecided when the bytes end first.
    private static func match(_ pattern: StaticString, _ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Match {
        let length = pattern.utf8CodeUnitCount
        let available = min(length, bytes.count - index)
        guard memcmp(pattern.utf8Start, bytes.baseAddress! + index, available) == 0 else { return .no }
        return available == length ? .yes : .undecided
    }

    private func position(after pattern: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, final: Bool) throws(Stop) -> Int {
        let length = pattern.utf8CodeUnitCount
        var at = start
        while at + length <= bytes.count {
            guard let found = memchr(bytes.baseAddress! + at, Int32(pattern.utf8Start[0]), bytes.count - at) else { break }
            at = bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if at + length <= bytes.count, memcmp(pattern.utf8Start, bytes.baseAddress! + at, length) == 0 { return at + length }
            at += 1
        }
        if final { throw .problem(malformed("'\(pattern)' never comes")) }
        throw .needMore
    }

    /// Every byte that ends a name is below `A`, as most name bytes are not.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        byte > UInt8(ascii: ">") || !(byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: "/")
          || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "<"))
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// An element name without its prefix, and where it ends.
    private func name(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, final: Bool) throws(Stop) -> (XMLName, Int) {
        var index = start
        var local = start
        while index < bytes.count, Self.isNameByte(bytes[index]) {
            if bytes[index] == UInt8(ascii: ":") { local = index + 1 }
            index += 1
        }
        if index == bytes.count, !final { throw .needMore }
        return (XMLName(bytes: UnsafeBufferPointer(rebasing: bytes[local..<index])), index)
    }

    /// The attributes of a start tag, into `spans`; where the tag ends and
    /// whether it closes itself (`<c/>`).
    private mutating func attributes(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, final: Bool) throws(Stop) -> (Int, Bool) {
        let count = bytes.count
        func outOfBytes(_ detail: String) -> Stop { final ? .problem(malformed(detail)) : .needMore }
        spans.removeAll(keepingCapacity: true)
        var index = start
        while true {
            while index < count, Self.isSpace(bytes[index]) { index += 1 }
            guard index < count else { throw outOfBytes("a tag not closed") }
            switch bytes[index] {
            case Self.greaterThan:
                return (index + 1, false)
            case UInt8(ascii: "/"):
                guard index + 1 < count else { throw outOfBytes("a tag not closed") }
                guard bytes[index + 1] == Self.greaterThan else { throw .problem(malformed("a '/' inside a tag")) }
                return (index + 2, true)
            default:
                let nameStart = index
                while index < count, Self.isNameByte(bytes[index]) { index += 1 }
                let nameEnd = index
                while index < count, Self.isSpace(bytes[index]) { index += 1 }
                guard index < count else { throw outOfBytes("a tag not closed") }
                guard bytes[index] == UInt8(ascii: "="), nameEnd > nameStart else { throw .problem(malformed("an attribute without a value")) }
                index += 1
                while index < count, Self.isSpace(bytes[index]) { index += 1 }
                guard index < count else { throw outOfBytes("a tag not closed") }
                guard bytes[index] == 0x22 || bytes[index] == 0x27 else { throw .problem(malformed("an attribute value not quoted")) }
                let quote = bytes[index]
                index += 1
                let valueStart = index
                var hasEntities = false
                // Values are short: a loop costs less than a call to memchr, and finds '&' on the way.
                while index < count, bytes[index] != quote {
                    if bytes[index] == UInt8(ascii: "&") { hasEntities = true }
                    index += 1
                }
                guard index < count else { throw outOfBytes("an attribute value never closed") }
                let value = UnsafeBufferPointer(rebasing: bytes[valueStart..<index])
                // Checked now, so that a value read later cannot fail.
                if hasEntities {
                    var scratch: [UInt8] = []
                    do throws(WorkbookProblem) { try XMLText.decode(value, into: &scratch, part: part) } catch { throw .problem(error) }
                }
                spans.append(XMLAttributes.Span(name: nameStart..<nameEnd, value: valueStart..<index, hasEntities: hasEntities))
                index += 1
            }
        }
    }

    /// Text with its entities replaced (in `decoded` when it has any).
    private mutating func sendText<Consumer: XMLConsumer>(_ piece: UnsafeBufferPointer<UInt8>, hasEntities: Bool,
                                                          _ consumer: inout Consumer) throws(Stop) {
        do throws(WorkbookProblem) {
            guard hasEntities else {
                try consumer.text(XMLText(bytes: piece))
                return
            }
            decoded.removeAll(keepingCapacity: true)
            try XMLText.decode(piece, into: &decoded, part: part)
            try decoded.withUnsafeBufferPointer { text throws(WorkbookProblem) in try consumer.text(XMLText(bytes: text)) }
        } catch {
            throw .problem(error)
        }
    }
}

/// What reads the events of `XMLScanner`: the views it gets are valid
/// during the call only.
protocol XMLConsumer {
    mutating func start(_ name: XMLName, _ attributes: XMLAttributes) throws(WorkbookProblem)
    mutating func text(_ text: XMLText) throws(WorkbookProblem)
    mutating func end(_ name: XMLName) throws(WorkbookProblem)
}
