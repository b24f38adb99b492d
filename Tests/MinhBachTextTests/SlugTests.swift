import Foundation
import Testing
import MinhBachText

@Suite("Slug.make")
struct SlugTests {
    @Test("Vietnamese text folds to ASCII", arguments: [
        ("Phường An Bình", "phuong-an-binh"),
        ("Đắk Lắk", "dak-lak"),
        ("Quyết định 241/QĐ-TTg", "quyet-dinh-241-qd-ttg"),
        ("Xây dựng nông thôn mới", "xay-dung-nong-thon-moi"),
        ("Giảm nghèo bền vững", "giam-ngheo-ben-vung"),
        ("Người có công", "nguoi-co-cong"),
        ("ĐỒNG THÁP", "dong-thap"),
        ("đường Điện Biên Phủ", "duong-dien-bien-phu"),
        ("Chỉ thị 14/CT-TTg ngày 04/02/2020", "chi-thi-14-ct-ttg-ngay-04-02-2020"),
    ])
    func folds(_ input: String, _ expected: String) {
        #expect(Slug.make(input) == expected)
    }

    @Test("NFC and NFD spellings give the same slug", arguments: [
        "Phường An Bình", "Đắk Lắk", "Quyết định 241/QĐ-TTg", "Hoà Bình", "Thừa Thiên Huế", "Ưu tiên",
    ])
    func nfcAndNfdAgree(_ text: String) {
        let nfc = text.precomposedStringWithCanonicalMapping
        let nfd = text.decomposedStringWithCanonicalMapping
        // The two spellings must really differ, or the test proves nothing.
        #expect(Array(nfc.unicodeScalars) != Array(nfd.unicodeScalars))
        #expect(nfc.unicodeScalars.count < nfd.unicodeScalars.count)
        #expect(Slug.make(nfd) == Slug.make(nfc))
        #expect(!Slug.make(nfc).isEmpty)
    }

    @Test("both tone placements of 'hoà' give 'hoa'")
    func tonePlacement() {
        // Old style puts the tone on o, new style on a: different characters.
        let oldStyle = "h\u{00F2}a"   // hòa
        let newStyle = "ho\u{00E0}"   // hoà
        #expect(oldStyle != newStyle)
        #expect(Slug.make(oldStyle) == "hoa")
        #expect(Slug.make(newStyle) == "hoa")
        #expect(Slug.make("Thanh H\u{00F3}a") == "thanh-hoa")
        #expect(Slug.make("Thanh Ho\u{00E1}") == "thanh-hoa")
    }

    @Test("punctuation and space runs collapse to one dash; no dash at the ends", arguments: [
        ("a  --  b", "a-b"),
        ("a/.,;:!?()[]b", "a-b"),
        ("  Mục tiêu  ", "muc-tieu"),
        ("--Mục tiêu--", "muc-tieu"),
        ("(1) Mở đầu.", "1-mo-dau"),
        ("a\tb\nc", "a-b-c"),
        ("a_b", "a-b"),
        ("«Ninh Kiều»", "ninh-kieu"),
        ("100%", "100"),
    ])
    func punctuation(_ input: String, _ expected: String) {
        #expect(Slug.make(input) == expected)
    }

    @Test("nothing usable gives an empty slug", arguments: ["???", "", "   ", "---", "!@#$%^&*", "–—…", "中文", "😀"])
    func empty(_ input: String) {
        #expect(Slug.make(input) == "")
    }

    @Test("digits are kept")
    func digits() {
        #expect(Slug.make("2025") == "2025")
        #expect(Slug.make("Báo cáo năm 2024") == "bao-cao-nam-2024")
        #expect(Slug.make("0123456789") == "0123456789")
    }

    @Test("already a slug stays the same")
    func idempotent() {
        for slug in ["phuong-an-binh", "bao-cao-2024", "a", "1-2-3"] {
            #expect(Slug.make(slug) == slug)
        }
        let once = Slug.make("Quyết định 241/QĐ-TTg")
        #expect(Slug.make(once) == once)
    }

    /// Every Vietnamese vowel with each of the five tones (and without),
    /// in lower and upper case, folds to its base letter.
    static let vowelTable: [(base: String, forms: String)] = [
        ("a", "aàáảãạ" + "ăằắẳẵặ" + "âầấẩẫậ"),
        ("e", "eèéẻẽẹ" + "êềếểễệ"),
        ("i", "iìíỉĩị"),
        ("o", "oòóỏõọ" + "ôồốổỗộ" + "ơờớởỡợ"),
        ("u", "uùúủũụ" + "ưừứửữự"),
        ("y", "yỳýỷỹỵ"),
    ]

    @Test("every vowel with every tone folds to its base letter", arguments: vowelTable.map(\.base))
    func vowels(_ base: String) throws {
        let forms = try #require(Self.vowelTable.first { $0.base == base }).forms
        #expect(forms.count % 6 == 0)
        for character in forms {
            let lower = String(character)
            let upper = lower.uppercased()
            #expect(lower != upper)
            for form in [lower, upper] {
                #expect(Slug.make(form) == base, "\(form) (NFC)")
                #expect(Slug.make(form.decomposedStringWithCanonicalMapping) == base, "\(form) (NFD)")
            }
        }
    }

    @Test("the vowel table covers 12 vowels × 6 forms")
    func vowelTableIsComplete() {
        let all = Self.vowelTable.map(\.forms).joined()
        #expect(all.count == 72)
        #expect(Set(all).count == 72)
    }

    @Test("đ and Đ map to d, in words and alone")
    func dStroke() {
        #expect(Slug.make("đ") == "d")
        #expect(Slug.make("Đ") == "d")
        #expect(Slug.make("ĐĐđđ") == "dddd")
        #expect(Slug.make("Sở Nội vụ Đà Nẵng") == "so-noi-vu-da-nang")
    }

