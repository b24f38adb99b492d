import Foundation
import MinhBachDiagnostics

/// `minhbach init DIR`: a new site made from the example site compiled into
/// the binary (so it works wherever minhbach is installed).
public struct SiteInitialiser: Sendable {
    public init() {}

    /// What the new site starts from.
    public enum Start: Sendable {
        /// The example site: its pages and its CSV/YAML tables.
        case example
        /// One empty data-entry workbook and a home page (`WorkbookSite`).
        case emptyWorkbook
    }

    /// The files written, relative to `folder`.
    public func create(at folder: URL, displayPath: String, from start: Start = .example) -> Result<[String], Diagnostic> {
        let manager = FileManager.default
        let content = folder.appendingPathComponent("content")
        if manager.fileExists(atPath: content.path) {
            return .failure(Diagnostic(.content(.folderHasContent), at: SourceLocation(path: displayPath + "/content")))
        }
        var written: [String] = []
        do {
            switch start {
            case .example: break
            case .emptyWorkbook: return .success(try WorkbookSite.write(into: content))
            }
            for (path, text) in ExampleSite.files.sorted(by: { $0.key < $1.key }) {
                let url = content.appendingPathComponent(path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
                written.append("content/" + path)
            }
        } catch {
            return .failure(Diagnostic(.content(.newSiteNotWritten), at: SourceLocation(path: displayPath), [MessageArgument("reason", error.localizedDescription)]))
        }
        return .success(written)
    }
}
