import MinhBachDiagnostics

enum DuplicateRows {
    /// Keeps the first record of each key and reports the others at their line.
    static func unique<Record, Key: Hashable>(_ result: TableResult<Record>, key: (Record) -> Key, describe: (Record) -> LocalizedText,
                                              into diagnostics: inout [Diagnostic]) -> [Record] {
        var seen: [Key: Int] = [:]
        seen.reserveCapacity(result.records.count)
        var kept: [Record] = []
        kept.reserveCapacity(result.records.count)
        for (record, line) in result.records {
            let recordKey = key(record)
            if let firstLine = seen[recordKey] {
                diagnostics.append(Diagnostic(.data(.duplicateRow), at: SourceLocation(path: result.path, line: line),
                                               [MessageArgument("record", describe(record)), MessageArgument("first", String(firstLine))]))
                continue
            }
            seen[recordKey] = line
            kept.append(record)
        }
        return kept
    }
}
