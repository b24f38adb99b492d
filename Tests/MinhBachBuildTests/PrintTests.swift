import Foundation
import MinhBachContent
import MinhBachDiagnostics
import MinhBachText
import Testing
@testable import MinhBachBuild

/// `minhbach pdf`: the page printed by headless Chromium, and what is said
/// when Chromium is missing or the page does not exist.
@Suite struct PrintTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var chromiumInstalled: Bool {
        if case .success = Chromium.locate(environment: ProcessInfo.processInfo.environment) { return true }
        return false
    }

    static let installHint = "the PDF is printed by headless Chromium: install it with 'sudo apt-get install chromium fonts-liberation2' "
        + "(Debian, Ubuntu), or set MINHBACH_CHROMIUM to the path of Chromium or Google Chrome"

    /// Runs the `minhbach` executable with extra environment variables.
    static func run(_ arguments: [String], in directory: URL, environment extra: [String: String] = [:]) throws -> CLITests.Run {
        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { _, new in new }
        let (out, err) = (Pipe(), Pipe())
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLITests.Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Standard error without the build's warnings (the data fixture has one
    /// about English names), each a line and its hint.
    static func errors(_ stderr: String) -> String {
        var kept: [Substring] = []
        var inWarning = false
        for line in stderr.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.contains(": warning: ") || line.contains(": warning[MB") { inWarning = true; continue }
            if inWarning, line.hasPrefix("  ") { continue }
            inWarning = false
            kept.append(line)
        }
        return kept.joined(separator: "\n")
    }

    /// A poppler tool (pdfinfo, pdftotext) on one page or the whole file.
    static func poppler(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.executableNotLoadable, userInfo: [NSLocalizedDescriptionKey:
                "\(tool) failed (status \(process.terminationStatus)); it is in poppler-utils: sudo apt-get install poppler-utils"])
        }
        return String(decoding: data, as: UTF8.self)
    }

    // MARK: - Chromium missing

    @Test func missingChromiumSaysHowToInstallIt() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let run = try Self.run(["pdf", "/bao-cao/2025/", "--output", "bao-cao.pdf", "--source", Self.repository.path],
                               in: scratch, environment: ["MINHBACH_CHROMIUM": "/nonexistent/chromium"])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == """
            minhbach pdf: error[MB5202]: Không tìm thấy Chromium ở '/nonexistent/chromium' (do MINHBACH_CHROMIUM chỉ định)
              gợi ý: Tệp PDF được in bằng Chromium chạy ẩn: hãy cài bằng lệnh 'sudo apt-get install chromium fonts-liberation2' (Debian, Ubuntu), hoặc đặt MINHBACH_CHROMIUM là đường dẫn tới Chromium hay Google Chrome
            Không có tệp PDF nào được ghi

            """)
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("bao-cao.pdf").path))
    }

    @Test func chromiumIsLookedForOnPath() {
        let nowhere = ["PATH": "/nonexistent/bin"]
        guard case .failure(let problem) = Chromium.locate(environment: nowhere) else {
            Issue.record("found a Chromium on /nonexistent/bin")
            return
        }
        #expect(problem.messageCode == .publish(.chromiumNotFound))
        #expect(problem.message(in: .vi) == "Không tìm thấy Chromium (đã tìm chromium, chromium-browser, google-chrome trong PATH)")
        #expect(problem.formatted == """
            minhbach pdf: error[MB5201]: Chromium was not found (looked for chromium, chromium-browser, google-chrome on PATH)
              hint: \(Self.installHint)
            """)

        let folder = Fixtures.scratch()
        defer { Fixtures.remove(folder) }
        let fake = folder.appendingPathComponent("chromium-browser")
        _ = FileManager.default.createFile(atPath: fake.path, contents: Data("#!/bin/sh\n".utf8), attributes: [.posixPermissions: 0o755])
        guard case .success(let found) = Chromium.locate(environment: ["PATH": "/nonexistent/bin:\(folder.path)"]) else {
            Issue.record("chromium-browser on PATH was not found")
            return
        }
        #expect(found.path == fake.path)
        // A name in MINHBACH_CHROMIUM is looked for on PATH too.
        guard case .success(let named) = Chromium.locate(environment: ["PATH": folder.path, "MINHBACH_CHROMIUM": "chromium-browser"]) else {
            Issue.record("MINHBACH_CHROMIUM=chromium-browser was not found on PATH")
            return
        }
        #expect(named.path == fake.path)
    }

    // MARK: - Errors that need no Chromium (a stand-in program is enough)

    @Test func unknownPageListsTheReports() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let site = Fixtures.site("data")
        let run = try Self.run(["pdf", "/bao-cao/2030/", "--output", "x.pdf", "--source", site.path],
                               in: scratch, environment: ["MINHBACH_CHROMIUM": "/bin/true"])
        #expect(run.status == 1)
        #expect(Self.errors(run.stderr) == """
            minhbach pdf: error[MB5207]: Trang web không có trang /bao-cao/2030/
              gợi ý: Các báo cáo năm của trang web: /bao-cao/2024/, /en/bao-cao/2024/
            Không có tệp PDF nào được ghi

            """)
    }

    @Test func siteErrorsAreReportedLikeBuild() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let site = scratch.appendingPathComponent("trang")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try Fixtures.copyContents(of: Fixtures.site("basic"), into: site)
        try "---\ntitle: Hỏng\ndate: 31/02/2024\n---\n".write(to: site.appendingPathComponent("content/hong.md"), atomically: true, encoding: .utf8)
        let run = try Self.run(["pdf", "/", "--output", "x.pdf", "--source", "trang"],
                               in: scratch, environment: ["MINHBACH_CHROMIUM": "/bin/true"])
        #expect(run.status == 1)
        #expect(run.stderr == """
            trang/content/hong.md:3:7: error[MB1507]: Ngày '31/02/2024' không có thật
              gợi ý: Hãy kiểm tra ngày và tháng; ngày viết dạng dd/mm/yyyy hoặc yyyy-mm-dd
            Dựng trang thất bại: 1 lỗi; không có tệp PDF nào được ghi

            """)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("site-out").path))
    }

    @Test func aBrowserThatWritesNothingIsAnError() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let run = try Self.run(["pdf", "/bao-cao/2024/", "--output", "x.pdf", "--source", Fixtures.site("data").path],
                               in: scratch, environment: ["MINHBACH_CHROMIUM": "/bin/false"])
        #expect(run.status == 1)
        #expect(Self.errors(run.stderr) == """
            minhbach pdf: error[MB5213]: Chromium (/bin/false) kết thúc với mã 1 và không ghi ra tệp PDF nào
            Không có tệp PDF nào được ghi

            """)
    }

    @Test func aBrowserThatHangsIsStopped() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let hanging = scratch.appendingPathComponent("hanging-chromium")
        _ = FileManager.default.createFile(atPath: hanging.path, contents: Data("#!/bin/sh\nsleep 60\n".utf8),
                                       attributes: [.posixPermissions: 0o755])
        let started = ContinuousClock.now
        let run = try Self.run(["pdf", "/bao-cao/2024/", "--output", "x.pdf", "--timeout", "1", "--source", Fixtures.site("data").path],
                               in: scratch, environment: ["MINHBACH_CHROMIUM": hanging.path])
        #expect(run.status == 1)
        #expect(Self.errors(run.stderr) == """
            minhbach pdf: error[MB5211]: Chromium chưa in xong sau 1 giây và đã bị dừng
              gợi ý: Hãy cho thêm thời gian bằng --timeout 2
            Không có tệp PDF nào được ghi

            """)
        // The script's `sleep` is in the stopped process group too: the run does not wait for it.
        #expect(ContinuousClock.now - started < .seconds(30))
    }

    // MARK: - The example report, printed

    /// The example site with the `official:` block taken out of the front matter of its reports.
    static func exampleWithoutOfficialFields(in scratch: URL) throws -> URL {
        let site = scratch.appendingPathComponent("vi-du")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("content"), withIntermediateDirectories: true)
        try Fixtures.copyContents(of: repository.appendingPathComponent("content"), into: site.appendingPathComponent("content"))
        for name in ["2025.md", "2025.en.md"] {
            let file = site.appendingPathComponent("content/bao-cao/\(name)")
            var kept: [Substring] = []
            var inOfficial = false
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix("official:") { inOfficial = true; continue }
                if inOfficial, line.hasPrefix(" ") { continue }
                inOfficial = false
                kept.append(line)
            }
            try kept.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        }
        return site
    }

    @Test(.enabled(if: chromiumInstalled, "Chromium is not installed (make print-deps)"))
    func reportWithoutOfficialFieldsPrintsWithACover() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let site = try Self.exampleWithoutOfficialFields(in: scratch)
        // No --output: the file is named after the page.
        let run = try Self.run(["pdf", "/bao-cao/2025/", "--source", site.path], in: scratch)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let pdf = scratch.appendingPathComponent("bao-cao-2025.pdf")
        let data = try Data(contentsOf: pdf)
        #expect(data.starts(with: Array("%PDF".utf8)))

        let info = try Self.poppler("pdfinfo", [pdf.path])
        #expect(info.contains("(A4)"), "pdfinfo: \(info)")
        let pages = info.firstMatch(of: /Pages:\s+(\d+)/).flatMap { Int($0.output.1) } ?? 0
        #expect(pages > 1)
        #expect(run.stdout == "Đã ghi bao-cao-2025.pdf (\(pages) trang, \(max(1, (data.count + 512) / 1024)) KB) từ trang /bao-cao/2025/\n")

        func text(page: Int) throws -> String {
            try Self.poppler("pdftotext", ["-f", "\(page)", "-l", "\(page)", "-layout", pdf.path, "-"])
        }
        func squeezed(_ text: String) -> String {
            text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        // The cover: the title, the year, the notice about illustrative figures; no page number.
        let cover = squeezed(try text(page: 1))
        #expect(cover.contains("Báo cáo tiến độ thực hiện các Chương trình mục tiêu quốc gia năm 2025"))
        #expect(cover.contains("2025"))
        #expect(cover.contains("Dữ liệu minh họa"))
        #expect(!cover.contains("1 / \(pages)"))
        #expect(!cover.contains("Trang chủ"), "the menu is not printed")
        // The contents, with the page each chapter starts on; numbered pages after the cover.
        let contents = try text(page: 2)
        let entries = contents.matches(of: /(Kết quả thực hiện các mục tiêu|Tình hình thực hiện nhiệm vụ)[ .]*?(\d+)\s*\n/)
            .map { (String($0.output.1), Int($0.output.2) ?? 0) }
        #expect(entries.map(\.0) == ["Kết quả thực hiện các mục tiêu", "Tình hình thực hiện nhiệm vụ"], "contents: \(contents)")
        #expect(squeezed(contents).contains("2 / \(pages)"))
        // Each chapter starts at the top of the page the contents gives.
        for (title, page) in entries {
            let first = try text(page: page).split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            #expect(first.map { $0.trimmingCharacters(in: .whitespaces) } == title, "page \(page)")
        }
    }

    // MARK: - The example report, an official document (Nghị định 30/2020/NĐ-CP)

    /// The fonts `pdffonts` lists: family (without the subset tag and the
    /// face), type and whether embedded.
    static func fonts(_ pdf: URL) throws -> [(family: String, type: String, embedded: Bool)] {
        try poppler("pdffonts", [pdf.path]).split(separator: "\n").dropFirst(2).map { line in
            let name = String(line.prefix(37).trimmingCharacters(in: .whitespaces))
            let type = String(line.dropFirst(37).prefix(18).trimmingCharacters(in: .whitespaces))
            let embedded = line.dropFirst(37 + 18 + 17).hasPrefix("yes")
            var family = name.split(separator: "+", maxSplits: 1).last.map(String.init) ?? name
            for face in ["-BoldItalic", "-Bold", "-Italic"] where family.hasSuffix(face) { family = String(family.dropLast(face.count)) }
            return (family, type, embedded)
        }
    }

    /// Prints the example report in `language` and returns the PDF's text
    /// (whitespace squeezed), after checking what both languages share: one
    /// embedded family, no Type 3 font, A4, no page number on page 1 and one at
    /// the top of page 2.
    static func printOfficialExample(language: String?, in scratch: URL) throws -> (text: String, pages: [String]) {
        var arguments = ["pdf", "/bao-cao/2025/", "--output", "bao-cao.pdf", "--source", repository.path]
        if let language { arguments += ["--lang", language] }
        let run = try Self.run(arguments, in: scratch)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let pdf = scratch.appendingPathComponent("bao-cao.pdf")

        let listed = try fonts(pdf)
        #expect(Set(listed.map(\.family)) == ["LiberationSerif"],
                "pdffonts: \(listed); Liberation Serif 2 is in fonts-liberation2 (make print-deps)")
        #expect(!listed.contains { $0.type.hasPrefix("Type 3") }, "pdffonts: \(listed)")
        #expect(listed.allSatisfy { $0.embedded }, "pdffonts: \(listed)")

        let info = try poppler("pdfinfo", [pdf.path])
        #expect(info.contains("(A4)"), "pdfinfo: \(info)")
        let count = info.firstMatch(of: /Pages:\s+(\d+)/).flatMap { Int($0.output.1) } ?? 0
        #expect(count > 1)
        let pages = try (1...max(1, count)).map { try poppler("pdftotext", ["-f", "\($0)", "-l", "\($0)", "-layout", pdf.path, "-"]) }
        func firstLine(_ page: String) -> String {
            page.split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
                .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        }
        #expect(firstLine(pages[0]) != "1", "no page number on the first page")
        if pages.count > 1 { #expect(firstLine(pages[1]) == "2", "the page number at the top of page 2") }
        let text = pages.joined(separator: "\n").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return (text, pages)
    }

    @Test(.enabled(if: chromiumInstalled, "Chromium is not installed (make print-deps)"))
    func officialReportPrintsInTheDecreesLayout() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let (text, pages) = try Self.printOfficialExample(language: nil, in: scratch)
        // The head: issuer and motto side by side, number and place-and-date under them.
        let head = pages[0].split(separator: "\n").map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        #expect(head.contains("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "page 1: \(pages[0])")
        #expect(head.contains("TỈNH THÁI NGUYÊN Độc lập - Tự do - Hạnh phúc"), "page 1: \(pages[0])")
        #expect(head.contains("Số: 125/BC-UBND Thái Nguyên, ngày 31 tháng 12 năm 2025"), "page 1: \(pages[0])")
        #expect(text.contains("BÁO CÁO Tiến độ thực hiện các Chương trình mục tiêu quốc gia năm 2025"))
        #expect(text.contains("Dữ liệu minh họa"))
        // The end: recipients beside the signature block, the placeholder name last.
        #expect(text.contains("Nơi nhận:"))
        #expect(text.contains("- Lưu: VT, KT."))
        for line in ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] { #expect(text.contains(line)) }
        #expect(text.firstRange(of: "Nơi nhận:").map { text[$0.upperBound...].contains("Nguyễn Văn A") } == true,
                "the signer's name at the end: …\(text.suffix(300))")
        // No web-only parts.
        for web in ["Tải dữ liệu", "Dữ liệu mở", "Giấy phép dữ liệu", "English", "Tìm kiếm", "Trang chủ", "Mục lục", "Bỏ qua"] {
            #expect(!text.contains(web), "'\(web)' is printed")
        }
        // A place name in a table is not broken inside a word; in the targets table it fits on one line.
        #expect(!text.contains("Kạ n") && !text.contains("Bắ c"))
        #expect(pages.contains { $0.contains("Tỉnh Bắc Kạn") }, "the area column of the targets table")
    }

    @Test(.enabled(if: chromiumInstalled, "Chromium is not installed (make print-deps)"))
    func englishOfficialReportIsEnglishThroughout() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let (text, pages) = try Self.printOfficialExample(language: "en", in: scratch)
        let head = pages[0].split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(head.contains("SOCIALIST REPUBLIC OF VIET NAM"), "page 1: \(pages[0])")
        #expect(head.contains("Independence - Freedom - Happiness"))
        #expect(head.contains("No. 125/BC-UBND"))
        #expect(head.contains("Thai Nguyen, 31 December 2025"))
        #expect(text.contains("Recipients:"))
        #expect(text.contains("VICE CHAIRMAN"))
        #expect(text.firstRange(of: "VICE CHAIRMAN").map { text[$0.upperBound...].contains("Nguyen Van A") } == true)
        // The document's date in English only (task texts quoting Vietnamese documents stay as written),
        // and counts agree with their number.
        #expect(!text.contains("ngày 31 tháng 12 năm 2025"))
        #expect(!text.contains("Nơi nhận"))
        #expect(text.firstMatch(of: /(^|[^\d.,])1 (targets|overdue tasks)\b/) == nil, "a singular count with a plural noun")
        #expect(text.contains("1 target achieved") || text.contains("targets achieved"))
        #expect(text.contains("1 overdue task ") || text.contains("overdue tasks"))
    }

    // MARK: - The pieces

    @Test func officialContextGivesThePlaceAndDateLineInThePagesLanguage() {
        let document = OfficialDocument(issuer: "UBND TỈNH THÁI NGUYÊN", number: "/BC-UBND", place: "Thái Nguyên",
                                        signer: .init(title: "CHỦ TỊCH", name: "Nguyễn Văn A"), recipients: ["Lưu: VT."])
        let date = CalendarDate(year: 2025, month: 3, day: 4)
        let vi = OfficialDocumentContext.value(document, language: .vi, pageTitle: "Báo cáo quý I", pageDate: date,
                                               strings: ["official_default_kind": "Báo cáo"])
        #expect(vi["place_date"] as? String == "Thái Nguyên, ngày 04 tháng 3 năm 2025")
        #expect(vi["number"] as? String == "\u{2002}\u{2002}\u{2002}\u{2002}/BC-UBND", "room for the number written by hand")
        #expect(vi["kind"] as? String == "Báo cáo")
        #expect(vi["summary"] as? String == "Báo cáo quý I")
        #expect(vi["has_recipients"] as? Bool == true)
        #expect(vi["issuer_parent"] == nil)
        var english = document
        english.place = "Thai Nguyen"
        english.date = CalendarDate(year: 2025, month: 12, day: 31)
        let en = OfficialDocumentContext.value(english, language: .en, pageTitle: "Report", pageDate: date, strings: [:])
        #expect(en["place_date"] as? String == "Thai Nguyen, 31 December 2025", "official.date wins over the page's")
    }

    @Test func aMissingPrintFontIsAWarningWithTheCommandToInstallIt() throws {
        let folder = Fixtures.scratch()
        defer { Fixtures.remove(folder) }
        func fakeFcList(printing output: String) -> String {
            let script = folder.appendingPathComponent("fc-list-\(output.count)")
            _ = FileManager.default.createFile(atPath: script.path, contents: Data("#!/bin/sh\nprintf '\(output)'\n".utf8),
                                               attributes: [.posixPermissions: 0o755])
            return script.path
        }
        let warning = try #require(PrintFont.missingWarning(fcList: fakeFcList(printing: "")))
        #expect(warning.messageCode == .publish(.printFontMissing))
        #expect(warning.formatted(in: .vi) == """
            minhbach pdf: warning[MB5203]: Phông chữ in Liberation Serif 2 chưa được cài: chữ tiếng Việt sẽ được in bằng một phông khác
              gợi ý: Hãy cài phông bằng lệnh 'sudo apt-get install fonts-liberation2' (Debian, Ubuntu)
            """)
        #expect(warning.formatted == """
            minhbach pdf: warning[MB5203]: the print font Liberation Serif 2 is not installed: Vietnamese letters will be printed in another font
              hint: install it with 'sudo apt-get install fonts-liberation2' (Debian, Ubuntu)
            """)
        #expect(PrintFont.missingWarning(fcList: fakeFcList(printing: "/usr/share/fonts/LiberationSerif-Regular.ttf: \\n")) == nil)
        #expect(PrintFont.missingWarning(fcList: "/nonexistent/fc-list") == nil, "no fontconfig to ask: no warning")
    }

    @Test func symbolsThePrintFamilyLacksAreDrawn() {
        let html = #"<title>✔ x</title><p title="✔">✔ Đạt; ✓ xong; ⚠︎ quá hạn</p><svg><desc>✓</desc></svg><script>"✔"</script>"#
        let drawn = PrintGlyphs.drawn(in: html)
        #expect(drawn.hasPrefix(#"<title>✔ x</title><p title="✔"><svg class="print-glyph" viewBox="0 0 16 16" width="0.9em" height="0.9em" role="img" aria-label="✔">"#))
        #expect(drawn.hasSuffix(#" quá hạn</p><svg><desc>✓</desc></svg><script>"✔"</script>"#))
        #expect(drawn.components(separatedBy: "class=\"print-glyph\"").count == 4)
        #expect(!drawn.contains("\u{FE0E}"), "the variation selector goes with its symbol")
        #expect(PrintGlyphs.drawn(in: "<p>Không có</p>") == "<p>Không có</p>")
    }

    @Test func printCopyLoadsFilesAndLinksToThePublishedSite() {
        let html = """
            <link rel="stylesheet" href="/minhbach/assets/style.1234.css">
            <a href="/minhbach/">Trang chủ</a> <a href="/minhbach/chi-tieu/ho-ngheo/">Hộ nghèo</a>
            <a href="#muc-1">Mục 1</a> <a href="https://example.org/">ngoài</a> <img src="/minhbach/anh/a b.png" alt="">
            <use xlink:href="/minhbach/x"></use><a data-href="/minhbach/y">y</a>
            """
        let printable = PrintableHTML(basePath: "/minhbach/", publicBase: "https://example.gov.vn/minhbach/",
                                      siteFolder: URL(fileURLWithPath: "/tmp/in ra/site"))
        #expect(printable.rewrite(html) == """
            <link rel="stylesheet" href="file:///tmp/in%20ra/site/assets/style.1234.css">
            <a data-site-link href="https://example.gov.vn/minhbach/">Trang chủ</a> <a data-site-link href="https://example.gov.vn/minhbach/chi-tieu/ho-ngheo/">Hộ nghèo</a>
            <a href="#muc-1">Mục 1</a> <a href="https://example.org/">ngoài</a> <img src="file:///tmp/in%20ra/site/anh/a%20b.png" alt="">
            <use xlink:href="/minhbach/x"></use><a data-href="/minhbach/y">y</a>
            """)
        // Without an address of the published site, links stay as they are.
        let local = PrintableHTML(basePath: "/", publicBase: nil, siteFolder: URL(fileURLWithPath: "/tmp/s"))
        #expect(local.rewrite(#"<a href="/van-ban/">x</a><link href="/assets/a.css">"#)
                == #"<a href="/van-ban/">x</a><link href="file:///tmp/s/assets/a.css">"#)
    }

    @Test func pagePathsAreNormalised() {
        func path(_ raw: String, base: String = "/", lang: String? = nil) -> String {
            PDFPrinter.normalisedPath(raw, basePath: base, baseURL: "https://example.gov.vn" + base, language: lang)
        }
        #expect(path("/bao-cao/2025/") == "bao-cao/2025/")
        #expect(path("bao-cao/2025") == "bao-cao/2025/")
        #expect(path("/bao-cao/2025/index.html") == "bao-cao/2025/")
        #expect(path("https://example.gov.vn/bao-cao/2025/#muc") == "bao-cao/2025/")
        #expect(path("/") == "")
        #expect(path("/minhbach/bao-cao/2025/", base: "/minhbach/") == "bao-cao/2025/")
        #expect(path("/bao-cao/2025/", base: "/minhbach/") == "bao-cao/2025/")
        #expect(path("/bao-cao/2025/", lang: "en") == "en/bao-cao/2025/")
        #expect(path("/en/bao-cao/2025/", lang: "en") == "en/bao-cao/2025/")
        #expect(path("/en/bao-cao/2025/", lang: "vi") == "bao-cao/2025/")
    }

    @Test func contentsGetPageNumbers() throws {
        let html = """
            <nav class="toc" aria-labelledby="mb-toc-title">
              <h2 class="toc__title" id="mb-toc-title">Mục lục</h2>
              <ul class="toc__list">
                <li class="toc__item toc__item--h2"><a href="#ket-qua">Kết quả</a></li>
                <li class="toc__item toc__item--h2"><a href="#nhiem-vu">Nhiệm vụ &amp; tiến độ</a></li>
              </ul>
            </nav>
            <p><a href="#ket-qua">ngoài mục lục</a></p>
            """
        let toc = try #require(PrintTOC(html: html))
        #expect(toc.targets == ["ket-qua", "nhiem-vu"])
        #expect(toc.ownID == "mb-toc-title")
        let probed = PrintTOC.withVisibilityProbe(html, ownID: "mb-toc-title")
        #expect(probed.hasPrefix(##"<nav class="toc" aria-labelledby="mb-toc-title"><a href="#mb-toc-title" class="toc__probe" aria-hidden="true" tabindex="-1"></a>"##))
        let numbered = PrintTOC.numbered(html, pages: ["ket-qua": 4, "nhiem-vu": 5])
        #expect(numbered.contains(##"<a href="#ket-qua"><span class="toc__text">Kết quả</span><span class="toc__leader" aria-hidden="true"></span><span class="toc__page">4</span></a>"##))
        #expect(numbered.contains(#"<span class="toc__text">Nhiệm vụ &amp; tiến độ</span><span class="toc__leader" aria-hidden="true"></span><span class="toc__page">5</span>"#))
        #expect(numbered.hasSuffix(##"<p><a href="#ket-qua">ngoài mục lục</a></p>"##), "only the contents changes")
    }

    @Test func namedDestinationsGiveTheirPages() throws {
        // A PDF as Chromium writes one: a page tree of two levels and a /Dests dictionary.
        var body = "%PDF-1.4\n%\u{7F}\u{7F}\n"
        var offsets: [Int: Int] = [:]
        func object(_ number: Int, _ text: String) {
            offsets[number] = body.utf8.count
            body += "\(number) 0 obj\n\(text)\nendobj\n"
        }
        object(1, "<</Type /Catalog\n/Pages 2 0 R\n/Dests 9 0 R>>")
        object(2, "<</Type /Pages\n/Count 3\n/Kids [3 0 R 4 0 R]>>")
        object(3, "<</Type /Pages\n/Count 2\n/Kids [5 0 R 6 0 R]\n/Parent 2 0 R>>")
        object(4, "<</Type /Pages\n/Count 1\n/Kids [7 0 R]\n/Parent 2 0 R>>")
        object(5, "<</Type /Page\n/Parent 3 0 R>>")
        object(6, "<</Type /Page\n/Parent 3 0 R>>")
        object(7, "<</Type /Page\n/Parent 4 0 R>>")
        object(8, "<</Length 3>> stream\n/x [5 0 R]\nendstream")
        object(9, "<</mb-toc-title [6 0 R /XYZ 0 842 0]\n/ket-qua [7 0 R /XYZ 0 800 0]\n/t#C3#AAn [5 0 R /XYZ 0 1 0]>>")
        let xref = body.utf8.count
        body += "xref\n0 10\n0000000000 65535 f \n"
        for number in 1...9 { body += String(format: "%010d 00000 n \n", offsets[number]!) }
        body += "trailer\n<</Size 10\n/Root 1 0 R>>\nstartxref\n\(xref)\n%%EOF\n"

        let pdf = try #require(PDFStructure(Data(body.utf8)))
        #expect(pdf.pages == [5, 6, 7])
        #expect(pdf.destinationPages == ["mb-toc-title": 2, "ket-qua": 3, "tên": 1])
        #expect(PDFStructure(Data("not a pdf".utf8)) == nil)
    }
}
