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
    /// HTML bytes, such as cmark's output before it becomes a `String`: made
    /// into a `String` once, rather than once as written and again labelled
    /// (each checks the UTF-8 of the whole page, about 50,000 instructions a
    /// rich page). Nil when there is nothing to label or the tables and
    /// headers do not match one to one (a page's raw HTML writing the same
    /// markup): the HTML is then used as it is.
    ///
    /// Searched with memmem on the bytes: copying the page into an array
    /// and comparing slices byte by byte cost about 180,000 instructions a
    /// rich page.
    static func labelled(_ bytes: UnsafeBufferPointer<UInt8>, headers: [[String]]) -> [UInt8]? {
        guard !headers.isEmpty else { return nil }
        let start = Array(wrapStart.utf8), end = Array("</table>".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 4)
        var cursor = 0
        for header in headers {
            guard let open = ByteSearch.first(start, in: bytes, from: cursor),
                  let close = ByteSearch.first(end, in: bytes, from: open + start.count) else { return nil }
            result.append(contentsOf: bytes[cursor..<open])
            labellingCells(bytes, open..<(close + end.count), header, into: &result)
            cursor = close + end.count
        }
        guard ByteSearch.first(start, in: bytes, from: cursor) == nil else { return nil }
        result.append(contentsOf: bytes[cursor...])
        return result
    }

    /// One table: in each body row, the n-th `<td` gets the n-th header.
    /// One forward pass over the bytes: Foundation's `range(of:)` measured
    /// the whole rest of the page at every cell, quadratic on the national
    /// site's 10,000-row tables (a build went from 3 minutes to over 20).
    private static func labellingCells(_ bytes: UnsafeBufferPointer<UInt8>, _ table: Range<Int>, _ header: [String],
                                       into result: inout [UInt8]) {
        guard let body = ByteSearch.first(Array("<tbody>".utf8), in: bytes, from: table.lowerBound, to: table.upperBound) else {
            result.append(contentsOf: bytes[table])
            return
        }
        let attributes = header.map { $0.isEmpty ? [] : Array(" data-label=\"\(MarkupEscaping.escape($0))\"".utf8) }
        result.append(contentsOf: bytes[table.lowerBound..<(body + 7)])
        var column = 0
        var index = body + 7
        let lt = UInt8(ascii: "<"), t = UInt8(ascii: "t"), r = UInt8(ascii: "r"), d = UInt8(ascii: "d")
        let close = UInt8(ascii: ">"), space = UInt8(ascii: " ")
        while index < table.upperBound {
            // Up to the next `<`, copied at once.
            let next = ByteSearch.first(lt, in: bytes, from: index, to: table.upperBound) ?? table.upperBound
            result.append(contentsOf: bytes[index..<min(next + 1, table.upperBound)])
            index = next + 1
            guard next < table.upperBound, index + 2 < table.upperBound, bytes[index] == t else { continue }
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
}
