/// One column of the data-entry workbook as the staff who fill it in see
/// it: what it holds (the note on its header cell), how its cells are
/// kept, and the values it offers in a drop-down.
public struct EntryColumn: Sendable {
    /// How the column's cells are written and kept.
    public enum Kind: Sendable {
        /// Text as typed: names, titles, ids, lists (`a;b;c`).
        case text
        /// Digits whose leading zeros matter (`06`, `01834`): the cells are
        /// formatted as Text, so Excel does not turn them into numbers.
        case code
        /// Dates, kept as typed (`2025-02-04`, `04/02/2025`) rather than
        /// turned into Excel dates.
        case date
        /// Numbers, years, counts: a number cell when the written text reads
        /// back the same, else the text as written.
        case number
    }

    /// Where the drop-down of a column takes its values from.
    public enum Choices: Sendable, Equatable {
        /// A fixed list: the words of a vocabulary.
        case values([String])
        /// The ids of another table: its sheet, and the column holding them.
        case reference(table: String, column: String)
    }

    /// The column's name, as in a CSV header.
    public var name: String
    public var kind: Kind
    /// Vietnamese, then the English on a second line.
    public var note: String
    public var choices: Choices?

    public init(_ name: String, _ kind: Kind, note: String, choices: Choices? = nil) {
        self.name = name
        self.kind = kind
        self.note = note
        self.choices = choices
    }

    /// Kept as text in the workbook (anything but a number column).
    public var isText: Bool {
        switch kind {
        case .text, .code, .date: return true
        case .number: return false
        }
    }

    /// The words of a vocabulary, as a drop-down.
    static func words<Vocabulary: CaseIterable & RawRepresentable>(_ type: Vocabulary.Type) -> Choices where Vocabulary.RawValue == String {
        .values(type.allCases.map(\.rawValue))
    }
}
