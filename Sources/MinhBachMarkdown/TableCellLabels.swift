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
    private static func labellingCells(_ table: String, _ header: [String]) -> String {
        guard let body = table.range(of: "<tbody>") else { return table }
        var result = String(table[..<body.upperBound])
        var column = 0
        var rest = table[body.upperBound...]
        while true {
            let row = rest.range(of: "<tr>"), cell = rest.range(of: "<td")
            guard let next = [row, cell].compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound }) else { break }
            let isRow = next == row
            result += rest[..<next.upperBound]
            rest = rest[next.upperBound...]
            if isRow {
                column = 0
                continue
            }
            // `<td>` or `<td style=…>`; anything else (`<tdx`) is not a cell.
            guard let following = rest.first, following == ">" || following == " " else { continue }
            if column < header.count, !header[column].isEmpty {
                result += " data-label=\"\(MarkupEscaping.escape(header[column]))\""
            }
            column += 1
        }
        return result + rest
    }
}