    /// The slug as it was made before the table: the whole text decomposed
    /// by Foundation, then folded.
    static func slugOfWholeNFD(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingDash = false
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch VietnameseFolding.fold(decomposed: scalar) {
            case .letter(let letter)?:
                if pendingDash && !result.isEmpty { result.append("-") }
                pendingDash = false
                result.append(Unicode.Scalar(letter))
            case .separator?:
                pendingDash = true
            case nil:
                continue
            }
        }
        return String(result)
    }

    @Test func foldingScalarByScalarEqualsFoldingTheWholeNFD() {
        var mismatches: [String] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a\(Character(scalar))b"
            if Slug.make(text) != Self.slugOfWholeNFD(text) { mismatches.append(String(value, radix: 16)) }
        }
        #expect(mismatches == [])
        var generator = SystemRandomNumberGenerator()
        let pieces = ["Đ", "ắ", "a\u{0306}\u{0301}", "\u{0323}", "\u{05B0}\u{0301}", "K", "\u{212A}", "한", " ", "-", "/", "Ơ", "o\u{031B}\u{0300}", "9"]
        for _ in 0..<2_000 {
            let text = (0..<8).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(Slug.make(text) == Self.slugOfWholeNFD(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}

@Suite("UniqueSlugs")
struct UniqueSlugsTests {
    @Test("repeats get -1, -2")
    func repeats() {
        var slugs = UniqueSlugs()
        #expect(slugs.make("Mục tiêu") == "muc-tieu")
        #expect(slugs.make("Mục tiêu") == "muc-tieu-1")
        #expect(slugs.make("Mục tiêu") == "muc-tieu-2")
        #expect(slugs.make("Kết quả") == "ket-qua")
        #expect(slugs.make("MỤC TIÊU") == "muc-tieu-3")
    }

    @Test("a text whose slug is a generated suffix stays unique")
    func collisionWithSuffix() {
        var slugs = UniqueSlugs()
        let made = ["Mục tiêu", "Mục tiêu", "Mục tiêu 1"].map { slugs.make($0) }
        #expect(made == ["muc-tieu", "muc-tieu-1", "muc-tieu-1-1"])
        #expect(Set(made).count == made.count)
    }

    @Test("a suffix-like text first, then the repeats skip it")
    func suffixFirst() {
        var slugs = UniqueSlugs()
        let made = ["Mục tiêu 1", "Mục tiêu", "Mục tiêu", "Mục tiêu"].map { slugs.make($0) }
        #expect(made == ["muc-tieu-1", "muc-tieu", "muc-tieu-2", "muc-tieu-3"])
    }

    @Test("many mixed texts never repeat a slug")
    func manyUnique() {
        var slugs = UniqueSlugs()
        var texts: [String] = []
        for index in 0..<20 {
            texts += ["Mục tiêu", "Mục tiêu \(index)", "Mục tiêu \(index) 1", "???"]
        }
        let made = texts.map { slugs.make($0) }
        #expect(Set(made).count == made.count)
    }

    @Test("an empty slug uses the fallback")
    func fallback() {
        var slugs = UniqueSlugs()
        #expect(slugs.make("???") == "muc")
        #expect(slugs.make("") == "muc-1")
        #expect(slugs.make("!!!", fallback: "phan") == "phan")
        #expect(slugs.make("...", fallback: "phan") == "phan-1")
        #expect(slugs.make("Mục") == "muc-2")
    }

    @Test("separate scopes do not share slugs")
    func scopes() {
        var first = UniqueSlugs()
        var second = UniqueSlugs()
        #expect(first.make("Mục tiêu") == "muc-tieu")
        #expect(second.make("Mục tiêu") == "muc-tieu")
    }
}

@Suite struct TonePlacementTests {
    @Test func tellsTheTwoPlacesOfTheToneMarkApart() {
        #expect(TonePlacement.differsOnlyInTonePlacement("Hòa Bình", "Hoà Bình"))
        #expect(TonePlacement.differsOnlyInTonePlacement("thủy lợi", "thuỷ lợi"))
        #expect(!TonePlacement.differsOnlyInTonePlacement("Hòa Bình", "Hòa Bình"))
        #expect(!TonePlacement.differsOnlyInTonePlacement("Hòa Bình", "Hóa Bình"), "another tone is another word")
        #expect(!TonePlacement.differsOnlyInTonePlacement("Hòa Bình", "Hoa Bình"))
    }
}

@Suite struct LinkAddressTests {
    @Test(arguments: ["/van-ban/", "/", "https://chinhphu.vn/", "http://a.vn", "mailto:ban@example.gov.vn", "tel:+84243",
                      "van-ban/", "a/b:c", "#muc-1", "?q=1"])
    func safe(_ address: String) { #expect(LinkAddress.isSafe(address)) }

    @Test(arguments: ["javascript:alert(1)", "JavaScript:alert(1)", " javascript:x", "java\tscript:x", "java\nscript:x",
                      "vbscript:x", "data:text/html,<script>", "//evil.example/", "/\\evil.example/", "\\\\evil", "file:///etc/passwd"])
    func unsafe(_ address: String) { #expect(!LinkAddress.isSafe(address)) }

    @Test func sitePathsStartWithOneSlash() {
        #expect(LinkAddress.isSitePath("/van-ban/"))
        #expect(!LinkAddress.isSitePath("//evil.example/"))
        #expect(!LinkAddress.isSitePath("/\\evil.example/"))
        #expect(!LinkAddress.isSitePath("van-ban/"))
    }
}
