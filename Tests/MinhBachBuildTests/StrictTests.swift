import Foundation
import Testing

/// `--strict`: a warning fails `build` and `check` as an error does, and the
/// previous output stays exactly as it was.
@Suite struct StrictTests {
    @Test func aWarningFailsAStrictBuildAndLeavesTheOutputAlone() throws {
        let scratch = Fixtures.scratch()
        defer { Fixtures.remove(scratch) }
        try Fixtures.copyContents(of: Fixtures.site("basic"), into: scratch)
        let first = try CLITests.run(["build"], in: scratch)
        #expect(first.status == 0)
        let page = scratch.appendingPathComponent("site-out/index.html")

        // A note in the data folder is harmless: a warning.
        let data = scratch.appendingPathComponent("content/data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try "ghi chú".write(to: data.appendingPathComponent("ghi-chu.txt"), atomically: true, encoding: .utf8)
        let lenient = try CLITests.run(["build"], in: scratch)
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("content/data/ghi-chu.txt: warning[MB2423]: Tệp 'ghi-chu.txt' không phải bảng dữ liệu nào nên bị bỏ qua"))
        let lenientPage = try Data(contentsOf: page)

        try "---\ntitle: Trang mới\n---\nMới.\n".write(to: scratch.appendingPathComponent("content/trang-moi.md"), atomically: true, encoding: .utf8)
        let strict = try CLITests.run(["build", "--strict"], in: scratch)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("content/data/ghi-chu.txt: warning[MB2423]: Tệp 'ghi-chu.txt' không phải bảng dữ liệu nào nên bị bỏ qua"))
        #expect(strict.stderr.contains("Dựng trang thất bại: 0 lỗi, 1 cảnh báo (--strict: cảnh báo được tính là lỗi); site-out không bị thay đổi"),
                "got: \(strict.stderr)")
        #expect(try Data(contentsOf: page) == lenientPage)
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("site-out/trang-moi/index.html").path))

        let check = try CLITests.run(["check", "--strict"], in: scratch)
        #expect(check.status == 1)
        #expect(check.stdout.contains("1 cảnh báo (--strict: cảnh báo được tính là lỗi)"), "got: \(check.stdout)")
        let plainCheck = try CLITests.run(["check"], in: scratch)
        #expect(plainCheck.status == 0)
    }
}
