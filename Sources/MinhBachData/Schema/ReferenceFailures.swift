import MinhBachDiagnostics

/// The tables other tables refer to by key.
enum ReferredTable: String, Sendable, CaseIterable {
    case areas, documents, agencies, programs, indicators

    /// One record of the table, as messages name it.
    var named: LocalizedText {
        switch self {
        case .areas: .text(vi: "đơn vị", en: "area")
        case .documents: .text(vi: "văn bản", en: "document")
        case .agencies: .text(vi: "cơ quan", en: "agency")
        case .programs: .text(vi: "chương trình", en: "programme")
        case .indicators: .text(vi: "chỉ tiêu", en: "indicator")
        }
    }
}

/// What a referred-to table could not keep: the keys of records rejected
/// for their own errors, or the whole table when none of it could be read.
struct TableFailures: Sendable {
    /// The table's file, as messages show it.
    var path: String
    /// The file exists but gave no record (it could not be parsed, or every
    /// row has errors): every reference into it fails for that one reason.
    var unreadable = false
    /// Keys (ids, or area codes as written) of rows that were rejected.
    var rejected: Set<String> = []

    /// Nil when the table kept every record it has.
    static func of<Record>(_ result: TableResult<Record>) -> TableFailures? {
        guard !result.path.isEmpty else { return nil }
        let unreadable = result.records.isEmpty && result.problems.hasErrors
        guard unreadable || !result.rejectedKeys.isEmpty else { return nil }
        return TableFailures(path: result.path, unreadable: unreadable, rejected: result.rejectedKeys)
    }
}

/// A reference that fails because of the referred-to table's own errors
/// (the whole table unreadable, or the record rejected): reported with
/// the table's file as its cause, so that the references of one cause are
/// grouped in the output.
enum ReferenceProblem {
    static func failed(_ failures: TableFailures, id: String, table: ReferredTable, column: String,
                       at location: SourceLocation) -> Diagnostic? {
        let found = [MessageArgument("column", column), MessageArgument("what", table.named), MessageArgument("id", id)]
        if failures.unreadable {
            let file = failures.path.split(separator: "/").last.map(String.init) ?? failures.path
            return Diagnostic(.data(.referenceUnreadable), at: location, found + [MessageArgument("file", file)], cause: failures.path)
        }
        guard failures.rejected.contains(id) else { return nil }
        return Diagnostic(.data(.referenceRejected), at: location, found, cause: failures.path)
    }
}
