/// A short plain-text summary for list pages and feeds, from the Markdown
/// source, when the page has no description. Made when the file is loaded:
/// the source is not kept (ContentFile).
public enum PageSummary {
    public static let maxLength = 220

    public static func of(_ markdown: String) -> String {
        var text = withoutFootnoteReferences(String(firstParagraph(of: markdown)))
        text.unicodeScalars.removeAll { $0 == "*" || $0 == "_" || $0 == "`" }
        text = String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" ? " " : $0 }))
        text = linkTexts(text)
        guard text.count > maxLength else { return text }
        let cut = text.prefix(maxLength)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
    }

    /// The first block (blocks are separated by a blank line) that reads as
    /// prose: not a heading, table, list, quote, code, image, HTML or number.
    /// Found without splitting the whole document.
    private static func firstParagraph(of markdown: String) -> Substring {
        var rest = Substring(markdown)
        while !rest.isEmpty {
            let end = find("\n\n", in: rest)
            let block = end.map { rest[..<$0.lowerBound] } ?? rest
            let trimmed = block.drop(while: { $0 == " " || $0 == "\n" })
            if let first = trimmed.first, !"#|-*>`[!<0123456789".contains(first) { return block }
            guard let end else { break }
            rest = rest[end.upperBound...]
        }
        return ""
    }

    /// `[^1]` footnote references removed.
    private static func withoutFootnoteReferences(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = find("[^", in: rest) {
            guard let close = rest[open.upperBound...].firstIndex(of: "]") else { break }
            out += rest[..<open.lowerBound]
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// Where ASCII `needle` first occurs, searched on UTF-8 bytes (Foundation's
    /// `range(of:)` goes through UTF-16 and was a tenth of a plain page's time
    /// with the regular expressions this replaces).
    private static func find(_ needle: StaticString, in text: Substring) -> Range<String.Index>? {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        let utf8 = text.utf8
        var start = utf8.startIndex
        while let first = utf8[start...].firstIndex(of: pattern[0]) {
            var index = first, matched = 0
            while matched < pattern.count, index < utf8.endIndex, utf8[index] == pattern[matched] {
                matched += 1
                utf8.formIndex(after: &index)
            }
            if matched == pattern.count { return first..<index }
            start = utf8.index(after: first)
        }
        return nil
    }

    /// `[text](address)` → `text`.
    private static func linkTexts(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "[") {
            out += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "]"),
               rest[rest.index(after: close)...].first == "(",
               let end = rest[rest.index(close, offsetBy: 2)...].firstIndex(of: ")") {
                out += rest[afterOpen..<close]
                rest = rest[rest.index(after: end)...]
            } else {
                out += "["
                rest = rest[afterOpen...]
            }
        }
        return out + rest
    }
}
