@testable import MinhBachData
import MinhBachText
import Testing

@Suite("NumberText")
struct NumberTextTests {
    @Test("numbers with '.' or ',' as the decimal mark", arguments: [
        ("18.5", 18.5), ("18,5", 18.5), ("-3", -3), ("0", 0), ("120", 120), ("-0,25", -0.25), ("1500000", 1_500_000),
        ("007", 7),
    ] as [(String, Double)])
    func parses(_ text: String, _ value: Double) {
        #expect(NumberText.parse(text) == .success(value))
    }

    @Test("thousands separators are refused, with the number to write instead", arguments: [
        ("1.500.000", "1500000"), ("1,500,000", "1500000"), ("1.234,5", "1234.5"), ("1,234.5", "1234.5"),
        ("-2.000.000", "-2000000"),
    ])
    func thousands(_ text: String, _ suggestion: String) {
        #expect(NumberText.parse(text) == .failure(.thousandsSeparators(suggestion: suggestion)))
    }

    @Test("not numbers", arguments: ["abc", "", "+5", "-", "18,5%", "1e5", "5.", ",5", "12 000", "--3", "khoảng 20"])
    func notNumbers(_ text: String) {
        #expect(NumberText.parse(text) == .failure(.notANumber))
    }

    @Test("numbers in messages", arguments: [(120.0, "120"), (18.5, "18.5"), (-5, "-5"), (0.185, "0.185")])
    func format(_ value: Double, _ text: String) {
        #expect(NumberText.format(value) == text)
    }
}

@Suite("Suggestions")
struct SuggestionsTests {
    @Test func closeTyposAreSuggested() {
        #expect(Suggestions.closest(to: "oficial", in: ["preliminary", "official"]) == "official")
        #expect(Suggestions.closest(to: "poverty_rat", in: ["poor_households", "poverty_rate"]) == "poverty_rate")
        #expect(Suggestions.closest(to: "nd-07-2012", in: ["nd-07-2021", "qd-241-2025"]) == "nd-07-2021")
        #expect(Suggestions.closest(to: "sourse", in: Observation.columns.all) == "source")
    }

    @Test func farWordsAreNot() {
        #expect(Suggestions.closest(to: "final", in: ["preliminary", "official"]) == nil)
        #expect(Suggestions.closest(to: "ho_ngheo", in: ["poverty_rate", "poor_households"]) == nil)
        #expect(Suggestions.closest(to: "abc", in: [String]()) == nil)
    }

    @Test func shortWordsAllowOneEdit() {
        // "up" is 2 letters: at most 1 edit.
        #expect(Suggestions.closest(to: "u", in: ["up", "down"]) == "up")
        #expect(Suggestions.closest(to: "dn", in: ["up", "down"]) == nil)
        #expect(Suggestions.closest(to: "dwn", in: ["up", "down"]) == "down")
    }

    @Test func theClosestWins() {
        #expect(Suggestions.closest(to: "giam-ngeo", in: ["giam-ngheo-x", "giam-ngheo"]) == "giam-ngheo")
    }

    @Test func tiesGiveTheSameAnswerWhateverTheOrder() {
        // 01834 and 01837 are both one edit from 01835; the answer may not
        // depend on the (random) order of a dictionary's keys.
        for candidates in [["01834", "01837", "01840"], ["01840", "01837", "01834"], ["01837", "01834"]] {
            #expect(Suggestions.closest(to: "01835", in: candidates) == "01834")
        }
    }

    @Test func editDistance() {
        #expect(Suggestions.editDistance("kitten", "sitting", limit: 5) == 3)
        #expect(Suggestions.editDistance("official", "official", limit: 2) == 0)
        #expect(Suggestions.editDistance("oficial", "official", limit: 2) == 1)
        #expect(Suggestions.editDistance("", "abc", limit: 1) == 3)
        #expect(Suggestions.editDistance("abc", "", limit: 1) == 3)
        // Vietnamese letters count as one each.
        #expect(Suggestions.editDistance("Bắc Kạn", "Bac Kan", limit: 5) == 2)
        // Past the limit it gives up early, with a value over the limit.
        #expect(Suggestions.editDistance("aaaaaaaa", "bbbbbbbb", limit: 1) > 1)
    }
}

@Suite("Scheme")
struct SchemeTests {
    @Test("by year: legacy up to 2024, the 2025 map from 2025", arguments: [
        (2020, Scheme.legacy), (2024, .legacy), (2025, .v2025), (2030, .v2025),
    ])
    func byYear(_ year: Int, _ scheme: Scheme) {
        #expect(Scheme.inForce(year: year) == scheme)
    }

    @Test("by date: the 2025 map from 1 July 2025", arguments: [
        ("30/06/2025", Scheme.legacy), ("01/07/2025", .v2025), ("04/02/2025", .legacy), ("31/12/2024", .legacy),
        ("2026-01-01", .v2025),
    ])
    func byDate(_ text: String, _ scheme: Scheme) throws {
        #expect(Scheme.inForce(on: try CalendarDate.parse(text).get()) == scheme)
    }

    @Test func labels() {
        #expect(Scheme.legacy.label == "legacy (before 1 July 2025)")
        #expect(Scheme.v2025.label == "2025")
        #expect(Scheme(rawValue: "2025") == .v2025)
    }
}
