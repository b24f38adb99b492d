import MinhBachDiagnostics
import MinhBachText

/// Reads the typed fields of one record and reports, at the field's line and
/// column, every value that is missing or of the wrong type. Each method
/// returns nil for a field it could not read (already reported).
struct RecordReader<Row: DataRow> {
    let row: Row
    /// Not retained: readers live only while their table is read, and one
    /// is made per row of tables with hundreds of thousands of rows.
    unowned(unsafe) let problems: Problems

    /// The record could be read completely (no error so far).
    var isValid: Bool { !failed }
    private var failed = false

    init(row: Row, problems: Problems) {
        self.row = row
        self.problems = problems
    }

    /// A catalogued problem with this record's field `column` (named in the
    /// payload as `column`).
    mutating func error(_ column: String, _ message: DataMessage, _ arguments: MessageArgument...) {
        error(column, message, arguments)
    }

    mutating func error(_ column: String, _ message: DataMessage, _ arguments: [MessageArgument]) {
        failed = true
        problems.add(Diagnostic(.data(message), at: row.location(column), [MessageArgument("column", column)] + arguments))
    }

    /// A catalogued problem of the record as a whole, shown at `column`
    /// (not named in the payload: the message says which fields).
    mutating func error(_ message: DataMessage, at column: String, _ arguments: MessageArgument...) {
        failed = true
        problems.add(Diagnostic(.data(message), at: row.location(column), arguments))
    }

    /// A catalogued warning at `column`: the record is still kept.
    func warning(_ message: DataMessage, at column: String, _ arguments: MessageArgument...) {
        problems.add(Diagnostic(.data(message), at: row.location(column), arguments))
    }

    /// For errors already reported by a nested reader (heritage projects).
    mutating func markInvalid() { failed = true }

    /// Text, or nil: empty is an error when the column is required.
    mutating func text(_ column: String, required: Bool = true) -> String? {
        guard let value = row.text(column) else {
            if required { error(column, .fieldEmpty) }
            return nil
        }
        return value
    }

    mutating func id(_ column: String, required: Bool = true) -> String? {
        guard let value = text(column, required: required) else { return nil }
        guard Self.isID(value) else {
            error(column, .fieldNotAnID, MessageArgument("value", value),
                  MessageArgument("suggestion", Slug.make(value).replacingOccurrences(of: "-", with: "_")))
            return nil
        }
        return value
    }

    static func isID(_ text: String) -> Bool { DataIDs.isValid(text) }
}

enum DataIDs {
    static func isValid(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { byte in
            (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2D || byte == 0x5F
        }
    }
}

extension RecordReader {
    mutating func ids(_ column: String) -> [String] {
        guard let items = row.list(column) else { return [] }
        var result: [String] = []
        for item in items {
            if Self.isID(item) {
                result.append(item)
            } else {
                error(column, .fieldListNotAnID, MessageArgument("value", item))
            }
        }
        return result
    }

    /// A code of digits, exactly as written (re-padding needs the table).
    mutating func code(_ column: String, required: Bool = true) -> String? {
        guard let value = text(column, required: required) else { return nil }
        guard !value.isEmpty, value.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
            error(column, .fieldNotACode, MessageArgument("value", value))
            return nil
        }
        return value
    }

    mutating func integer(_ column: String, required: Bool = true, range: ClosedRange<Int>? = nil) -> Int? {
        guard let value = text(column, required: required) else { return nil }
        guard let number = Int(value), value.first != "+" else {
            error(column, .fieldNotAWholeNumber, MessageArgument("value", value))
            return nil
        }
        if let range, !range.contains(number) {
            error(column, .fieldOutOfRange, MessageArgument("number", String(number)),
                  MessageArgument("lower", String(range.lowerBound)), MessageArgument("upper", String(range.upperBound)))
            return nil
        }
        return number
    }

    static var years: ClosedRange<Int> { 1945...2100 }

    mutating func year(_ column: String, required: Bool = true) -> Int? {
        guard let value = text(column, required: required) else { return nil }
        guard value.count == 4, let year = Int(value), Self.years.contains(year) else {
            error(column, .fieldNotAYear, MessageArgument("value", value),
                  MessageArgument("lower", String(Self.years.lowerBound)), MessageArgument("upper", String(Self.years.upperBound)))
            return nil
        }
        return year
    }

