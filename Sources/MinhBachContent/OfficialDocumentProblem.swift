import MinhBachDiagnostics

/// What can be wrong with the `official:` key of a page's front matter.
/// Messages and hints are in Vietnamese: the key is filled in by the office
/// staff who print and sign the document.
public enum OfficialDocumentProblem: Hashable, Sendable {
    /// `official:` (or `official.signer:`) is not a group of keys; `found` describes it.
    case notAGroup(key: String, found: String)
    /// A key the group does not have; `suggestion` is the known key closest to it.
    case unknownKey(key: String, group: String, suggestion: String?, known: [String])
    /// A required key is missing; `example` is a line that would do.
    case missingKey(key: String, group: String, meaning: String, example: String)
    /// A key that must be text holds a list or a group.
    case notText(key: String, found: String, example: String)
    /// A key written without a value.
    case emptyText(key: String, example: String)
    /// `number: "Số: 125/BC-UBND"`: the label is printed by the layout.
    case numberWithLabel(String)
    /// `number: "125"`: no `/` before the symbol of the document.
    case numberWithoutSymbol(String)
    case dateNotADate(String)
    case dateImpossible(String)
    /// Neither `official.date` nor the page's `date` is set.
    case noDate
    case recipientsNotAList(found: String)
    /// Item `index` (from 1) of `recipients` is not text; `keyed` when YAML read
    /// `- Lưu: VT` as a key and a value.
    case recipientNotText(index: Int, found: String, keyed: Bool)

    /// A short, stable name for the problem (tests, editors).
    public var code: String {
        switch self {
        case .notAGroup: "official-not-a-group"
        case .unknownKey: "official-unknown-key"
        case .missingKey: "official-missing-key"
        case .notText: "official-not-text"
        case .emptyText: "official-empty"
        case .numberWithLabel: "official-number-label"
        case .numberWithoutSymbol: "official-number-symbol"
        case .dateNotADate: "official-date-format"
        case .dateImpossible: "official-date-impossible"
        case .noDate: "official-no-date"
        case .recipientsNotAList: "official-recipients-not-a-list"
        case .recipientNotText: "official-recipient-not-text"
        }
    }

    public var message: String {
        switch self {
        case .notAGroup(let key, let found):
            "'\(key)' phải là một nhóm khóa, không phải \(found)"
        case .unknownKey(let key, let group, _, _):
            "'\(group)' không có khóa '\(key)'"
        case .missingKey(let key, let group, let meaning, _):
            "'\(group)' thiếu khóa '\(key)' (\(meaning))"
        case .notText(let key, let found, _):
            "'\(key)' phải là chữ, không phải \(found)"
        case .emptyText(let key, _):
            "'\(key)' đang để trống"
        case .numberWithLabel(let value):
            "'official.number' chỉ ghi số và ký hiệu, không ghi chữ 'Số': '\(value)'"
        case .numberWithoutSymbol(let value):
            "số, ký hiệu '\(value)' thiếu dấu '/' và ký hiệu văn bản"
        case .dateNotADate(let value):
            "'\(value)' không phải là ngày"
        case .dateImpossible(let value):
            "ngày '\(value)' không có thật"
        case .noDate:
            "văn bản chưa có ngày ban hành"
        case .recipientsNotAList(let found):
            "'official.recipients' phải là một danh sách, không phải \(found)"
        case .recipientNotText(let index, let found, _):
            "nơi nhận thứ \(index) phải là chữ, không phải \(found)"
        }
    }

    public var hint: String {
        switch self {
        case .notAGroup(let key, _):
            key == "official"
                ? "viết các khóa issuer, number, place, signer, recipients... dưới 'official:', mỗi khóa một dòng, thụt vào 2 dấu cách (xem docs/TEMPLATES.md)"
                : "viết các khóa authority, capacity, title, name dưới 'signer:', mỗi khóa một dòng, thụt vào thêm 2 dấu cách"
        case .unknownKey(_, let group, let suggestion, let known):
            (suggestion.map { "có phải là '\($0)'? " } ?? "") + "các khóa của '\(group)': \(known.joined(separator: ", "))"
        case .missingKey(_, _, _, let example), .notText(_, _, let example), .emptyText(_, let example):
            "ví dụ: \(example)"
        case .numberWithLabel:
            "bỏ chữ 'Số:' (chữ này được in sẵn), ví dụ: number: \"125/BC-UBND\""
        case .numberWithoutSymbol:
            "viết số/ký hiệu, ví dụ: number: \"125/BC-UBND\"; văn bản chưa cấp số: number: \"/BC-UBND\""
        case .dateNotADate:
            "viết ngày dạng dd/mm/yyyy (31/12/2025) hoặc yyyy-mm-dd (2025-12-31)"
        case .dateImpossible:
            "kiểm tra ngày và tháng; ngày viết dạng dd/mm/yyyy hoặc yyyy-mm-dd"
        case .noDate:
            "thêm ngày ban hành vào 'official', ví dụ: date: 31/12/2025 (hoặc 'date:' ở đầu trang)"
        case .recipientsNotAList:
            "viết mỗi nơi nhận trên một dòng dưới 'recipients:', bắt đầu bằng '- ', ví dụ: - \"Bộ Nội vụ;\""
        case .recipientNotText(_, _, let keyed):
            keyed
                ? "dòng có dấu ':' (như 'Lưu: VT') phải đặt trong dấu ngoặc kép, ví dụ: - \"Lưu: VT, TH.\""
                : "mỗi nơi nhận là một dòng chữ, ví dụ: - \"Sở Tài chính;\""
        }
    }

    public func diagnostic(at location: SourceLocation) -> Diagnostic {
        .error(at: location, message, hint: hint)
    }
}
