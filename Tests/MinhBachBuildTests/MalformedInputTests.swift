import Foundation
import MinhBachBuild
import MinhBachDiagnostics
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Input too large or too strange for the corpus of `Fixtures/bad/`: made
/// here at run time. Each must end in a located error or a documented
/// normalisation, in bounded time and memory, without a crash.
@Suite(.serialized) struct MalformedInputTests {
    /// The corpus's minimal valid site in a new scratch folder.
    private func baseSite(in scratch: URL) throws -> URL {
        let site = scratch.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try Fixtures.copyContents(of: BadInputTests.corpus.appendingPathComponent("_base"), into: site)
        return site
    }

    /// Writes `size` bytes made of `unit` repeated, in pieces, without a line break.
    private func writeLine(_ unit: String, size: Int, prefix: String = "", to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: url.path, contents: Data(prefix.utf8))
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        let piece = Data(String(repeating: unit, count: (1 << 20) / unit.utf8.count).utf8)
        var written = prefix.utf8.count
        while written < size {
            try handle.write(contentsOf: piece)
            written += piece.count
        }
    }

    /// Wall-time bounds that catch a runaway (an alias bomb expanding, a scan
    /// that turns quadratic on a 100 MB line: minutes to hours), never speed:
    /// speed is measured by `make bench`. They are generous because this
    /// suite runs beside the sanitizer builds on two busy cores.
    private static let runawayBoundFor100MB = 300.0
    private static let runawayBoundForBombs = 60.0

    /// `minhbach build` as a separate process, so that its peak memory is its own.
    private func build(_ site: URL) async throws -> (status: Int32, stderr: String, seconds: Double, peakMB: Int) {
        try await offThePool { try Self.measuredBuild(site) }
    }

    private static func measuredBuild(_ site: URL) throws -> (status: Int32, stderr: String, seconds: Double, peakMB: Int) {
        let scratch = site.deletingLastPathComponent()
        let log = scratch.appendingPathComponent("stderr.txt")
        let started = ContinuousClock.now
        let (status, peakKB) = try MeasuredProcess.run(CLITests.binary.path, ["build", "--source", site.path, "--output",
                                                                              scratch.appendingPathComponent("out").path], stderr: log.path)
        let seconds = Double((ContinuousClock.now - started).components.seconds)
        return (status, (try? String(contentsOf: log, encoding: .utf8)) ?? "", seconds, peakKB / 1024)
    }

    @Test(arguments: [
        // One field of 100 MB: a file that lost all its line breaks and separators.
        ("one-field", "a"),
        // Fifty million empty columns: what a sheet exported with a stray formula across every column looks like.
        ("many-columns", ","),
    ])
    func hundredMegabyteSingleLineCSV(_ name: String, _ unit: String) async throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let site = try baseSite(in: scratch)
        try writeLine(unit, size: 100 << 20, prefix: "indicator,area,year,value,status",
                      to: site.appendingPathComponent("content/data/observations.csv"))
        let run = try await build(site)
        #expect(run.status == 1, "\(name): \(run.stderr.prefix(2000))")
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count < 10, "\(name): a handful of messages, not one per column")
        #expect(lines.allSatisfy { $0.count < 400 }, "\(name): no message quotes the whole line")
        #expect(run.stderr.contains("content/data/observations.csv:1:"), "\(name): \(run.stderr.prefix(300))")
        #expect(run.seconds < Self.runawayBoundFor100MB, "\(name): took \(run.seconds) s")
        #expect(run.peakMB < 1500, "\(name): peak memory \(run.peakMB) MB")
    }

    /// A 100 MB line after a good header: one value of 100 MB, quoted by
    /// its message only by its beginning and end.
    @Test func hundredMegabyteValue() async throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let site = try baseSite(in: scratch)
        let table = site.appendingPathComponent("content/data/observations.csv")
        try writeLine("a", size: 100 << 20, prefix: "indicator,area,year,value,status\n", to: table)
        let handle = try FileHandle(forWritingTo: table)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(",06,2024,5,official\n".utf8))
        try handle.close()
        let run = try await build(site)
        #expect(run.status == 1)
        #expect(run.stderr.contains("content/data/observations.csv:2:1: error[MB2341]: Cột 'indicator': không tìm thấy chỉ tiêu 'aaaa"),
                "\(run.stderr.prefix(300))")
        #expect(run.stderr.contains("characters…]"))
        #expect(run.stderr.count < 4000, "the messages stay short: \(run.stderr.count) characters")
        #expect(run.seconds < Self.runawayBoundFor100MB, "took \(run.seconds) s")
        #expect(run.peakMB < 1500, "peak memory \(run.peakMB) MB")
        #expect(run.peakMB >= 100, "the measurement sees the file being read: \(run.peakMB) MB")
    }

    @Test func aliasBombsAndDeepNestingEndQuickly() async throws {
        for name in ["yaml-alias-bomb-front-matter", "yaml-alias-bomb-site-yaml", "yaml-alias-bomb-data", "yaml-alias-bomb-component",
                     "yaml-deep-nesting-front-matter", "yaml-deep-nesting-data"] {
            let scratch = Fixtures.scratch()
            defer { Fixtures.remove(scratch) }
            let site = try baseSite(in: scratch)
            try Fixtures.copyContents(of: BadInputTests.corpus.appendingPathComponent(name), into: site)
            try? FileManager.default.removeItem(at: site.appendingPathComponent("expected.txt"))
            let run = try await build(site)
            #expect(run.status == 1, "\(name)")
            #expect(run.seconds < Self.runawayBoundForBombs, "\(name): took \(run.seconds) s")
            #expect(run.peakMB < 500, "\(name): peak memory \(run.peakMB) MB")
        }
    }

    /// A byte-order mark, CRLF or CR line ends and decomposed (NFD) letters
    /// are read as if the file had none of them (docs/PAGES.md): the site is
    /// the same, byte for byte.
    @Test func encodingVariantsBuildTheSameSite() async throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let page = "---\ntitle: Xã Hòa Bình và thuỷ lợi\ndate: 04/02/2025\n---\n\n## Kết quả\n\nHộ nghèo giảm; đường được cứng hoá.\n"
        let data = "id,name_vi,period_start,period_end\nntm,Nông thôn mới,2021,2025\n"
        let variants: [(String, (String) -> Data)] = [
            ("plain", { Data($0.utf8) }),
            ("bom-crlf", { Data([0xEF, 0xBB, 0xBF] + Array($0.replacingOccurrences(of: "\n", with: "\r\n").utf8)) }),
            ("cr", { Data($0.replacingOccurrences(of: "\n", with: "\r").utf8) }),
            ("nfd", { Data($0.decomposedStringWithCanonicalMapping.utf8) }),
        ]
        var outputs: [String: [String: Data]] = [:]
        for (name, encode) in variants {
            let site = try baseSite(in: scratch.appendingPathComponent(name))
            try encode(page).write(to: site.appendingPathComponent("content/bao-cao.md"))
            try FileManager.default.createDirectory(at: site.appendingPathComponent("content/data"), withIntermediateDirectories: true)
            try encode(data).write(to: site.appendingPathComponent("content/data/programs.csv"))
            let output = scratch.appendingPathComponent("\(name)/out")
            let report = try await offThePool { Fixtures.build(site, output: output) }
            #expect(report.diagnostics.errors.isEmpty, "\(name): \(report.diagnostics.map(\.formatted))")
            outputs[name] = Fixtures.snapshot(output)
        }
        #expect(outputs["plain"]?["bao-cao/index.html"].map { String(decoding: $0, as: UTF8.self).contains("Xã Hòa Bình và thuỷ lợi") } == true)
        for name in ["bom-crlf", "cr", "nfd"] {
            #expect(outputs[name] == outputs["plain"], "\(name) builds another site")
        }
    }

    /// An empty page is a page: titled after its file, with a warning.
    @Test func anEmptyMarkdownFileIsAnEmptyPage() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        let site = try baseSite(in: scratch)
        try Data().write(to: site.appendingPathComponent("content/Trang trống.md"))
        let output = scratch.appendingPathComponent("out")
        let report = Fixtures.build(site, output: output)
        #expect(report.succeeded)
        #expect(report.diagnostics.map(\.formatted) == ["content/Trang trống.md:1: warning[MB1515]: the page has no title; the file name is used\n  hint: add 'title: ...' to its front matter"])
        #expect(report.diagnostics.map { $0.formatted(in: .vi) } == ["content/Trang trống.md:1: warning[MB1515]: Trang chưa có tiêu đề; tên tệp được dùng làm tiêu đề\n  gợi ý: Hãy thêm 'title: ...' vào phần đầu trang"])
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("trang-trong/index.html").path))
    }
}

/// Runs a program and reports its exit status and peak memory (wait4's
/// rusage: the figure for that one child, whatever else the tests run).
enum MeasuredProcess {
    static func run(_ path: String, _ arguments: [String], stderr: String) throws -> (status: Int32, peakKB: Int) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
        // The child's peak memory is read from its own /proc entry while it
        // runs. rusage cannot tell it: posix_spawn shares the parent's memory
        // until exec, and the kernel keeps the larger of the two high-water
        // marks, so under AddressSanitizer every child "used" the test
        // runner's gigabyte.
        var status: Int32 = 0
        var peakKB = 0
        while true {
            peakKB = max(peakKB, highWaterKB(of: pid))
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { break }
            if reaped < 0 && errno != EINTR { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .ECHILD) }
            usleep(5_000)
        }
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (exitStatus, peakKB)
    }

    /// `VmHWM` of /proc/<pid>/status: the process's peak resident memory so far.
    private static func highWaterKB(of pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
}
