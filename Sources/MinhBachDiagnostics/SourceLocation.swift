import Foundation

/// A place in an input file. Lines and columns count from 1; a column counts
/// Unicode characters (what an editor shows), not bytes.
///
/// In a workbook (`.xlsx`) `sheet` names the sheet, `line` is the row and
/// `column` the column number, so the place reads as Excel shows it:
/// `content/data/ntm.xlsx:ntm!C12`.
public struct SourceLocation: Hashable, Sendable, Comparable {
    public var path: String
    public var line: Int?
    public var column: Int?
    /// The worksheet, for a place in a workbook; nil in a text file.
    public var sheet: String?

    public init(path: String, line: Int? = nil, column: Int? = nil, sheet: String? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.sheet = sheet
    }

    /// `path:line:col`, or as much of it as is known; in a workbook
    /// `path:sheet!C12` (the sheet quoted as Excel quotes it when its name
    /// holds a space or punctuation).
    public var description: String {
        var text = path
        if let sheet {
            text += ":" + Self.quoted(sheet)
            if let cell { text += "!" + cell }
            return text
        }
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }

    /// The cell reference (`C12`) of a place in a workbook; the row alone
    /// (`12:12`, as Excel writes a whole row) when the column is not known.
    public var cell: String? {
        guard sheet != nil, let line else { return nil }
        guard let column else { return "\(line):\(line)" }
        return Self.columnLetters(column) + "\(line)"
    }

    /// 1 → A, 26 → Z, 27 → AA: Excel's column names.
    public static func columnLetters(_ column: Int) -> String {
        var number = column
        var letters: [Character] = []
        while number > 0 {
            let digit = (number - 1) % 26
            letters.insert(Character(Unicode.Scalar(UInt8(65 + digit))), at: 0)
            number = (number - 1) / 26
        }
        return String(letters)
    }

    private static func quoted(_ sheet: String) -> String {
        guard sheet.contains(where: { !($0.isLetter || $0.isNumber || $0 == "_") }) else { return sheet }
        return "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'"
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.sheet ?? "", lhs.line ?? 0, lhs.column ?? 0) < (rhs.path, rhs.sheet ?? "", rhs.line ?? 0, rhs.column ?? 0)
    }
}
