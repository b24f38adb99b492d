import MinhBachDiagnostics

enum DuplicateRows {
    /// Keeps the first record of each key and reports the others at their line.
    static func unique<Record, Key: Hashable>(_ result: TableResult<Record>, key: (Record) -> Key, describe: (Record) -> String,
                                              into diagnostics: inout [Diagnostic]) -> [Record] {
        var seen: [Key: Int] = [:]
        seen.reserveCapacity(result.records.count)
        var kept: [Record] = []
        kept.reserveCapacity(result.records.count)
        for (record, line) in result.records {
            let recordKey = key(record)
            if let firstLine = seen[recordKey] {
                diagnostics.append(.error(at: SourceLocation(path: result.path, line: line),
                                          "a second \(describe(record)); the first is on line \(firstLine)",
                                          hint: "keep one row for it, or correct the key"))
                continue
            }
            seen[recordKey] = line
            kept.append(record)
        }
        return kept
    }
}
