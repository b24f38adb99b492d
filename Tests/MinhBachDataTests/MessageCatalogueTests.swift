import Foundation
import MinhBachDiagnostics
import Testing

/// The message catalogue: every code once, every wording complete in both
/// languages, docs/ERRORS.md generated from it, and fewer messages outside
/// it with every change.
@Suite struct MessageCatalogueTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func everyCodeIsUniqueAndInItsArea() {
        let identifiers = MessageCode.allCases.map(\.identifier)
        #expect(Set(identifiers).count == identifiers.count)
        for code in MessageCode.allCases {
            #expect(code.identifier.count == 6 && code.identifier.hasPrefix("MB\(code.area.rawValue)"), "\(code.identifier)")
            #expect(MessageCode(identifier: code.identifier) == code)
        }
    }

    /// A placeholder the payload does not fill would reach the reader as
    /// `{table}`; one language naming a value the other leaves out says less.
    @Test(arguments: MessageCode.allCases)
    func everyPlaceholderIsFilledInBothLanguages(_ code: MessageCode) {
        let entry = code.entry
        for text in [entry.message, entry.hint].compactMap({ $0 }) {
            #expect(Set(LocalizedTextProbe.placeholders(text.vi)) == Set(LocalizedTextProbe.placeholders(text.en)),
                    "\(code.identifier): the Vietnamese and English wordings name different values")
        }
        let given = Set(entry.example.map(\.name))
        #expect(entry.placeholders.isSubset(of: given), "\(code.identifier): the example does not fill \(entry.placeholders.subtracting(given).sorted())")
        #expect(given.isSubset(of: entry.placeholders), "\(code.identifier): the example names values the wording does not use")
        for language in MessageLanguage.allCases {
            let worded = entry.message.worded(in: language, entry.example) + (entry.hint?.worded(in: language, entry.example) ?? "")
            #expect(LocalizedTextProbe.placeholders(worded).isEmpty, "\(code.identifier) \(language): \(worded)")
            #expect(!entry.explanation[language].isEmpty && !entry.title[language].isEmpty)
        }
    }

    /// Vietnamese wordings are written with their diacritics and start as a
    /// sentence does; a wording copied from English would not.
    @Test(arguments: MessageCode.allCases)
    func vietnameseIsVietnamese(_ code: MessageCode) {
        let entry = code.entry
        for text in [entry.message.vi, entry.hint?.vi, entry.explanation.vi].compactMap({ $0 }) {
            #expect(text != entry.message.en && text.unicodeScalars.contains { $0.value > 0x7F }, "\(code.identifier): \(text)")
        }
        #expect(entry.message.worded(in: .vi, entry.example).first?.isUppercase == true, "\(code.identifier)")
    }

    /// docs/ERRORS.md is the catalogue as `minhbach explain --all` prints it;
    /// `MINHBACH_RECORD=1` writes it again after a message changes.
    @Test func errorsDocumentIsTheCatalogue() {
        Golden.assertMatches(MessageExplanation.errorsDocument, file: Self.repository.appendingPathComponent("docs/ERRORS.md"))
    }

    /// Messages written as free text (`.error(at:_:)`, `reader.error("column",
    /// "…")`): none is left, and the free-text initialiser is internal to
    /// MinhBachDiagnostics, so another module cannot compile one. This test
    /// also catches a module-local helper that builds messages from strings:
    /// add the message to the catalogue instead (docs/ARCHITECTURE.md, "Add a message").
    @Test func messagesOutsideTheCatalogueOnlyGetFewer() throws {
        let sources = Self.repository.appendingPathComponent("Sources")
        let pattern = try Regex(#"\.(error|warning)\((at:|")|Diagnostic\(\.(error|warning),"#)
        var count = 0
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift", !file.lastPathComponent.hasSuffix(".generated.swift"),
                  !file.path.contains("/MinhBachDiagnostics/") else { continue }
            count += try String(contentsOf: file, encoding: .utf8).matches(of: pattern).count
        }
        #expect(count <= Self.uncodedMessages, "a message was added outside the catalogue (\(count) > \(Self.uncodedMessages))")
        #expect(count >= Self.uncodedMessages, "\(Self.uncodedMessages - count) fewer messages outside the catalogue: lower uncodedMessages to \(count)")
    }

    static let uncodedMessages = 0

    @Test func aCodedMessageIsWordedInTheChosenLanguage() {
        let at = SourceLocation(path: "content/data/so-lieu.xlsx", sheet: "targets")
        let diagnostic = Diagnostic(.data(.sheetHidden), at: at, [MessageArgument("sheet", "targets")])
        #expect(diagnostic.code == "MB2122")
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.formatted(in: .vi).hasPrefix("content/data/so-lieu.xlsx:targets: warning[MB2122]: Trang tính 'targets' đang bị ẩn trong Excel"))
        #expect(diagnostic.formatted(in: .vi).contains("\n  gợi ý: Hãy bỏ ẩn trang tính"))
        #expect(diagnostic.formatted(in: .en).hasPrefix("content/data/so-lieu.xlsx:targets: warning[MB2122]: the sheet 'targets' is hidden in Excel"))
        #expect(diagnostic.message == diagnostic.message(in: .en))
    }

    @Test func aGroupSaysHowManyMoreInTheChosenLanguage() {
        let diagnostics = (2...1_100).map { Diagnostic(.data(.cellNonexistentDate), at: SourceLocation(path: "a.xlsx", line: $0, column: 3, sheet: "x")) }
        let group = diagnostics.grouped()
        #expect(group.count == 1)
        #expect(group[0].formatted(in: .vi).hasSuffix("\n  … và 1.098 chỗ khác như vậy, ở các hàng 3, 4, 5, …"))
        #expect(group[0].formatted(in: .en).hasSuffix("\n  … and 1,098 more like this, on rows 3, 4, 5, …"))
    }

    @Test func theSiteLanguageChoosesTheMessages() {
        #expect(MessageLanguage(siteLanguage: "vi") == .vi)
        #expect(MessageLanguage(siteLanguage: "en") == .en)
        #expect(MessageLanguage(siteLanguage: "en-GB") == .en)
        #expect(MessageLanguage(siteLanguage: "") == .vi)
    }
}

/// The placeholders of one wording, as the catalogue reads them.
enum LocalizedTextProbe {
    static func placeholders(_ text: String) -> [String] {
        text.matches(of: /\{([a-z]+)\}/).map { String($0.1) }
    }
}
