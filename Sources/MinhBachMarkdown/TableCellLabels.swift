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
        var pieces: [Substring] = []
        var rest = Substring(html)
        var labelled: [String] = []
        for header in headers {
            guard let start = rest.range(of: wrapStart),
                  let end = rest[start.upperBound...].range(of: "</table>") else { return html }
            pieces.append(rest[..<start.lowerBound])
            labelled.append(labellingCells(String(rest[start.lowerBound..<end.upperBound]), header))
            rest = rest[end.upperBound...]
        }
        guard rest.range(of: wrapStart) == nil else { return html }
        var result = ""
        for (piece, table) in zip(pieces, labelled) {
            result += piece
            result += table
        }
        return result + rest
    }

    /// One table: in each body row, the n-th `<td` gets the n-th header.
    /// One forward pass over the bytes: Foundation's `range(of:)` measured
    /// the whole rest of the page at every cell, quadratic on the national
    /// site's 10,000-row tables (a build went from 3 minutes to over 20).
    private static func labellingCells(_ table: String, _ header: [String]) -> String {
        let bytes = Array(table.utf8)
        guard let body = find(Array("<tbody>".utf8), in: bytes, from: 0) else { return table }
        let attributes = header.map { $0.isEmpty ? [] : Array(" data-label=\"\(MarkupEscaping.escape($0))\"".utf8) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 4)
        result.append(contentsOf: bytes[..<(body + 7)])
        var column = 0
        var index = body + 7
        let lt = UInt8(ascii: "<"), t = UInt8(ascii: "t"), r = UInt8(ascii: "r"), d = UInt8(ascii: "d")
        let close = UInt8(ascii: ">"), space = UInt8(ascii: " ")
        while index < bytes.count {
            let byte = bytes[index]
            result.append(byte)
            index += 1
            guard byte == lt, index + 2 <= bytes.count, bytes[index] == t else { continue }
            if bytes[index + 1] == r, index + 2 < bytes.count, bytes[index + 2] == close {
                // `<tr>`: a new row.
                column = 0
            } else if bytes[index + 1] == d, index + 2 < bytes.count, bytes[index + 2] == close || bytes[index + 2] == space {
                // `<td>` or `<td style=…>`; anything else (`<tdx`) is not a cell.
                result.append(t)
                result.append(d)
                index += 2
                if column < attributes.count { result.append(contentsOf: attributes[column]) }
                column += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0], Array(haystack[index..<(index + needle.count)]) == needle { return index }
            index += 1
        }
        return nil
    }
}
