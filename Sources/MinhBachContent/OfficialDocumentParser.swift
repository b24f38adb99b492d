import MinhBachDiagnostics
import MinhBachText
import Yams

/// The keys of `official:` and of its `signer:`, declared once: the parser
/// loops over them, and the hints quote their examples.
enum OfficialDocumentKey: String, CaseIterable {
    case issuerParent = "issuer_parent", issuer, number, place, date, kind, summary, signer, recipients

    var isRequired: Bool {
        switch self {
        case .issuer, .number, .place, .signer: true
        case .issuerParent, .date, .kind, .summary, .recipients: false
        }
    }

    /// What the key is called in the decree's vocabulary (and in English).
    var meaning: LocalizedText {
        switch self {
        case .issuerParent: .text(vi: "cơ quan chủ quản", en: "the governing body")
        case .issuer: .text(vi: "tên cơ quan ban hành", en: "the name of the issuing body")
        case .number: .text(vi: "số, ký hiệu văn bản", en: "the document's number and symbol")
        case .place: .text(vi: "địa danh", en: "the place name")
        case .date: .text(vi: "ngày ban hành", en: "the date of issue")
        case .kind: .text(vi: "tên loại văn bản", en: "the kind of document")
        case .summary: .text(vi: "trích yếu nội dung", en: "the summary")
        case .signer: .text(vi: "người ký", en: "the signer")
        case .recipients: .text(vi: "nơi nhận", en: "the recipients")
        }
    }

    var example: String {
        switch self {
        case .issuerParent: "issuer_parent: \"UBND TỈNH THÁI NGUYÊN\""
        case .issuer: "issuer: \"ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN\""
        case .number: "number: \"125/BC-UBND\""
        case .place: "place: \"Thái Nguyên\""
        case .date: "date: 31/12/2025"
        case .kind: "kind: \"BÁO CÁO\""
        case .summary: "summary: \"Kết quả thực hiện các Chương trình mục tiêu quốc gia năm 2025\""
        case .signer: "signer: {authority: \"TM. ỦY BAN NHÂN DÂN\", title: \"CHỦ TỊCH\", name: \"Nguyễn Văn A\"}"
        case .recipients: "recipients: [\"Bộ Nội vụ;\", \"Lưu: VT, TH.\"]"
        }
    }
}

enum SignerKey: String, CaseIterable {
    case authority, capacity, title, name

    var isRequired: Bool {
        switch self {
        case .title, .name: true
        case .authority, .capacity: false
        }
    }

    var meaning: LocalizedText {
        switch self {
        case .authority: .text(vi: "quyền hạn ký, như TM.", en: "the signing authority, such as TM.")
        case .capacity: .text(vi: "ký thay, như KT. CHỦ TỊCH", en: "signing on behalf, such as KT. CHỦ TỊCH")
        case .title: .text(vi: "chức vụ người ký", en: "the signer's position")
        case .name: .text(vi: "họ và tên người ký", en: "the signer's full name")
        }
    }

    var example: String {
        switch self {
        case .authority: "authority: \"TM. ỦY BAN NHÂN DÂN\""
        case .capacity: "capacity: \"KT. CHỦ TỊCH\""
        case .title: "title: \"PHÓ CHỦ TỊCH\""
        case .name: "name: \"Nguyễn Văn A\""
        }
    }
}

/// Reads `official:` of a page's front matter into an `OfficialDocument`,
/// reporting every problem at the line of the key or value concerned.
struct OfficialDocumentParser {
    let reader: YAMLReader
    private(set) var diagnostics: [Diagnostic] = []

    init(reader: YAMLReader) {
        self.reader = reader
    }

    /// `key` is the `official` key's node (where missing keys are reported).
    mutating func parse(_ value: Node, key: Node) -> OfficialDocument? {
        guard let mapping = value.mapping else {
            report(.notAGroup(key: "official", found: Self.describe(value)), at: value)
            return nil
        }
        var texts: [OfficialDocumentKey: String] = [:]
        var date: CalendarDate?
        var signer: OfficialDocument.Signer?
        var recipients: [String] = []
        var seen: Set<OfficialDocumentKey> = []
        var numberNode = value
        for (keyNode, item) in mapping {
            let name = keyNode.string ?? ""
            guard let field = OfficialDocumentKey(rawValue: name) else {
                report(unknown(name, group: "official", known: OfficialDocumentKey.allCases.map(\.rawValue)), at: keyNode)
                continue
            }
            seen.insert(field)
            if field == .number { numberNode = item }
            switch field {
            case .issuerParent, .issuer, .number, .place, .kind, .summary:
                texts[field] = text(item, key: "official.\(name)", example: field.example)
            case .date:
                date = self.date(item)
            case .signer:
                signer = parseSigner(item, key: keyNode)
            case .recipients:
                recipients = parseRecipients(item)
            }
        }
        for field in OfficialDocumentKey.allCases where field.isRequired && !seen.contains(field) {
            report(.missingKey(key: field.rawValue, group: "official", meaning: field.meaning, example: field.example), at: key)
        }
        if let number = texts[.number], let problem = Self.check(number: number) {
            report(problem, at: numberNode)
            texts[.number] = nil
        }
        guard let issuer = texts[.issuer], let number = texts[.number], let place = texts[.place], let signer,
              !diagnostics.hasErrors else { return nil }
        return OfficialDocument(issuerParent: texts[.issuerParent], issuer: issuer, number: number, place: place, date: date,
                                kind: texts[.kind], summary: texts[.summary], signer: signer, recipients: recipients)
    }

