@testable import MinhBachData
import Testing

/// Figures across the 2025 reorganisation (docs/DATA.md): a small map with
/// a merge, a one-to-one rename, a split unit and a unit reported on its
/// own former ground.
///
///     legacy province 01: district 001 (communes 00001, 00002), district 002 (00003)
///     legacy province 02: district 003 (00004, split: only part went into 10003)
///     legacy province 03: district 004 (00005)
///     2025 province 91: 10001 = 00001 + 00002, 10002 = 00003, 10003 = part of 00004, 10004 = 00005
@Suite("Derivation across the reorganisation")
struct DerivationTests {
    static let areas = """
        scheme,code,name,level,type,parent
        legacy,01,Tỉnh Một,province,tỉnh,
        legacy,02,Tỉnh Hai,province,tỉnh,
        legacy,001,Huyện Một,district,huyện,01
        legacy,002,Huyện Hai,district,huyện,01
        legacy,003,Huyện Ba,district,huyện,02
        legacy,00001,Xã A,commune,xã,001
        legacy,00002,Xã B,commune,xã,001
        legacy,00003,Xã C,commune,xã,002
        legacy,00004,Xã D,commune,xã,003
        legacy,03,Tỉnh Ba,province,tỉnh,
        legacy,004,Huyện Bốn,district,huyện,03
        legacy,00005,Xã E,commune,xã,004
        2025,91,Tỉnh Mới,province,tỉnh,
        2025,10001,Xã AB,commune,xã,91
        2025,10002,Xã C Mới,commune,xã,91
        2025,10003,Xã D Mới,commune,xã,91
        2025,10004,Xã E Mới,commune,xã,91
        """
    static let conversions = """
        old_code,new_code,partly_merged
        00001,10001,0
        00002,10001,0
        00003,10002,0
        00004,10003,1
        00005,10004,0
        """
    static let indicators = """
        - {id: households, name_vi: Số hộ, unit: count, direction: up, precision: 0, derive: sum}
        - {id: poor_households, name_vi: Số hộ nghèo, unit: count, direction: down, precision: 0, additive: true}
        - {id: poverty_rate, name_vi: Tỷ lệ hộ nghèo, unit: percent, direction: down, precision: 2, derive: ratio, numerator: poor_households, denominator: households}
        - {id: avg_criteria, name_vi: Số tiêu chí bình quân, unit: criteria, direction: up, precision: 1}
        """
    /// 2024 on the legacy communes, 2025 on the new ones; 10003 and 10004
    /// have no poor households in 2025, and avg_criteria has 2025 figures
    /// but no rule.
    static let observations = """
        indicator,area,year,value,status,scheme
        households,00001,2024,50,official,
        households,00002,2024,40,official,
        households,00003,2024,300,official,
        poor_households,00001,2024,10,official,
        poor_households,00002,2024,5,official,
        poor_households,00003,2024,30,official,
        households,10001,2025,100,preliminary,
        households,10002,2025,300,official,
        households,10003,2025,80,official,
        households,10004,2025,50,official,
        poor_households,10001,2025,10,official,
        poor_households,10002,2025,15,official,
        avg_criteria,10001,2025,17,official,
        avg_criteria,10002,2025,18,official,
        """

    func index(extra observations: String = "") throws -> DataIndex {
        let (data, problems) = try DataFixtures.load([
            "areas.csv": Self.areas, "area_conversions.csv": Self.conversions, "indicators.yaml": Self.indicators,
            "observations.csv": Self.observations + "\n" + observations,
        ])
        #expect(!problems.hasErrors, "\(DataFixtures.text(problems))")
        return DataIndex(data)
    }

    @Test("a sum over the new communes on a ceased province's ground")
    func sumForward() throws {
        let index = try index()
        let figure = try #require(index.observation("households", AreaKey(.legacy, "01"), 2025))
        #expect(figure.value == 400)
        #expect(figure.isDerived)
        #expect(figure.status == ObservationStatus.preliminary)
        #expect(figure.derivedFrom == [AreaKey(.v2025, "10001"), AreaKey(.v2025, "10002")])
        #expect(index.observation("households", AreaKey(.legacy, "001"), 2025)?.value == 100)
    }

