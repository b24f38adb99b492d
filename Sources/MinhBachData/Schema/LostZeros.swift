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
        /// What the code is: `.code`, `.parentCode`.
        var what: CodeKind = .code
        var written: String
        var readAs: String
        /// The unit the code was matched to, when it was looked up.
        var name: String?
    }

    /// What a code is, in the messages' two languages (one and several).
    struct CodeKind: Sendable {
        var one: LocalizedText
        var several: LocalizedText
        static let code = CodeKind(one: .text(vi: "mã", en: "code"), several: .text(vi: "mã", en: "codes"))
        static let parentCode = CodeKind(one: .text(vi: "mã cấp trên", en: "parent code"),
                                         several: .text(vi: "mã cấp trên", en: "parent codes"))
    }

    static func notices(_ codes: [Code]) -> [Diagnostic] {
        var order: [String] = []
        var byColumn: [String: [Code]] = [:]
        for code in codes {
            if byColumn[code.column] == nil { order.append(code.column) }
            byColumn[code.column, default: []].append(code)
        }
        return order.compactMap { column in
            guard let found = byColumn[column]?.sorted(by: { $0.location < $1.location }), let first = found.first else { return nil }
            let unit = first.name.map { " (\($0))" } ?? ""
            guard found.count > 1 else {
                return Diagnostic(.data(.codeLostZeros), at: first.location, [
                    MessageArgument("column", column), MessageArgument("what", first.what.one),
                    MessageArgument("written", first.written), MessageArgument("readAs", first.readAs), MessageArgument("unit", unit),
                ])
            }
            // A sheet has rows where a text file has lines.
            let inSheet = found.last?.location.sheet != nil
            let until = found.last?.location.line.map {
                LocalizedText(vi: " đến \(inSheet ? "hàng" : "dòng") \(grouped($0, by: "."))", en: " to \(inSheet ? "row" : "line") \(grouped($0))")
            } ?? LocalizedText(vi: "", en: "")
            return Diagnostic(.data(.codesLostZeros), at: first.location, [
                MessageArgument("column", column), MessageArgument("count", LocalizedText(vi: grouped(found.count, by: "."), en: grouped(found.count))),
                MessageArgument("what", first.what.several), MessageArgument("until", until),
                MessageArgument("written", first.written), MessageArgument("readAs", first.readAs), MessageArgument("unit", unit),
            ])
        }
    }

    /// `1614` → `1,614`, as the other messages write counts.
    static func grouped(_ number: Int, by separator: Character = ",") -> String {
        let digits = String(number)
        var text = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(separator) }
            text.append(character)
        }
        return text
    }
}
