import Foundation
import Testing
import MinhBachContent
import MinhBachDiagnostics
import MinhBachText

/// `official:` of the front matter: what an office writes to print a page
/// as an administrative document, and the exact Vietnamese messages for its
/// mistakes, each at its line.
@Suite("FrontMatterParser.parse: official")
struct OfficialDocumentTests {
    private let path = "content/bao-cao/2025.md"

    /// Parses YAML that starts on line 2 of the file, right after `---`;
    /// returns the diagnostics as printed in Vietnamese.
    private func parse(_ yaml: String) -> (FrontMatter, String) {
        let (matter, diagnostics) = FrontMatterParser.parse(yaml, path: path, firstLine: 2)
        return (matter, diagnostics.sortedByLocation().map { $0.formatted(in: .vi) }.joined(separator: "\n"))
    }

    @Test("every key read, values kept as written")
    func everyKey() {
        let (matter, problems) = parse("""
        title: Báo cáo năm 2025
        date: 2025-12-31
        official:
          issuer_parent: "UBND TỈNH THÁI NGUYÊN"
          issuer: "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"
          number: "125/BC-SNNMT"
          place: Thái Nguyên
          date: 30/12/2025
          kind: BÁO CÁO
          summary: Kết quả năm 2025
          signer:
            authority: "TM. ỦY BAN NHÂN DÂN"
            capacity: "KT. CHỦ TỊCH"
            title: "PHÓ CHỦ TỊCH"
            name: "Nguyễn Văn A"
          recipients:
            - "Bộ Nội vụ;"
            - "Lưu: VT, TH."

        """)
        #expect(problems == "")
        #expect(matter.official == OfficialDocument(
            issuerParent: "UBND TỈNH THÁI NGUYÊN", issuer: "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", number: "125/BC-SNNMT",
            place: "Thái Nguyên", date: CalendarDate(year: 2025, month: 12, day: 30), kind: "BÁO CÁO", summary: "Kết quả năm 2025",
            signer: .init(authority: "TM. ỦY BAN NHÂN DÂN", capacity: "KT. CHỦ TỊCH", title: "PHÓ CHỦ TỊCH", name: "Nguyễn Văn A"),
            recipients: ["Bộ Nội vụ;", "Lưu: VT, TH."]))
        #expect(matter.params["official"] == nil, "not a template parameter as well")
        #expect(matter.isValid)
    }

    @Test("only the required keys; the page's date stands in")
    func requiredKeysOnly() {
        let (matter, problems) = parse("""
        date: 31/12/2025
        official:
          issuer: UBND XÃ BẠCH THÔNG
          number: /BC-UBND
          place: Bạch Thông
          signer: {title: CHỦ TỊCH, name: Nguyễn Văn A}

        """)
        #expect(problems == "")
        #expect(matter.official == OfficialDocument(issuer: "UBND XÃ BẠCH THÔNG", number: "/BC-UBND", place: "Bạch Thông",
                                                    signer: .init(title: "CHỦ TỊCH", name: "Nguyễn Văn A")))
    }

    @Test("a page without official: has none")
    func absent() {
        let (matter, problems) = parse("title: A\n")
        #expect(problems == "")
        #expect(matter.official == nil)
    }

    @Test("missing keys are reported at 'official:', with an example line")
    func missingKeys() {
        let (matter, problems) = parse("""
        date: 31/12/2025
        official:
          issuer: UBND TỈNH THÁI NGUYÊN
          signer:
            title: PHÓ CHỦ TỊCH

        """)
        #expect(matter.official == nil)
        #expect(!matter.isValid)
        #expect(problems == """
            content/bao-cao/2025.md:3:1: error[MB1524]: Nhóm 'official' thiếu khóa 'number' (số, ký hiệu văn bản)
              gợi ý: Ví dụ: number: "125/BC-UBND"
            content/bao-cao/2025.md:3:1: error[MB1524]: Nhóm 'official' thiếu khóa 'place' (địa danh)
              gợi ý: Ví dụ: place: "Thái Nguyên"
            content/bao-cao/2025.md:5:3: error[MB1524]: Nhóm 'official.signer' thiếu khóa 'name' (họ và tên người ký)
              gợi ý: Ví dụ: name: "Nguyễn Văn A"
            """)
    }

    @Test("a misspelt key gets the closest known one")
    func unknownKeys() {
        let (_, problems) = parse("""
        date: 31/12/2025
        official:
          isuer: UBND TỈNH THÁI NGUYÊN
          issuer: UBND TỈNH THÁI NGUYÊN
          number: 125/BC-UBND
          place: Thái Nguyên
          signer: {title: CHỦ TỊCH, name: Nguyễn Văn A, seal: true}
          nơi nhận: [Bộ Nội vụ]

        """)
        #expect(problems == """
            content/bao-cao/2025.md:4:3: error[MB1523]: Nhóm 'official' không có khóa 'isuer'
              gợi ý: Các khóa của 'official': issuer_parent, issuer, number, place, date, kind, summary, signer, recipients; có phải là 'issuer'?
            content/bao-cao/2025.md:8:49: error[MB1523]: Nhóm 'official.signer' không có khóa 'seal'
              gợi ý: Các khóa của 'official.signer': authority, capacity, title, name
            content/bao-cao/2025.md:9:3: error[MB1523]: Nhóm 'official' không có khóa 'nơi nhận'
              gợi ý: Các khóa của 'official': issuer_parent, issuer, number, place, date, kind, summary, signer, recipients
            """)
    }

    @Test("wrong values: number, date, text, recipients")
    func wrongValues() {
        let (matter, problems) = parse("""
        official:
          issuer: [UBND, TỈNH]
          number: "Số: 125/BC-UBND"
          place:
          date: 31/02/2025
          signer: PHÓ CHỦ TỊCH
          recipients:
            - Bộ Nội vụ;
            - Lưu: VT, TH.

        """)
        #expect(matter.official == nil)
        #expect(problems == """
            content/bao-cao/2025.md:3:11: error[MB1525]: Mục 'official.issuer' phải là chữ, không phải một danh sách
              gợi ý: Ví dụ: issuer: "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN"
            content/bao-cao/2025.md:4:11: error[MB1527]: Mục 'official.number' chỉ ghi số và ký hiệu, không ghi chữ 'Số': 'Số: 125/BC-UBND'
              gợi ý: Hãy bỏ chữ 'Số:' (chữ này được in sẵn), ví dụ: number: "125/BC-UBND"
            content/bao-cao/2025.md:5:9: error[MB1526]: Mục 'official.place' đang để trống
              gợi ý: Ví dụ: place: "Thái Nguyên"
            content/bao-cao/2025.md:6:9: error[MB1507]: Ngày '31/02/2025' không có thật
              gợi ý: Hãy kiểm tra ngày và tháng; ngày viết dạng dd/mm/yyyy hoặc yyyy-mm-dd
            content/bao-cao/2025.md:7:11: error[MB1522]: Mục 'official.signer' phải là một nhóm khóa, không phải 'PHÓ CHỦ TỊCH'
              gợi ý: Hãy viết các khóa authority, capacity, title, name dưới 'signer:', mỗi khóa một dòng, thụt vào thêm 2 dấu cách
            content/bao-cao/2025.md:10:7: error[MB1532]: Nơi nhận thứ 2 phải là chữ, không phải một nhóm khóa
              gợi ý: Dòng có dấu ':' (như 'Lưu: VT') phải đặt trong dấu ngoặc kép, ví dụ: - "Lưu: VT, TH."
            """)
    }

    @Test("a number without its symbol, a group that is not one, a date that is not one")
    func shapes() {
        let (_, number) = parse("""
        date: 31/12/2025
        official: {issuer: UBND, number: "125", place: Bắc Kạn, signer: {title: CHỦ TỊCH, name: Nguyễn Văn A}, date: 31.12.2025}

        """)
        #expect(number == """
            content/bao-cao/2025.md:3:34: error[MB1528]: Số, ký hiệu '125' thiếu dấu '/' và ký hiệu văn bản
              gợi ý: Hãy viết số/ký hiệu, ví dụ: number: "125/BC-UBND"; văn bản chưa cấp số: number: "/BC-UBND"
            content/bao-cao/2025.md:3:110: error[MB1508]: Giá trị '31.12.2025' của 'date' không phải là một ngày
              gợi ý: Hãy viết ngày dạng dd/mm/yyyy (04/02/2025) hoặc yyyy-mm-dd (2025-02-04)
            """)
        let (_, group) = parse("official: có\n")
        #expect(group == """
            content/bao-cao/2025.md:2:11: error[MB1521]: Mục 'official' phải là một nhóm khóa, không phải 'có'
              gợi ý: Hãy viết các khóa issuer, number, place, signer, recipients... dưới 'official:', mỗi khóa một dòng, thụt vào 2 dấu cách (xem docs/TEMPLATES.md)
            """)
        let (_, list) = parse("""
        date: 31/12/2025
        official: {issuer: UBND, number: 1/BC, place: A, signer: {title: B, name: C}, recipients: Bộ Nội vụ}

        """)
        #expect(list == """
            content/bao-cao/2025.md:3:91: error[MB1530]: Mục 'official.recipients' phải là một danh sách, không phải 'Bộ Nội vụ'
              gợi ý: Hãy viết mỗi nơi nhận trên một dòng dưới 'recipients:', bắt đầu bằng '- ', ví dụ: - "Bộ Nội vụ;"
            """)
    }

    @Test("no date anywhere")
    func noDate() {
        let (matter, problems) = parse("""
        title: Báo cáo
        official:
          issuer: UBND TỈNH THÁI NGUYÊN
          number: 125/BC-UBND
          place: Thái Nguyên
          signer: {title: CHỦ TỊCH, name: Nguyễn Văn A}

        """)
        #expect(matter.official == nil)
        #expect(!matter.isValid)
        #expect(problems == """
            content/bao-cao/2025.md:3:1: error[MB1529]: Văn bản chưa có ngày ban hành
              gợi ý: Hãy thêm ngày ban hành vào 'official', ví dụ: date: 31/12/2025 (hoặc 'date:' ở đầu trang)
            """)
    }

    @Test("each problem has a code")
    func codes() {
        #expect(OfficialDocumentProblem.noDate.code == "official-no-date")
        #expect(OfficialDocumentProblem.numberWithLabel("Số: 1/BC").code == "official-number-label")
        let unknown = OfficialDocumentProblem.unknownKey(key: "isuer", group: "official", suggestion: "issuer", known: ["issuer", "number"])
            .diagnostic(at: SourceLocation(path: "content/a.md", line: 3, column: 3))
        #expect(unknown.code == "MB1523")
        #expect(unknown.formatted(in: .en) == """
            content/a.md:3:3: error[MB1523]: 'official' has no key 'isuer'
              hint: the keys of 'official' are issuer, number; did you mean 'issuer'?
            """)
        let keyed = OfficialDocumentProblem.recipientNotText(index: 2, found: .text(vi: "một nhóm khóa", en: "a group of keys"), keyed: true)
            .diagnostic(at: SourceLocation(path: "content/a.md", line: 9, column: 7))
        #expect(keyed.messageCode == .content(.officialRecipientKeyed))
        #expect(keyed.message(in: .en) == "recipient 2 must be text, not a group of keys")
    }
}