    mutating func number(_ column: String, required: Bool = true) -> Double? {
        guard let value = text(column, required: required) else { return nil }
        switch NumberText.parse(value) {
        case .success(let number): return number
        case .failure(.thousandsSeparators(let suggestion)):
            error(column, .fieldThousandsSeparators, MessageArgument("value", value), MessageArgument("suggestion", suggestion))
        case .failure(.notANumber):
            error(column, row.isComputed(column) ? .fieldFormulaNotANumber : .fieldNotANumber, MessageArgument("value", value))
        }
        return nil
    }

    mutating func date(_ column: String, required: Bool = true) -> CalendarDate? {
        guard let value = text(column, required: required) else { return nil }
        switch CalendarDate.parse(value) {
        case .success(let date): return date
        case .failure(let problem):
            let found = DateMessages.problem(column, value, problem, inSheet: row.location(column).sheet != nil)
            failed = true
            problems.add(Diagnostic(.data(found.message), at: row.location(column), found.arguments))
        }
        return nil
    }

    mutating func bool(_ column: String, default fallback: Bool) -> Bool {
        guard let value = text(column, required: false) else { return fallback }
        if let parsed = BooleanSpelling.value(of: value) { return parsed }
        error(column, .fieldNotABoolean, MessageArgument("value", value))
        return fallback
    }

    mutating func choice<Value: RawRepresentable & CaseIterable>(_ column: String, _ type: Value.Type, required: Bool = true) -> Value?
    where Value.RawValue == String {
        guard let value = text(column, required: required) else { return nil }
        if let choice = Value(rawValue: value) ?? Value(rawValue: value.lowercased()) { return choice }
        let options = Value.allCases.map(\.rawValue)
        let found = [MessageArgument("options", options.joined(separator: ", ")), MessageArgument("value", value)]
        if let suggestion = Suggestions.closest(to: value.lowercased(), in: options) {
            error(column, .fieldNotAChoice, found + [MessageArgument("suggestion", suggestion)])
        } else {
            error(column, .fieldNotAChoiceUnlike, found)
        }
        return nil
    }
}

/// The diagnostics of one table (tables are read in parallel, each on one thread).
final class Problems: @unchecked Sendable {
    private(set) var items: [Diagnostic] = []
    /// Codes a spreadsheet stripped of their leading zeros, reported once
    /// per column when the table is read (`LostZeros`), not once per row.
    private(set) var lostZeros: [LostZeros.Code] = []
    func add(_ diagnostic: Diagnostic) { items.append(diagnostic) }
    func add(contentsOf diagnostics: [Diagnostic]) { items.append(contentsOf: diagnostics) }
    func add(_ code: LostZeros.Code) { lostZeros.append(code) }
    func add(contentsOf other: Problems) {
        items.append(contentsOf: other.items)
        lostZeros.append(contentsOf: other.lostZeros)
    }

    /// Everything found, with the re-padded codes as one notice a column.
    var all: [Diagnostic] { items + LostZeros.notices(lostZeros) }
}

/// Numbers as spreadsheets export them: `18.5` or `18,5` (the decimal mark
/// of Vietnamese settings). Thousands separators are refused: in `1.500`
/// nobody can tell whether one and a half or fifteen hundred was meant.
enum NumberText {
    enum Problem: Error, Equatable {
        case notANumber
        case thousandsSeparators(suggestion: String)
    }

    static func parse(_ text: String) -> Result<Double, Problem> {
        // The common case, checked on bytes: digits with at most one '.'.
        var dots = 0, digits = 0, plain = true
        for (index, byte) in text.utf8.enumerated() {
            if byte >= 0x30 && byte <= 0x39 { digits += 1 } else if byte == 0x2E { dots += 1 } else if !(byte == 0x2D && index == 0) { plain = false; break }
        }
        if plain, dots <= 1, digits > 0, text.utf8.last != 0x2E, let value = Double(text) { return .success(value) }
        var body = Substring(text)
        let negative = body.first == "-"
        if negative { body = body.dropFirst() }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
              body.first?.isNumber == true, body.last?.isNumber == true else { return .failure(.notANumber) }
        let separators = body.filter { $0 == "." || $0 == "," }
        let sign = negative ? "-" : ""
        switch separators.count {
        case 0, 1:
            return Double(sign + body.replacingOccurrences(of: ",", with: ".")).map { .success($0) } ?? .failure(.notANumber)
        default:
            // 1.500.000 → 1500000; 1.234,5 → 1234.5 (the last mark differs: it is the decimal one)
            let last = separators.last!
            let decimalMark: Character? = separators.dropLast().allSatisfy({ $0 == last }) ? nil : last
            var digits = ""
            for character in body {
                if character.isNumber { digits.append(character) } else if character == decimalMark { digits.append(".") }
            }
            return .failure(.thousandsSeparators(suggestion: sign + digits))
        }
    }
}
