import MinhBachDiagnostics

/// Codes that lost their leading zeros (`1834` for `01834`): a spreadsheet
/// that took the code column for numbers does it to every row at once, so
/// the reader is told once per column, at the first such row, with how many
/// rows it concerns, instead of once per row (a commune table saved by Excel
/// gave 1,614 identical warnings).
enum LostZeros {
    struct Code: Sendable {
        var location: SourceLocation
        var column: String
        /// What the code is: `code`, `parent code`.
        var what = "code"
        var written: String
        var readAs: String
        /// The unit the code was matched to, when it was looked up.
        var name: String?
    }

    static let hint = "format the column as text in the spreadsheet so codes keep their zeros"

    static func notices(_ codes: [Code]) -> [Diagnostic] {
        var order: [String] = []
        var byColumn: [String: [Code]] = [:]
        for code in codes {
            if byColumn[code.column] == nil { order.append(code.column) }
            byColumn[code.column, default: []].append(code)
        }
        return order.compactMap { column in
            guard let found = byColumn[column]?.sorted(by: { $0.location < $1.location }), let first = found.first else { return nil }
            let example = "'\(first.written)' as '\(first.readAs)'" + (first.name.map { " (\($0))" } ?? "")
            guard found.count > 1 else {
                return .warning(at: first.location, "'\(column)': \(first.what) '\(first.written)' lost its leading zeros; read as '\(first.readAs)'"
                                + (first.name.map { " (\($0))" } ?? ""), hint: hint)
            }
            // A sheet has rows where a text file has lines.
            let lineWord = found.last?.location.sheet == nil ? "line" : "row"
            let lastLine = found.last?.location.line.map { " to \(lineWord) \(grouped($0))" } ?? ""
            return .warning(at: first.location,
                            "'\(column)': \(grouped(found.count)) \(first.what)s lost their leading zeros (from this row\(lastLine)); "
                            + "they are read zero-padded, e.g. \(example)",
                            hint: "the file was probably saved from a spreadsheet that took the codes for numbers: " + hint)
        }
    }

    /// `1614` → `1,614`, as the other messages write counts.
    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var text = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(character)
        }
        return text
    }
}
