import Foundation

/// What a text file named `.xlsx` is: offices rename a CSV export to
/// `.xlsx`, and some programs export "Excel" files that are web pages.
enum TextSniffer {
    /// How much of the file is looked at.
    static let sample = 4096

    static func kind(of data: Data) -> WorkbookProblem.TextKind? {
        let head = data.prefix(sample)
        // Binary data holds NUL bytes; text does not (UTF-16 text would,
        // but a UTF-16 file named .xlsx is rare enough to be "not a ZIP").
        guard !head.contains(0), let text = String(data: head, encoding: .utf8) ?? String(data: head, encoding: .isoLatin1) else { return nil }
        let lower = text.lowercased()
        if lower.contains("<html") || lower.contains("<table") { return .html }
        let firstLine = lower.prefix { $0 != "\n" && $0 != "\r" }
        if firstLine.contains(",") || firstLine.contains(";") || firstLine.contains("\t") { return .csv }
        return nil
    }
}
