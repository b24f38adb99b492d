/// Problems of one kind in one file (or of one kind and one cause), shown
/// as the first of them and a count.
/// One cause (a table that cannot be read) can make every row that refers to
/// it fail in the same way; a thousand identical lines would hide the cause.
public struct DiagnosticGroup: Hashable, Sendable {
    /// The first problem of the group, shown in full.
    public var first: Diagnostic
    /// Where each problem of the group is, the first included, in output order.
    public var locations: [SourceLocation]

    public var count: Int { locations.count }

    /// How many further places the text form names before "…".
    public static let shownLocations = 3

    /// Up to this many problems of a kind are shown one by one.
    public static let smallest = 3

    /// The first problem as `Diagnostic.formatted` shows it, then one line
    /// for the others: `  … and 1,093 more like this, on lines 3, 4, 5, …`
    /// (a line named once however many problems it has); with their files
    /// when they are in several: `in a.csv (lines 2, 3, …), b.csv (line 4)`.
    public var formatted: String { formatted(in: .en) }

    /// The group in `language`: the first problem, then
    /// `  … và 1.093 chỗ khác như vậy, ở các dòng 3, 4, 5, …`.
    public func formatted(in language: MessageLanguage) -> String {
        // A message outside the catalogue is English, and so is its count.
        let words = GroupWords.of(first.messageCode == nil ? .en : language)
        let more = count - 1
        guard more > 0 else { return first.formatted(in: language) }
        var files: [String] = []
        var linesOfFile: [String: [Int]] = [:]
        for location in locations.dropFirst() {
            if linesOfFile[location.path] == nil { files.append(location.path) }
            var lines = linesOfFile[location.path, default: []]
            if let line = location.line, line != first.location.line || location.path != first.location.path, !lines.contains(line) {
                lines.append(line)
            }
            linesOfFile[location.path] = lines
        }
        // A workbook's places are rows, as Excel numbers them.
        let unit = first.location.sheet == nil ? words.line : words.row
        func lines(_ path: String) -> String {
            let lines = linesOfFile[path] ?? []
            guard !lines.isEmpty else { return "" }
            return (lines.count == 1 ? unit.one : unit.many) + " " + Self.list(lines.map(String.init))
        }
        let places: String
        if files == [first.location.path] {
            let text = lines(first.location.path)
            places = text.isEmpty ? "" : words.on + text
        } else {
            places = words.in + Self.list(files.map { path in lines(path).isEmpty ? path : "\(path) (\(lines(path)))" })
        }
        return first.formatted(in: language) + "\n  " + words.more(Self.thousands(more, separator: words.thousandsSeparator)) + places
    }

    /// The first `shownLocations` items, then "…" when there are more.
    static func list(_ items: [String]) -> String {
        items.prefix(shownLocations).joined(separator: ", ") + (items.count > shownLocations ? ", …" : "")
    }

    /// `1093` as `1,093`, as English text writes counts.
    static func thousands(_ number: Int, separator: String = ",") -> String {
        let digits = String(number)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text += separator }
            text.append(digit)
        }
        return text
    }
}

extension Array where Element == Diagnostic {
    /// Problems with the same code, severity and file (or cause, when they
    /// have one) in one group each, at the place of the group's first
    /// problem, when there are more than `DiagnosticGroup.smallest` of
    /// them: a few are clearer each on its own. Problems without a code
    /// stand alone. The order of the array is kept otherwise.
    public func grouped() -> [DiagnosticGroup] {
        func key(_ diagnostic: Diagnostic) -> GroupKey? {
            // A coded message's `code` is its catalogue code.
            diagnostic.code.map { GroupKey(code: $0, severity: diagnostic.severity, place: diagnostic.cause ?? diagnostic.location.path) }
        }
        var sizes: [GroupKey: Int] = [:]
        for diagnostic in self { if let key = key(diagnostic) { sizes[key, default: 0] += 1 } }
        var groups: [DiagnosticGroup] = []
        var groupOfKey: [GroupKey: Int] = [:]
        for diagnostic in self {
            guard let key = key(diagnostic), sizes[key, default: 0] > DiagnosticGroup.smallest else {
                groups.append(DiagnosticGroup(first: diagnostic, locations: [diagnostic.location]))
                continue
            }
            if let index = groupOfKey[key] {
                groups[index].locations.append(diagnostic.location)
            } else {
                groupOfKey[key] = groups.count
                groups.append(DiagnosticGroup(first: diagnostic, locations: [diagnostic.location]))
            }
        }
        return groups
    }
}

/// What makes problems "of the same kind" for grouping.
private struct GroupKey: Hashable {
    var code: String
    var severity: Diagnostic.Severity
    /// The file the problems are in, or the file they follow from.
    var place: String
}
