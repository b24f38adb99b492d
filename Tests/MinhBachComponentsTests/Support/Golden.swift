import Foundation
import Testing

/// Golden-output checks: the expected text lives in a file beside the tests.
/// Run with `MINHBACH_RECORD=1` to write the current output as the new
/// expectation; a recording run fails, so a baseline is never accepted
/// without someone looking at the diff.
enum Golden {
    static var recording: Bool { ProcessInfo.processInfo.environment["MINHBACH_RECORD"] != nil }

    static func assertMatches(_ actual: String, file golden: URL, sourceLocation: SourceLocation = #_sourceLocation) {
        if recording {
            try? FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: golden)
            Issue.record("recorded a new baseline at \(golden.path); run again without MINHBACH_RECORD", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: golden, encoding: .utf8) else {
            Issue.record("no baseline at \(golden.path); run with MINHBACH_RECORD=1 to create it", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("output differs from \(golden.lastPathComponent):\n\(firstDifference(expected, actual))", sourceLocation: sourceLocation)
        }
    }

    /// The first differing line of two texts, with its number.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let (a, b) = (expected.components(separatedBy: "\n"), actual.components(separatedBy: "\n"))
        for index in 0..<max(a.count, b.count) {
            let (x, y) = (index < a.count ? a[index] : "<end>", index < b.count ? b[index] : "<end>")
            if x != y { return "line \(index + 1):\n  expected: \(x)\n  actual:   \(y)" }
        }
        return "(no line differs)"
    }
}

extension Golden {
    /// `Tests/MinhBachComponentsTests/Golden/<name>`.
    static func url(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Golden").appendingPathComponent(name)
    }
}
