import MinhBachText

/// Each body cell of a Markdown table gets its column's header text as
/// `data-label`, so that a phone can show a row as a card ("Mục tiêu:
/// 8,5% (2025)") without dropping columns. The header row itself stays:
/// the table keeps its semantics for screen readers.
enum TableCellLabels {
    /// Tables with this many columns or more read better as cards on a
    /// phone; narrower ones fit as they are.
    static let cardColumns = 4

    private static let wrapStart = "<div class=\"table-wrap"

    /// `headers[i]` are the header texts of the `i`-th `.table-wrap` of the
    /// HTML. The HTML is returned as it is when the two do not match one to
    /// one (a page's raw HTML writing the same markup).
    static func labelling(_ html: String, headers: [[String]]) -> String {
        guard !headers.isEmpty else { return html }
        let bytes = Array(html.utf8)
        let start = Array(wrapStart.utf8), end = Array("</table>".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 4)
        var cursor = 0
        for header in headers {
            guard let open = find(start, in: bytes, from: cursor),
                  let close = find(end, in: bytes, from: open + start.count) else { return html }
            result.append(contentsOf: bytes[cursor..<open])
            labellingCells(bytes[open..<(close + end.count)], header, into: &result)
            cursor = close + end.count
        }
        guard find(start, in: bytes, from: cursor) == nil else { return html }
        result.append(contentsOf: bytes[cursor...])
        return String(decoding: result, as: UTF8.self)
    }

    /// One table: in each body row, the n-th `<td` gets the n-th header.
    /// One forward pass over the bytes: Foundation's `range(of:)` measured
    /// the whole rest of the page at every cell, quadratic on the national
    /// site's 10,000-row tables (a build went from 3 minutes to over 20).
    private static func labellingCells(_ bytes: ArraySlice<UInt8>, _ header: [String], into result: inout [UInt8]) {
        guard let body = find(Array("<tbody>".utf8), in: bytes, from: bytes.startIndex) else {
            result.append(contentsOf: bytes)
            return
        }
        let attributes = header.map { $0.isEmpty ? [] : Array(" data-label=\"\(MarkupEscaping.escape($0))\"".utf8) }
        result.append(contentsOf: bytes[bytes.startIndex..<(body + 7)])
        var column = 0
        var index = body + 7
        let lt = UInt8(ascii: "<"), t = UInt8(ascii: "t"), r = UInt8(ascii: "r"), d = UInt8(ascii: "d")
        let close = UInt8(ascii: ">"), space = UInt8(ascii: " ")
        while index < bytes.endIndex {
            let byte = bytes[index]
            result.append(byte)
            index += 1
            guard byte == lt, index + 2 < bytes.endIndex, bytes[index] == t else { continue }
            if bytes[index + 1] == r, bytes[index + 2] == close {
                // `<tr>`: a new row.
                column = 0
            } else if bytes[index + 1] == d, bytes[index + 2] == close || bytes[index + 2] == space {
                // `<td>` or `<td style=…>`; anything else (`<tdx`) is not a cell.
                result.append(t)
                result.append(d)
                index += 2
                if column < attributes.count { result.append(contentsOf: attributes[column]) }
                column += 1
            }
        }
    }

    /// Where `needle` next starts in `haystack` at or after `start`.
    private static func find<Bytes: RandomAccessCollection<UInt8>>(_ needle: [UInt8], in haystack: Bytes, from start: Int) -> Int?
    where Bytes.Index == Int {
        guard let first = needle.first, haystack.endIndex - start >= needle.count else { return nil }
        var index = start
        let last = haystack.endIndex - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
