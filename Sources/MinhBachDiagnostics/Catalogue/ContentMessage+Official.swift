/// The entries of `MB1521`–`MB1532` (named in `ContentMessage.entry`): the
/// `official:` key of a page's front matter, which prints the page as an
/// administrative document. Keys and examples keep the decree's Vietnamese.
extension MessageEntry {
    static let officialNotAGroup = MessageEntry(
        .error, title: .text(vi: "'official' không phải một nhóm khóa", en: "An 'official' that is not a group of keys"),
        message: .officialNotAGroup,
        hint: .text(vi: "Hãy viết các khóa issuer, number, place, signer, recipients... dưới 'official:', mỗi khóa một dòng, thụt vào 2 dấu cách (xem docs/TEMPLATES.md)",
                    en: "write the keys issuer, number, place, signer, recipients... under 'official:', one per line, indented by 2 spaces (see docs/TEMPLATES.md)"),
        example: [MessageArgument("key", "official"), MessageArgument("found", "'có'")],
        explanation: .officialDocument)
    static let signerNotAGroup = MessageEntry(
        .error, title: .text(vi: "'signer' không phải một nhóm khóa", en: "A 'signer' that is not a group of keys"),
        message: .officialNotAGroup,
        hint: .text(vi: "Hãy viết các khóa authority, capacity, title, name dưới 'signer:', mỗi khóa một dòng, thụt vào thêm 2 dấu cách",
                    en: "write the keys authority, capacity, title, name under 'signer:', one per line, indented by 2 more spaces"),
        example: [MessageArgument("key", "official.signer"), MessageArgument("found", "'Nguyễn Văn A'")],
        explanation: .officialDocument)
    static let officialUnknownKey = MessageEntry(
        .error, title: .text(vi: "Khóa không có trong 'official'", en: "A key 'official' does not have"),
        message: .text(vi: "Nhóm '{group}' không có khóa '{key}'", en: "'{group}' has no key '{key}'"),
        hint: .text(vi: "Các khóa của '{group}': {known}{suggestion}", en: "the keys of '{group}' are {known}{suggestion}"),
        example: [MessageArgument("key", "isuer"), MessageArgument("group", "official"),
                  MessageArgument("known", "issuer_parent, issuer, number, place, date, kind, summary, signer, recipients"),
                  MessageArgument("suggestion", .text(vi: "; có phải là 'issuer'?", en: "; did you mean 'issuer'?"))],
        explanation: .officialDocument)
    static let officialMissingKey = MessageEntry(
        .error, title: .text(vi: "'official' thiếu một khóa bắt buộc", en: "An 'official' without a required key"),
        message: .text(vi: "Nhóm '{group}' thiếu khóa '{key}' ({meaning})", en: "'{group}' has no '{key}' ({meaning})"),
        hint: .officialExample,
        example: [MessageArgument("key", "place"), MessageArgument("group", "official"),
                  MessageArgument("meaning", .text(vi: "địa danh", en: "the place name")), MessageArgument("example", "place: \"Thái Nguyên\"")],
        explanation: .officialDocument)
    static let officialNotText = MessageEntry(
        .error, title: .text(vi: "Khóa của 'official' phải là chữ", en: "An 'official' key that must be text"),
        message: .text(vi: "Mục '{key}' phải là chữ, không phải {found}", en: "'{key}' must be text, not {found}"),
        hint: .officialExample,
        example: [MessageArgument("key", "official.issuer"), MessageArgument("found", .text(vi: "một danh sách", en: "a list")),
                  MessageArgument("example", "issuer: \"ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN\"")],
        explanation: .officialDocument)
    static let officialEmpty = MessageEntry(
        .error, title: .text(vi: "Khóa của 'official' để trống", en: "An empty 'official' key"),
        message: .text(vi: "Mục '{key}' đang để trống", en: "'{key}' is empty"),
        hint: .officialExample,
        example: [MessageArgument("key", "official.number"), MessageArgument("example", "number: \"125/BC-UBND\"")],
        explanation: .officialDocument)
    static let officialNumberWithLabel = MessageEntry(
        .error, title: .text(vi: "Số văn bản ghi cả chữ 'Số'", en: "A document number with the word 'Số'"),
        message: .text(vi: "Mục 'official.number' chỉ ghi số và ký hiệu, không ghi chữ 'Số': '{number}'",
                       en: "'official.number' holds only the number and symbol, without the word 'Số': '{number}'"),
        hint: .text(vi: "Hãy bỏ chữ 'Số:' (chữ này được in sẵn), ví dụ: number: \"125/BC-UBND\"",
                    en: "leave out 'Số:' (the layout prints it), for example: number: \"125/BC-UBND\""),
        example: [MessageArgument("number", "Số: 125/BC-UBND")],
        explanation: .officialDocument)
    static let officialNumberWithoutSymbol = MessageEntry(
        .error, title: .text(vi: "Số văn bản thiếu ký hiệu", en: "A document number without its symbol"),
        message: .text(vi: "Số, ký hiệu '{number}' thiếu dấu '/' và ký hiệu văn bản", en: "the number '{number}' has no '/' and no symbol of the document"),
        hint: .text(vi: "Hãy viết số/ký hiệu, ví dụ: number: \"125/BC-UBND\"; văn bản chưa cấp số: number: \"/BC-UBND\"",
                    en: "write number/symbol, for example: number: \"125/BC-UBND\"; for a document not yet numbered: number: \"/BC-UBND\""),
        example: [MessageArgument("number", "125")],
        explanation: .officialDocument)
    static let officialNoDate = MessageEntry(
        .error, title: .text(vi: "Văn bản chưa có ngày ban hành", en: "A document without a date of issue"),
        message: .text(vi: "Văn bản chưa có ngày ban hành", en: "the document has no date of issue"),
        hint: .text(vi: "Hãy thêm ngày ban hành vào 'official', ví dụ: date: 31/12/2025 (hoặc 'date:' ở đầu trang)",
                    en: "add the date of issue to 'official', for example: date: 31/12/2025 (or 'date:' in the front matter)"),
        explanation: .officialDocument)
    static let officialRecipientsNotAList = MessageEntry(
        .error, title: .text(vi: "'recipients' không phải danh sách", en: "A 'recipients' that is not a list"),
        message: .text(vi: "Mục 'official.recipients' phải là một danh sách, không phải {found}", en: "'official.recipients' must be a list, not {found}"),
        hint: .text(vi: "Hãy viết mỗi nơi nhận trên một dòng dưới 'recipients:', bắt đầu bằng '- ', ví dụ: - \"Bộ Nội vụ;\"",
                    en: "write each recipient on its own line under 'recipients:', starting with '- ', for example: - \"Bộ Nội vụ;\""),
        example: [MessageArgument("found", "'Bộ Nội vụ'")],
        explanation: .officialDocument)
    static let officialRecipientNotText = MessageEntry(
        .error, title: .text(vi: "Nơi nhận không phải chữ", en: "A recipient that is not text"),
        message: .officialRecipientNotText,
        hint: .text(vi: "Mỗi nơi nhận là một dòng chữ, ví dụ: - \"Sở Tài chính;\"", en: "each recipient is a line of text, for example: - \"Sở Tài chính;\""),
        example: [MessageArgument("index", "2"), MessageArgument("found", .text(vi: "một danh sách", en: "a list"))],
        explanation: .officialDocument)
    static let officialRecipientKeyed = MessageEntry(
        .error, title: .text(vi: "Nơi nhận có dấu ':' chưa đặt trong ngoặc kép", en: "A recipient with ':' not in quotes"),
        message: .officialRecipientNotText,
        hint: .text(vi: "Dòng có dấu ':' (như 'Lưu: VT') phải đặt trong dấu ngoặc kép, ví dụ: - \"Lưu: VT, TH.\"",
                    en: "a line with ':' (such as 'Lưu: VT') must be in double quotes, for example: - \"Lưu: VT, TH.\""),
        example: [MessageArgument("index", "3"), MessageArgument("found", .text(vi: "một nhóm khóa", en: "a group of keys"))],
        explanation: .officialDocument)
}

extension LocalizedText {
    static let officialNotAGroup = LocalizedText(vi: "Mục '{key}' phải là một nhóm khóa, không phải {found}",
                                                 en: "'{key}' must be a group of keys, not {found}")
    static let officialRecipientNotText = LocalizedText(vi: "Nơi nhận thứ {index} phải là chữ, không phải {found}",
                                                        en: "recipient {index} must be text, not {found}")
    static let officialExample = LocalizedText(vi: "Ví dụ: {example}", en: "for example: {example}")
    static let officialDocument = LocalizedText(
        vi: "Khóa 'official:' ở đầu trang cho phép in trang thành văn bản hành chính theo Nghị định 30/2020/NĐ-CP: cơ quan ban hành (issuer), số, ký hiệu (number), địa danh (place), người ký (signer), nơi nhận (recipients)… (xem docs/TEMPLATES.md).",
        en: "The front-matter key 'official:' prints the page as an administrative document under Decree 30/2020/NĐ-CP: issuing body (issuer), number and symbol (number), place, signer, recipients… (see docs/TEMPLATES.md).")
}
