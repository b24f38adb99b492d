/// The tables other tables refer to by key.
enum ReferredTable: String, Sendable, CaseIterable {
    case areas, documents, agencies, programs, indicators

    /// One record of the table, as messages name it.
    var recordName: String {
        switch self {
        case .areas: "area"
        case .documents: "document"
        case .agencies: "agency"
        case .programs: "programme"
        case .indicators: "indicator"
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

/// The ways a reference can fail. Each has a stable code: messages of one
/// code in one file are grouped in the output.
enum ReferenceProblem {
    /// No record has the key.
    case missing
    /// The key is a unit of the other area scheme.
    case otherScheme
    /// The record exists but was rejected for its own errors.
    case rejected
    /// The referred-to table could not be read at all.
    case unreadable

    var code: String {
        switch self {
        case .missing: "data.reference.missing"
        case .otherScheme: "data.reference.other-scheme"
        case .rejected: "data.reference.rejected"
        case .unreadable: "data.reference.unreadable"
        }
    }

    /// The message for a reference to `id` in `column`; `referredFile` is
    /// named when the whole table could not be read.
    func message(column: String, id: String, table: ReferredTable, referredFile: String = "") -> String {
        let what = table.recordName
        switch self {
        case .missing, .otherScheme:
            return "'\(column)': no \(what) '\(id)'"
        case .rejected:
            return "'\(column)': refers to \(what) '\(id)', which has errors above"
        case .unreadable:
            let file = referredFile.split(separator: "/").last.map(String.init) ?? referredFile
            return "'\(column)': refers to \(what) '\(id)', but no record of \(file) could be read (errors above)"
        }
    }
}
