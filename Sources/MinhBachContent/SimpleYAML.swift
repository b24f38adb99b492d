import Yams

/// Composes the YAML that front matter and most site files are written in
/// into the very nodes Yams composes (the same strings, tags, styles and
/// marks), without libyaml: block mappings of plain keys (`so_lieu:`),
/// nested mappings, lists of one value a line, and one-line values, plain,
/// `"double"` or `'single'` quoted.
///
/// Anything else answers nil and the caller composes with Yams, which also
/// words every problem: comments after a value, flow collections, block
/// scalars, anchors and aliases, tags, escapes, tabs, a value over several
/// lines, an empty value, a repeated key, any character libyaml treats
/// specially. Composing through libyaml and Yams' event objects took 0.64 M
/// instructions for a page of fifteen keys, two thirds of its front matter
/// (docs/PERFORMANCE.md, "Loading"). `SimpleYAMLTests` compares the two on
/// generated documents, marks included.
enum SimpleYAML {
    static func compose(_ text: String) -> Node? {
        read(text, building: NodeBuilder())
    }

    /// The same subset read into `SimpleYAML.Value`s, for front matter:
    /// Yams' nodes (a `Tag` object for every scalar, key scalars, marks)
    /// were half the cost of reading a page's front matter.
    static func values(_ text: String) -> Value? {
        read(text, building: ValueBuilder())
    }

    private static func read<Builder: SimpleYAMLBuilder>(_ text: String, building builder: Builder) -> Builder.Value? {
        var text = text
        return text.withUTF8 { bytes in
            var composer = Composer(bytes, builder)
            return composer.document()
        }
    }

    /// How a one-line value is written.
    enum Style {
        case plain, singleQuoted, doubleQuoted
    }

    /// One line that holds something (blank and comment lines are left out).
    private struct Line {
        /// The line's first byte, its first non-space byte, and its end (the
        /// line feed or the end of the text).
        var begin: Int
        var start: Int
        var end: Int
        /// From 1, as Yams' marks count.
        var number: Int
        var indent: Int { start - begin }
    }

    private struct Composer<Builder: SimpleYAMLBuilder> {
        let bytes: UnsafeBufferPointer<UInt8>
        let builder: Builder
        var lines: [Line] = []
        var next = 0
        var nodes = 0
        static var maxDepth: Int { 32 }

        init(_ bytes: UnsafeBufferPointer<UInt8>, _ builder: Builder) {
            self.bytes = bytes
            self.builder = builder
        }

        mutating func document() -> Builder.Value? {
            guard Self.onlyPlainCharacters(bytes), splitLines(), let first = lines.first, first.indent == 0 else { return nil }
            guard let root = mapping(indent: 0, depth: 1), next == lines.count else { return nil }
            return root
        }