    /// `Số: 125/BC-UBND` and `125` are mistakes; `125/BC-UBND` and `/BC-UBND` are not.
    static func check(number: String) -> OfficialDocumentProblem? {
        let lowered = number.lowercased()
        if lowered.hasPrefix("số") || lowered.hasPrefix("so:") || lowered.hasPrefix("no.") { return .numberWithLabel(number) }
        guard let slash = number.firstIndex(of: "/"), !number[number.index(after: slash)...].trimmingSpaces.isEmpty else {
            return .numberWithoutSymbol(number)
        }
        return nil
    }

    private mutating func parseSigner(_ value: Node, key: Node) -> OfficialDocument.Signer? {
        guard let mapping = value.mapping else {
            report(.notAGroup(key: "official.signer", found: Self.describe(value)), at: value)
            return nil
        }
        var texts: [SignerKey: String] = [:]
        var seen: Set<SignerKey> = []
        for (keyNode, item) in mapping {
            let name = keyNode.string ?? ""
            guard let field = SignerKey(rawValue: name) else {
                report(unknown(name, group: "official.signer", known: SignerKey.allCases.map(\.rawValue)), at: keyNode)
                continue
            }
            seen.insert(field)
            texts[field] = text(item, key: "official.signer.\(name)", example: field.example)
        }
        for field in SignerKey.allCases where field.isRequired && !seen.contains(field) {
            report(.missingKey(key: field.rawValue, group: "official.signer", meaning: field.meaning, example: field.example), at: key)
        }
        guard let title = texts[.title], let name = texts[.name] else { return nil }
        return OfficialDocument.Signer(authority: texts[.authority], capacity: texts[.capacity], title: title, name: name)
    }

    private mutating func parseRecipients(_ value: Node) -> [String] {
        guard let sequence = value.sequence else {
            report(.recipientsNotAList(found: Self.describe(value)), at: value)
            return []
        }
        var recipients: [String] = []
        for (offset, item) in sequence.enumerated() {
            if let text = reader.value(of: item).text?.trimmingSpaces, !text.isEmpty {
                recipients.append(text)
            } else {
                report(.recipientNotText(index: offset + 1, found: Self.describe(item), keyed: item.mapping != nil), at: item)
            }
        }
        return recipients
    }

    private mutating func text(_ value: Node, key: String, example: String) -> String? {
        switch reader.value(of: value) {
        case .null:
            report(.emptyText(key: key, example: example), at: value)
            return nil
        case .list, .map, .bool:
            report(.notText(key: key, found: Self.describe(value), example: example), at: value)
            return nil
        case .string, .int, .double:
            let text = reader.value(of: value).text?.trimmingSpaces ?? ""
            if text.isEmpty { report(.emptyText(key: key, example: example), at: value) }
            return text.isEmpty ? nil : text
        }
    }

    private mutating func date(_ value: Node) -> CalendarDate? {
        guard let raw = reader.value(of: value).text else {
            report(.notText(key: "official.date", found: Self.describe(value), example: OfficialDocumentKey.date.example), at: value)
            return nil
        }
        switch CalendarDate.parse(raw) {
        case .success(let date): return date
        case .failure(.impossibleDate): report(.dateImpossible(raw), at: value)
        case .failure(.unrecognisedFormat): report(.dateNotADate(raw), at: value)
        }
        return nil
    }

    private func unknown(_ name: String, group: String, known: [String]) -> OfficialDocumentProblem {
        .unknownKey(key: name, group: group, suggestion: Suggestions.closest(to: name, in: known), known: known)
    }

    private mutating func report(_ problem: OfficialDocumentProblem, at node: Node) {
        diagnostics.append(problem.diagnostic(at: reader.location(of: node)))
    }

    /// How a wrong value is named in a message.
    static func describe(_ node: Node) -> LocalizedText { FoundValue.of(node) }
}

extension String {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String { String(self).trimmingSpaces }
}
