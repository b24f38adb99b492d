import Foundation
import MinhBachDiagnostics

/// The one family the print style names (`--font-print` in style.css):
/// Liberation Serif 2, with every Vietnamese letter and tone and the metrics
/// of Times New Roman. Liberation Serif 1 (the `fonts-liberation` package
/// Chromium pulls in on Debian) has the same name but lacks most toned
/// letters, which Chromium then takes from another font.
enum PrintFont {
    static let family = "Liberation Serif"
    static let package = "fonts-liberation2"
    /// ỹ (U+1EF9): in version 2, not in version 1.
    static let probe = "1ef9"

    /// A warning when fontconfig knows no face of the family with Vietnamese
    /// letters; nil when it does, or when there is no `fc-list` to ask.
    static func missingWarning(fcList: String = "/usr/bin/fc-list") -> Diagnostic? {
        guard FileManager.default.isExecutableFile(atPath: fcList) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: fcList)
        process.arguments = [":family=\(family):charset=\(probe)", "file"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, data.allSatisfy({ $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: " ") }) else { return nil }
        return Diagnostic(.publish(.printFontMissing), at: SourceLocation(path: PDFPrinter.messagePrefix),
                          [MessageArgument("family", family), MessageArgument("package", package)])
    }
}
