import Foundation
@testable import MinhBachData
import MinhBachContent
import MinhBachDiagnostics
import Testing

/// Tables saved in a legacy encoding, from `Fixtures/encodings/` (made from
/// the example site's tables by the real iconv, see make.sh there): named
/// when they are not declared, read to the same records when they are.
@Suite struct EncodingTests {
    static let fixtures = DataFixtures.root.appendingPathComponent("encodings")

    /// The example site's data, with `replacing` (a data file name →
    /// fixture name) laid over it and `siteYAML` beside it, loaded as a site
    /// loads it (the encodings read from content/site.yaml).
    static func loadExample(siteYAML: String = "title: Thử\n", removing: [String] = [],
                            replacing: [String: String] = [:]) throws -> (DataSet, [Diagnostic]) {
        let site = DataFixtures.scratch()
        defer { DataFixtures.remove(site) }
        let data = site.appendingPathComponent("content/data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try DataFixtures.copyContents(of: DataFixtures.exampleData, into: data)
        try DataFixtures.write(siteYAML, to: site.appendingPathComponent("content/site.yaml"))
        for name in removing { try FileManager.default.removeItem(at: data.appendingPathComponent(name)) }
        for (name, fixture) in replacing {
            try? FileManager.default.removeItem(at: data.appendingPathComponent(name))
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(fixture), to: data.appendingPathComponent(name))
        }
        return DataLoader(folder: data, displayFolder: "content/data").load()
    }

    static let utf8 = try! loadExample()

    @Test func theExampleDataLoadsCleanly() {
        #expect(Self.utf8.1.errors.isEmpty)
        #expect(Self.utf8.0.areas.count > 200)
    }

