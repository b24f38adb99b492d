/// One named value of a message's payload: `table: "programs"`. A value is
/// the same in both languages (a file name, a number, a cell) or a text of
/// its own in each (what an Excel error means).
public struct MessageArgument: Hashable, Sendable {
    public var name: String
    public var value: LocalizedText

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = LocalizedText(vi: value, en: value)
    }

    public init(_ name: String, _ value: LocalizedText) {
        self.name = name
        self.value = value
    }
}
