/// One problem found in a site's input, reported to the person who wrote it.
///
/// Stages return diagnostics as values instead of throwing, so that one run
/// can report every problem at once.
public struct Diagnostic: Error, Hashable, Sendable {
    public enum Severity: String, Sendable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// What to do about it, when there is something useful to say.
    public var hint: String?
    /// The kind of problem, stable across runs and wording changes
    /// (`MB2340`): messages of one kind in one file are
    /// grouped in the output. Nil for messages that are never grouped.
    public var code: String?
    /// The file whose own problems this one follows from (a table that
    /// could not be read): problems of one code and one cause are grouped
    /// across the files they are in.
    public var cause: String?
    /// Where the problem stands in cause-first order: a problem of a lower
    /// rank can cause problems of a higher one, never the other way round.
    /// The data loader ranks each table by its place in dependency order;
    /// everything else keeps `Diagnostic.laterRank` and follows the data.
    public var rank: Int
    /// The address of the page the problem was found on (`tinh/an-giang/`),
    /// when its location is shared by many pages (a page template): shown
    /// after the message, and left out when the same problem of many pages
    /// is reported once.
    public var page: String?
    /// The catalogue's kind of this problem, when it has one; the message is
    /// then worded from it in the reader's language.
    public var messageCode: MessageCode?
    /// The values the message names, by the names its wording uses.
    public var arguments: [MessageArgument] = []

    /// The rank of pages, settings and theme problems: after every data table.
    public static let laterRank = 1_000

    /// Free text, for the catalogue's own wording only: every other module
    /// makes a diagnostic from a `MessageCode` (docs/ARCHITECTURE.md, "Add a message").
    init(_ severity: Severity, at location: SourceLocation, _ message: String, hint: String? = nil, code: String? = nil,
                cause: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = Self.shortened(message)
        self.hint = hint
        self.code = code
        self.cause = cause
        self.rank = Self.laterRank
    }

    /// Messages quote the value they are about; a value of a hundred
    /// megabytes (a CSV file that lost its line breaks) would make a message
    /// of a hundred megabytes. Its beginning and end say enough.
    static let longestMessage = 600

    static func shortened(_ message: String) -> String {
        guard message.utf8.count > longestMessage else { return message }
        let characters = message.count
        guard characters > longestMessage else { return message }
        return "\(message.prefix(400)) […\(characters - 500) characters…] \(message.suffix(100))"
    }

    /// The compiler-style form editors and terminals understand, in English:
    /// `content/a.md:3:7: error: message`, then `  hint: ...` on its own line.
    public var formatted: String { formatted(in: .en) }

    /// The message in `language` with the page it was found on, as every
    /// output shows it.
    public func shownMessage(in language: MessageLanguage) -> String {
        guard let page else { return message(in: language) }
        return message(in: language) + Self.onThePage[language].replacingOccurrences(of: "{page}", with: page)
    }

    /// The English form of `shownMessage(in:)`, for sorting and for code that reads text.
    public var shownMessage: String { shownMessage(in: .en) }

    static let onThePage = LocalizedText(vi: " (trên trang /{page})", en: " (on the page /{page})")
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Whether these problems stop a build: any error, or with `strict`
    /// (`--strict`, for CI) any warning too.
    public func fail(strict: Bool) -> Bool { strict ? !isEmpty : hasErrors }
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }

    /// Sorted by file, line and column so that output is stable across runs
    /// even though files are read in parallel.
    public func sortedByLocation() -> [Diagnostic] {
        sorted { ($0.location, $0.shownMessage) < ($1.location, $1.shownMessage) }
    }

    /// Causes before their effects: by rank (data tables in dependency
    /// order, then everything else), then by file, line and column. A
    /// warning keeps its place among the errors of its file: an ignored,
    /// misspelt column is often the reason for the errors on the lines below.
    public func sortedCauseFirst() -> [Diagnostic] {
        sorted { ($0.rank, $0.location, $0.shownMessage) < ($1.rank, $1.location, $1.shownMessage) }
    }
}