    @Test func aWindows1258TableIsNamedWithTheFix() throws {
        let (_, problems) = try Self.loadExample(replacing: ["areas.csv": "areas.windows-1258.csv"])
        #expect(problems.first?.formatted(in: .vi) == """
            content/data/areas.csv:2:13: error[MB1101]: Tệp được mã hoá Windows-1258 (kiểu 'CSV (Comma delimited)' của Excel trên Windows tiếng Việt), không phải UTF-8
              gợi ý: Hãy lưu tệp với kiểu 'CSV UTF-8 (Comma delimited)', hoặc thêm 'data_encoding: windows-1258' vào content/site.yaml để đọc tệp như hiện có
            """)
        #expect(problems.first?.formatted(in: .en) == """
            content/data/areas.csv:2:13: error[MB1101]: the file is in Windows-1258 (Excel's 'CSV (Comma delimited)' on a Vietnamese Windows), not UTF-8
              hint: save it as 'CSV UTF-8 (Comma delimited)', or add 'data_encoding: windows-1258' to content/site.yaml to read it as it is
            """)
    }

    @Test func aTabSeparatedExportIsNamedAsExcelSavesIt() throws {
        let (_, problems) = try Self.loadExample(removing: ["tasks.csv"], replacing: ["tasks.tsv": "tasks.windows-1258.tsv"])
        #expect(problems.first?.formatted.hasPrefix(
            "content/data/tasks.tsv:2:10: error[MB1101]: the file is in Windows-1258 (Excel's 'Text (Tab delimited)' on a Vietnamese Windows), not UTF-8") == true)
        #expect(problems.first?.message(in: .vi) == "Tệp được mã hoá Windows-1258 (kiểu 'Text (Tab delimited)' của Excel trên Windows tiếng Việt), không phải UTF-8")
    }

    @Test func aWindows1252TableIsNamed() throws {
        let (_, problems) = try Self.loadExample(replacing: ["areas.csv": "areas.windows-1252.csv"])
        #expect(problems.first?.messageCode == .content(.encodedWindows1252))
        #expect(problems.first?.formatted.hasPrefix("content/data/areas.csv:3:14: error[MB1102]: the file is in Windows-1252") == true, "\(problems.first?.formatted ?? "")")
        #expect(problems.first?.message(in: .vi).hasPrefix("Tệp được mã hoá Windows-1252") == true)
    }

    @Test func dataEncodingReadsTheSameRecords() throws {
        // The other tables stay UTF-8: the setting is for the files that are not.
        let (data, problems) = try Self.loadExample(siteYAML: "title: Thử\ndata_encoding: windows-1258\n",
                                                    replacing: ["areas.csv": "areas.windows-1258.csv", "tasks.csv": "tasks.windows-1258.csv"])
        #expect(DataFixtures.text(problems) == DataFixtures.text(Self.utf8.1))
        #expect(data.areas == Self.utf8.0.areas)
        #expect(data.tasks == Self.utf8.0.tasks)
        #expect(data.areas.contains { $0.name == "Phường Nguyễn Thị Minh Khai" })
    }

    @Test func dataEncodingsByFileAndTabSeparated() throws {
        let (data, problems) = try Self.loadExample(
            siteYAML: "title: Thử\ndata_encodings:\n  areas.csv: windows-1258\n  tasks.tsv: CP1258\n",
            removing: ["tasks.csv"], replacing: ["areas.csv": "areas.windows-1258.csv", "tasks.tsv": "tasks.windows-1258.tsv"])
        #expect(DataFixtures.text(problems) == DataFixtures.text(Self.utf8.1))
        #expect(data.areas == Self.utf8.0.areas)
        #expect(data.tasks == Self.utf8.0.tasks)
        #expect(data.observations == Self.utf8.0.observations)
    }

    @Test func aMisspeltFileInDataEncodingsIsAWarning() throws {
        let (_, problems) = try Self.loadExample(siteYAML: "title: Thử\ndata_encodings: {area.csv: windows-1258}\n")
        #expect(problems.first?.code == "MB2417")
        #expect(problems.first?.formatted == """
            content/site.yaml: warning[MB2417]: 'data_encodings' names 'area.csv', which is not a table file in content/data
              hint: did you mean 'areas.csv'?
            """)
        #expect(problems.first?.formatted(in: .vi) == """
            content/site.yaml: warning[MB2417]: Mục 'data_encodings' ghi tệp 'area.csv', nhưng đó không phải tệp bảng nào trong content/data
              gợi ý: Có phải ý là 'areas.csv'?
            """)
    }

    @Test func utf16ReadWhenDeclared() throws {
        let (undeclared, problems) = try Self.loadExample(replacing: ["areas.csv": "areas.utf-16.csv"])
        #expect(problems.first?.message.hasPrefix("the file is UTF-16 text") == true)
        #expect(undeclared.areas.isEmpty)
        let (data, _) = try Self.loadExample(siteYAML: "title: Thử\ndata_encodings: {areas.csv: utf-16}\n",
                                             replacing: ["areas.csv": "areas.utf-16.csv"])
        #expect(data.areas == Self.utf8.0.areas)
    }

    @Test func aByteTheDeclaredEncodingLacksIsLocated() throws {
        // 0x81 is undefined in Windows-1258; 'd' before it is a letter iconv
        // holds back for a tone mark, and must still be counted.
        let bytes = Data("area,decision,date\n01837,Tad".utf8) + Data([0x81])
        let folder = DataFixtures.scratch()
        defer { DataFixtures.remove(folder) }
        try DataFixtures.write(bytes, to: folder.appendingPathComponent("atk.csv"))
        #expect(LegacyEncoding.convert(bytes[...], from: .windows1258) == .failure(.invalid(line: 2, column: 10)))
        let tone = Data("x\nTa".utf8) + Data([0xEC, 0x81])
        #expect(LegacyEncoding.convert(tone[...], from: .windows1258) == .failure(.invalid(line: 2, column: 3)))
        let (_, problems) = DataLoader(folder: folder, displayFolder: "content/data",
                                       encodings: DataEncodings(all: .windows1258)).load()
        #expect(problems.contains { $0.formatted.hasPrefix("content/data/atk.csv:2:10: error[MB1104]: the file is read as windows-1258") })
    }

    @Test func theLastLetterIsNotLost() throws {
        // iconv holds a letter back for a tone mark: a file that ends on one
        // must still end with it.
        let bytes = Data("Vi".utf8) + Data([0xEA, 0xF2]) + Data("t Nam".utf8)
        let converted = try LegacyEncoding.convert(bytes[...], from: .windows1258).get()
        #expect(String(decoding: converted, as: UTF8.self).precomposedStringWithCanonicalMapping == "Việt Nam")
    }

    @Test func siteYAMLNamesTheEncodings() {
        let (config, problems) = SiteConfigParser.parse("title: Thử\ndata_encoding: tcvn3\ndata_encodings: {ntm.csv: Windows-1252}\n",
                                                        path: "content/site.yaml")
        #expect(problems.map(\.formatted) == [
            "content/site.yaml:2:16: error[MB1106]: 'data_encoding': unknown encoding 'tcvn3'\n  hint: the encodings are utf-8, windows-1258, windows-1252, utf-16",
        ])
        #expect(problems.map { $0.formatted(in: .vi) } == [
            "content/site.yaml:2:16: error[MB1106]: Mục 'data_encoding': không biết bảng mã 'tcvn3'\n  gợi ý: Các bảng mã được hỗ trợ: utf-8, windows-1258, windows-1252, utf-16",
        ])
        #expect(config.dataEncodings == DataEncodings(all: .utf8, files: ["ntm.csv": .windows1252]))
        let (_, notAMap) = SiteConfigParser.parse("title: Thử\ndata_encodings: windows-1258\n", path: "content/site.yaml")
        #expect(notAMap.map(\.message) == ["'data_encodings' must be a group of 'file: encoding' lines"])
        #expect(notAMap.map { $0.hint(in: .vi) } == ["Hãy viết 'data_encodings: {ntm.csv: windows-1258}'"])
    }

    @Test func detection() {
        #expect(LegacyEncoding.guess(Data([0x54, 0xE2, 0x6E, 0x20, 0xD0, 0xF4, 0x6E, 0x67])[...]) == .windows1258)   // Tân Đông
        #expect(LegacyEncoding.guess(Data("Côte d'Ivoire, Zürich, Genève".data(using: .windowsCP1252)!)[...]) == .windows1252)
        #expect(LegacyEncoding.guess(Data("Tân Đông, Tân Đông".utf8 + [0xFF])[...]) == nil)   // damaged UTF-8
        #expect(LegacyEncoding.guess(Data([0x78, 0xE0, 0x6F, 0xFF])[...]) == nil)   // too little to tell
    }
}