        /// Characters libyaml reads as content: no tab, no control
        /// character, no line break but `\n` (libyaml also breaks lines at
        /// U+0085, U+2028 and U+2029), no byte order mark, nothing beyond
        /// U+FFFD.
        static func onlyPlainCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    guard lead == 0x0A || (lead >= 0x20 && lead < 0x7F) else { return false }
                    index += 1
                } else if lead < 0xE0 {
                    guard index + 1 < bytes.count else { return false }
                    let value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    guard value >= 0xA0 else { return false }
                    index += 2
                } else if lead < 0xF0 {
                    guard index + 2 < bytes.count else { return false }
                    let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    guard (value < 0xD800 && value != 0x2028 && value != 0x2029) || (value >= 0xE000 && value <= 0xFFFD && value != 0xFEFF)
                    else { return false }
                    index += 3
                } else {
                    return false
                }
            }
            return true
        }

        /// The lines that hold something; false for a directive or a
        /// document marker (`%YAML`, `---`, `...`), which only Yams reads.
        mutating func splitLines() -> Bool {
            var begin = 0, number = 1
            while begin < bytes.count {
                var end = begin
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                var start = begin
                while start < end, bytes[start] == 0x20 { start += 1 }
                if start < end, bytes[start] != UInt8(ascii: "#") {
                    if start == begin, bytes[start] == UInt8(ascii: "%") || isMarker(start, end) { return false }
                    lines.append(Line(begin: begin, start: start, end: end, number: number))
                }
                begin = end + 1
                number += 1
            }
            return true
        }

        private func isMarker(_ start: Int, _ end: Int) -> Bool {
            end - start >= 3 && (bytes[start] == UInt8(ascii: "-") || bytes[start] == UInt8(ascii: "."))
                && bytes[start + 1] == bytes[start] && bytes[start + 2] == bytes[start]
        }

        /// A block mapping whose keys are at `indent`.
        mutating func mapping(indent: Int, depth: Int) -> Builder.Value? {
            guard depth <= Self.maxDepth, next < lines.count else { return nil }
            let first = lines[next]
            var pairs: [Builder.Pair] = []
            var keys: [Range<Int>] = []
            while next < lines.count, lines[next].indent == indent {
                let line = lines[next]
                guard let keyEnd = keyEnd(line), !keys.contains(where: { same($0, line.start..<keyEnd) }) else { return nil }
                keys.append(line.start..<keyEnd)
                var valueStart = keyEnd + 1
                guard valueStart == line.end || bytes[valueStart] == 0x20 else { return nil }
                while valueStart < line.end, bytes[valueStart] == 0x20 { valueStart += 1 }
                let value: Builder.Value?
                if valueStart < line.end {
                    value = inlineValue(line, from: valueStart)
                    next += 1
                } else {
                    next += 1
                    guard next < lines.count else { return nil }
                    let child = lines[next]
                    if child.indent > indent {
                        value = isListItem(child) ? sequence(indent: child.indent, depth: depth + 1) : mapping(indent: child.indent, depth: depth + 1)
                    } else if child.indent == indent, isListItem(child) {
                        value = sequence(indent: indent, depth: depth + 1)   // a list may sit at its key's indent
                    } else {
                        value = nil                                           // an empty value
                    }
                }
                guard let value else { return nil }
                pairs.append(builder.pair(text(line.start..<keyEnd), at: place(line, line.start), value))
                nodes += valueStart < line.end ? 2 : 1   // a group or list counts itself
            }
            nodes += 1
            guard next == lines.count || lines[next].indent < indent, nodes <= YAMLLimits.maxValues else { return nil }
            return builder.mapping(pairs, at: place(first, first.start))
        }

        /// A block list whose dashes are at `indent`, one value on each.
        mutating func sequence(indent: Int, depth: Int) -> Builder.Value? {
            guard depth <= Self.maxDepth else { return nil }
            let first = lines[next]
            var items: [Builder.Value] = []
            while next < lines.count, lines[next].indent == indent, isListItem(lines[next]) {
                let line = lines[next]
                var valueStart = line.start + 1
                while valueStart < line.end, bytes[valueStart] == 0x20 { valueStart += 1 }
                guard valueStart < line.end, let item = inlineValue(line, from: valueStart) else { return nil }
                items.append(item)
                nodes += 1
                next += 1
            }
            nodes += 1
            guard next == lines.count || lines[next].indent <= indent, nodes <= YAMLLimits.maxValues else { return nil }
            return builder.sequence(items, at: place(first, first.start))
        }

        /// `key:`: letters, digits, `_` and `-` (not first), then a colon.
        private func keyEnd(_ line: Line) -> Int? {
            var index = line.start
            while index < line.end, isKeyByte(bytes[index]) { index += 1 }
            // libyaml refuses a key over 1,024 characters.
            guard index > line.start, index - line.start < 1000, bytes[line.start] != UInt8(ascii: "-"),
                  index < line.end, bytes[index] == UInt8(ascii: ":")
            else { return nil }
            return index
        }

        private func isKeyByte(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }

        private func isListItem(_ line: Line) -> Bool {
            bytes[line.start] == UInt8(ascii: "-") && (line.start + 1 == line.end || bytes[line.start + 1] == 0x20)
        }

        /// A value that ends its line: quoted, or plain without `: ` or ` #`.
        private func inlineValue(_ line: Line, from start: Int) -> Builder.Value? {
            let first = bytes[start]
            if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
                var close = start + 1
                while close < line.end, bytes[close] != first {
                    if first == UInt8(ascii: "\""), bytes[close] == UInt8(ascii: "\\") { return nil }   // an escape
                    close += 1
                }
                guard close < line.end else { return nil }                                            // over several lines
                var rest = close + 1
                if first == UInt8(ascii: "'"), rest < line.end, bytes[rest] == first { return nil }   // '' inside
                while rest < line.end, bytes[rest] == 0x20 { rest += 1 }
                guard rest == line.end else { return nil }
                return builder.scalar(text(start + 1..<close), first == UInt8(ascii: "'") ? .singleQuoted : .doubleQuoted, at: place(line, start))
            }
            guard startsPlain(start, line.end) else { return nil }
            var end = start
            while end < line.end {
                let byte = bytes[end]
                if byte == UInt8(ascii: ":"), end + 1 == line.end || bytes[end + 1] == 0x20 { return nil }
                if byte == UInt8(ascii: "#"), bytes[end - 1] == 0x20 { return nil }
                end += 1
            }
            while bytes[end - 1] == 0x20 { end -= 1 }
            return builder.scalar(text(start..<end), .plain, at: place(line, start))
        }

        /// Not an indicator: `-` only before a digit (`-12`).
        private func startsPlain(_ start: Int, _ end: Int) -> Bool {
            switch bytes[start] {
            case UInt8(ascii: "-"):
                return start + 1 < end && bytes[start + 1] >= 0x30 && bytes[start + 1] <= 0x39
            case UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"),
                 UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "%"), UInt8(ascii: "@"),
                 UInt8(ascii: "`"):
                return false
            default:
                return true
            }
        }

        private func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }

        /// Everything before a value on its line is ASCII (indent, key,
        /// colon, dash), so its column in characters is its byte offset.
        private func place(_ line: Line, _ start: Int) -> Place {
            Place(line: line.number, column: start - line.begin + 1)
        }

        private func same(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
            a.count == b.count && UnsafeBufferPointer(rebasing: bytes[a]).elementsEqual(UnsafeBufferPointer(rebasing: bytes[b]))
        }
    }
}
