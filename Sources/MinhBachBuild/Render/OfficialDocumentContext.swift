import MinhBachContent
import MinhBachText

/// `page.official` of a page whose front matter has `official:` (partials
/// official-heading and official-closing; docs/TEMPLATES.md, "Official documents").
enum OfficialDocumentContext {
    /// `date` is the page's date, used when `official.date` is not given (the
    /// front matter has checked that one of them is).
    static func value(_ document: OfficialDocument, language: Language, pageTitle: String, pageDate: CalendarDate?,
                      strings: [String: String]) -> [String: Any] {
        var signer: [String: Any] = ["title": document.signer.title, "name": document.signer.name]
        signer.setText("authority", document.signer.authority)
        signer.setText("capacity", document.signer.capacity)
        var value: [String: Any] = [
            "issuer": document.issuer,
            "number": printedNumber(document.number),
            "place": document.place,
            "kind": document.kind ?? strings["official_default_kind"] ?? "Báo cáo",
            "summary": document.summary ?? pageTitle,
            "signer": signer,
            "recipients": document.recipients,
            "has_recipients": !document.recipients.isEmpty,
        ]
        value.setText("issuer_parent", document.issuerParent)
        if let date = document.date ?? pageDate {
            // `Thái Nguyên, ngày 31 tháng 12 năm 2025` / `Thai Nguyen, 31 December 2025`
            value["place_date"] = "\(document.place), \(date.administrative(language))"
            value["date"] = date.iso
        }
        return value
    }

    /// `/BC-UBND`, a document not numbered yet, leaves room before the slash
    /// for the number the records office writes in by hand: `Số:     /BC-UBND`.
    static func printedNumber(_ number: String) -> String {
        number.hasPrefix("/") ? String(repeating: "\u{2002}", count: 4) + number : number
    }
}
