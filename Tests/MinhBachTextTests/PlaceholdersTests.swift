import Testing
import MinhBachText

@Suite("Placeholders: named places in the theme's strings")
struct PlaceholdersTests {
    @Test("each named place is filled, anything else in braces stays, and a value is not filled again")
    func fills() {
        #expect(Placeholders.fill("{title}: {rows} dòng ({years})", ["title": "Tỷ lệ hộ nghèo", "rows": "1.234", "years": "2021–2025"])
                == "Tỷ lệ hộ nghèo: 1.234 dòng (2021–2025)")
        #expect(Placeholders.fill("{percent}", ["percent": "85 %"]) == "85 %")
        #expect(Placeholders.fill("{other} {year} {", ["year": "2024"]) == "{other} 2024 {")
        #expect(Placeholders.fill("{title} {rows}", ["title": "{rows}", "rows": "3"]) == "{rows} 3")
        #expect(Placeholders.fill("no places", ["title": "x"]) == "no places")
        #expect(Placeholders.fill("{{title}}", ["title": "x"]) == "{x}")
    }
}
