/// The catalogue as people read it: one code explained (`minhbach explain
/// MB2104`) and docs/ERRORS.md, every code in both languages.
public enum MessageExplanation {
    /// One code, as `minhbach explain` prints it and ERRORS.md lists it.
    public static func markdown(_ code: MessageCode) -> String {
        let entry = code.entry
        let example = Diagnostic(code, at: SourceLocation(path: examplePath(code)), entry.example)
        var text = "### \(code.identifier): \(entry.title.vi) / \(entry.title.en)\n\n"
        text += "\(entry.severity == .error ? "Lỗi / error" : "Cảnh báo / warning")\n\n"
        for language in MessageLanguage.allCases {
            text += "```\n\(example.formatted(in: language))\n```\n\n"
            text += entry.explanation[language] + "\n\n"
        }
        return text
    }

    /// Where the examples say the problem is: a table for data, the site
    /// otherwise.
    static func examplePath(_ code: MessageCode) -> String {
        switch code.area {
        case .data: return "content/data/so-lieu.xlsx"
        case .content: return "content/data/ntm.csv"
        case .components, .render, .publish, .links, .commandLine: return "content/site.yaml"
        }
    }

    /// docs/ERRORS.md: every code by area, generated from the catalogue (a
    /// test compares the file with this text).
    public static var errorsDocument: String {
        var text = """
            # Mã lỗi / Error codes

            <!-- Generated from Sources/MinhBachDiagnostics/Catalogue by `minhbach explain --all`; \
            do not edit (MINHBACH_RECORD=1 swift test --filter MessageCatalogueTests rewrites it). -->

            Mỗi thông báo của MinhBạch có một mã (MB và bốn chữ số; chữ số đầu là phần của \
            chương trình phát hiện ra vấn đề). Chạy `minhbach explain MB2104` để xem giải thích một mã.

            Every MinhBạch message has a code (MB and four digits; the first digit is the part of \
            the program that found the problem). Run `minhbach explain MB2104` to read one code's explanation.


            """
        for area in MessageArea.allCases {
            let codes = MessageCode.allCases.filter { $0.area == area }
            guard !codes.isEmpty else { continue }
            text += "## MB\(area.rawValue)xxx: \(area.title.vi) / \(area.title.en)\n\n"
            for code in codes { text += markdown(code) }
        }
        return text.trimmingCharacters(in: .newlines) + "\n"
    }
}
