import MinhBachComponents
import MinhBachData
import MinhBachText
import Testing

/// The one-line reasons a page gives where no figure could be derived
/// across the 1 July 2025 reorganisation, each exactly (docs/DATA.md).
@Suite struct FigureNotesTests {
    static let province = AreaKey(.legacy, "06")

    static func sentence(_ gap: DerivationGap, _ language: Language = .vi) throws -> String {
        let index = Fixture.index
        let indicator = try #require(index.indicators["poverty_rate"])
        return FigureNotes(index: index, language: language, overrides: [:]).sentence(gap, indicator, province, 2025)
    }

    @Test("every reason, in Vietnamese", arguments: [
        (DerivationGap.noRule,
         "Không suy ra được số liệu năm 2025 của Tỉnh Bắc Kạn: chỉ tiêu này không tính gộp được qua sắp xếp đơn vị hành chính."),
        (.noCommunes, "Không suy ra được số liệu năm 2025 của Tỉnh Bắc Kạn: dữ liệu không có xã, phường nào thuộc đơn vị này."),
        (.notConverted(["01834"]),
         "Không suy ra được số liệu năm 2025 của Tỉnh Bắc Kạn: 1 xã, phường không có trong bảng chuyển đổi (Phường Nguyễn Thị Minh Khai (01834))."),
        (.straddles(outside: ["01834"], via: ["01843"]),
         "Không suy ra được số liệu năm 2025 của Tỉnh Bắc Kạn: Phường Bắc Kạn (01843) gồm cả địa bàn của Phường Nguyễn Thị Minh Khai (01834), ngoài đơn vị này."),
        (.split(["01834"]),
         "Không suy ra được số liệu năm 2025 của Tỉnh Bắc Kạn: Phường Nguyễn Thị Minh Khai (01834) chỉ nhập một phần vào đơn vị mới (bị chia tách) và chưa có số liệu riêng của địa bàn cũ."),
        (.missing(indicator: "households", units: ["10001", "10002", "10003", "10004"].map { AreaKey(.v2025, $0) }),
         "Không suy ra được số liệu năm 2025 của Tỉnh Bắc Kạn: chưa có số liệu “Số hộ nghèo” năm 2025 của 10001 (10001), 10002 (10002), 10003 (10003) và 1 đơn vị khác."),
        (.zeroDenominator(indicator: "households"), "Không suy ra được số liệu năm 2025 của Tỉnh Bắc Kạn: tổng “Số hộ nghèo” bằng 0."),
    ] as [(DerivationGap, String)])
    func vietnamese(_ gap: DerivationGap, _ expected: String) throws {
        #expect(try Self.sentence(gap) == expected)
    }

    @Test func englishUsesTheEnglishNames() throws {
        #expect(try Self.sentence(.split(["01834"]), .en)
                == "No 2025 figure can be derived for Bac Kan Province: Nguyen Thi Minh Khai Ward (01834) went only partly into a new unit (it was split), and no figure is given for its former ground.")
    }
}
