import MinhBachText

/// What a page needs to print as an administrative document in the layout of
/// Nghị định 30/2020/NĐ-CP: the front-matter key `official:` (docs/TEMPLATES.md,
/// "Official documents"). Values are kept as written; the print layout sets
/// the case and the type.
public struct OfficialDocument: Sendable, Hashable {
    /// The body the issuer belongs to, printed above it (`UBND TỈNH ...` above a department).
    public var issuerParent: String?
    /// The issuing body: `ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN`.
    public var issuer: String
    /// The number and symbol without `Số:`: `125/BC-UBND` (`/BC-UBND` before a number is given).
    public var number: String
    /// The place of the place-and-date line: `Thái Nguyên`.
    public var place: String
    /// The date of issue; nil: the page's `date`.
    public var date: CalendarDate?
    /// The kind of document (`BÁO CÁO`); nil: the theme's default for the page.
    public var kind: String?
    /// The summary title (trích yếu); nil: the page's title.
    public var summary: String?
    public var signer: Signer
    /// The "Nơi nhận" list, one recipient a line, as written (`Lưu: VT, TH.`).
    public var recipients: [String]

    /// The signature block: authority (`TM. ỦY BAN NHÂN DÂN`), capacity
    /// (`KT. CHỦ TỊCH`), title (`PHÓ CHỦ TỊCH`) and the signer's name.
    public struct Signer: Sendable, Hashable {
        public var authority: String?
        public var capacity: String?
        public var title: String
        public var name: String

        public init(authority: String? = nil, capacity: String? = nil, title: String, name: String) {
            self.authority = authority
            self.capacity = capacity
            self.title = title
            self.name = name
        }
    }

    public init(issuerParent: String? = nil, issuer: String, number: String, place: String, date: CalendarDate? = nil,
                kind: String? = nil, summary: String? = nil, signer: Signer, recipients: [String] = []) {
        self.issuerParent = issuerParent
        self.issuer = issuer
        self.number = number
        self.place = place
        self.date = date
        self.kind = kind
        self.summary = summary
        self.signer = signer
        self.recipients = recipients
    }
}
