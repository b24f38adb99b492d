import Foundation
import CLibFuzzer
import MinhBachDiagnostics

/// Hands `test` to libFuzzer with the command line, and exits with its
/// status. libFuzzer's own `main` is not linked: SwiftPM gives every
/// executable a `main` of its own, so the targets start here instead.
public func runFuzzer(_ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, test))
}

/// What every fuzz target checks beyond "did not crash". A failed check
/// prints what was wrong and traps, which libFuzzer reports as a crash and
/// saves the input that caused it.
public func require(_ condition: Bool, _ message: @autoclosure () -> String,
                    file: StaticString = #fileID, line: UInt = #line) {
    guard !condition else { return }
    fatalError("fuzz check failed: \(message())", file: file, line: line)
}

/// The lines of a text, to check that locations point into it. Made once
/// per input: a table has a location for every field.
public struct TextLines {
    public let path: String
    /// The width of each line in Unicode scalars, an upper bound of the
    /// characters that locations count.
    private let widths: [Int]

    public init(_ text: String, path: String) {
        self.path = path
        widths = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(\.count)
    }

    /// A diagnostic must point into the text: the right path, a line that
    /// exists and a column on it (or one past its end, where something is
    /// missing).
    public func requireInside(_ diagnostic: Diagnostic) {
        requireInside(diagnostic.location, "'\(diagnostic.formatted)'")
    }

    public func requireInside(_ location: SourceLocation, _ what: @autoclosure () -> String) {
        require(location.path == path, "\(what()) is not located in \(path)")
        guard let line = location.line else { return }
        require((1...widths.count).contains(line), "\(what()) is outside the \(widths.count) lines")
        guard let column = location.column else { return }
        let width = widths[line - 1]
        require((1...width + 1).contains(column), "\(what()) is outside the \(width) columns of its line")
    }
}

/// The line of the byte that follows `bytes`: one more than the line breaks in them.
public func lineCount(_ bytes: some Sequence<UInt8>) -> Int {
    bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
}