    @Test("a ratio of sums, never an average of rates")
    func ratioForward() throws {
        let index = try index()
        // (10 + 15) / (100 + 300), not the mean of 10 % and 5 %.
        #expect(index.observation("poverty_rate", AreaKey(.legacy, "01"), 2025)?.value == 6.25)
        // 2024 has no reported rate for 01 (only its parts), and nothing is derived in its own period.
        #expect(index.years("poverty_rate", AreaKey(.legacy, "01")) == [2025])
    }

    @Test("the reverse direction: a new commune's history from the units that formed it")
    func ratioBackward() throws {
        let index = try index()
        #expect(index.observation("households", AreaKey(.v2025, "10001"), 2024)?.value == 90)
        let rate = try #require(index.observation("poverty_rate", AreaKey(.v2025, "10001"), 2024))
        #expect(abs(rate.value - 15.0 / 90 * 100) < 1e-9)
        #expect(rate.derivedFrom == [AreaKey(.legacy, "00001"), AreaKey(.legacy, "00002")])
        #expect(index.observation("poverty_rate", AreaKey(.v2025, "10002"), 2024)?.value == 10)
    }

    @Test("refused for a unit whose new commune also covers ground outside it")
    func straddles() throws {
        let index = try index()
        #expect(index.observation("households", AreaKey(.legacy, "00001"), 2025) == nil)
        #expect(index.derivationGap("households", AreaKey(.legacy, "00001"), 2025) == .straddles(outside: ["00002"], via: ["10001"]))
    }

    @Test("refused across a split unit, named")
    func refusedForSplitUnit() throws {
        let index = try index()
        #expect(index.observation("households", AreaKey(.legacy, "02"), 2025) == nil)
        #expect(index.derivationGap("households", AreaKey(.legacy, "02"), 2025) == .split(["00004"]))
        // Nor backwards: 10003 is only part of 00004.
        #expect(index.derivationGap("households", AreaKey(.v2025, "10003"), 2024) == .split(["00004"]))
        // The new province contains the split commune's new part only.
        #expect(index.derivationGap("households", AreaKey(.v2025, "91"), 2024) == .split(["00004"]))
    }

    @Test("a split unit's own former ground, when reported, completes the sum")
    func splitUnitReportedOnItsOwnGround() throws {
        let index = try index(extra: "households,00004,2025,95,official,legacy")
        #expect(index.observation("households", AreaKey(.legacy, "02"), 2025)?.value == 95)
        #expect(index.observation("households", AreaKey(.legacy, "02"), 2025)?.derivedFrom == [AreaKey(.legacy, "00004")])
    }

    @Test("refused without a method")
    func refusedWithoutMethod() throws {
        let index = try index()
        #expect(index.observation("avg_criteria", AreaKey(.legacy, "01"), 2025) == nil)
        #expect(index.derivationGap("avg_criteria", AreaKey(.legacy, "01"), 2025) == .noRule)
    }

    @Test("refused when a unit's figure is missing, naming it")
    func refusedWhenMissing() throws {
        let index = try index()
        #expect(index.observation("households", AreaKey(.legacy, "03"), 2025)?.value == 50)
        #expect(index.derivationGap("poverty_rate", AreaKey(.legacy, "03"), 2025)
                == .missing(indicator: "poor_households", units: [AreaKey(.v2025, "10004")]))
    }

    @Test("nothing to derive in a unit's own period")
    func ownPeriod() throws {
        let index = try index()
        #expect(index.derivationGap("households", AreaKey(.legacy, "03"), 2024) == nil)
        #expect(index.observation("households", AreaKey(.legacy, "03"), 2024) == nil)
    }

    @Test("a reported figure is never replaced")
    func reportedWins() throws {
        let index = try index(extra: "households,01,2025,410,official,legacy")
        let figure = try #require(index.observation("households", AreaKey(.legacy, "01"), 2025))
        #expect(figure.value == 410)
        #expect(!figure.isDerived)
    }
}
