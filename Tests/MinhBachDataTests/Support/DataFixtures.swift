import Foundation
@testable import MinhBachData
import MinhBachDiagnostics

/// Data folders for the tests: the corpus under `Fixtures/`, and scratch
/// folders written from strings.
enum DataFixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The example site's data folder, for cascade cases of the corpus.
    static let exampleData = root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("content/data")

    /// A new empty folder, removed by the caller with `remove`.
    static func scratch() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("minhbach-data-test-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func remove(_ url: URL) { try? FileManager.default.removeItem(at: url) }

    /// Copies a folder's contents into another, replacing files of the same name.
    static func copyContents(of source: URL, into target: URL) throws {
        let manager = FileManager.default
        for name in try manager.contentsOfDirectory(atPath: source.path) {
            let from = source.appendingPathComponent(name)
            let to = target.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: from.path, isDirectory: &isDirectory), isDirectory.boolValue {
                try manager.createDirectory(at: to, withIntermediateDirectories: true)
                try copyContents(of: from, into: to)
            } else {
                if manager.fileExists(atPath: to.path) { try manager.removeItem(at: to) }
                try manager.copyItem(at: from, to: to)
            }
        }
    }

    /// Writes `files` (relative path → text) into a new scratch folder.
    static func folder(_ files: [String: String]) throws -> URL {
        let folder = scratch()
        for (path, text) in files { try write(text, to: folder.appendingPathComponent(path)) }
        return folder
    }

    static func write(_ text: String, to url: URL) throws {
        try write(Data(text.utf8), to: url)
    }

    static func write(_ data: Data, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// Loads a data folder as a site's `content/data`.
    static func load(_ folder: URL) -> (DataSet, [Diagnostic]) {
        DataLoader(folder: folder, displayFolder: "content/data").load()
    }

    /// Loads a folder written from strings, and removes it.
    static func load(_ files: [String: String]) throws -> (DataSet, [Diagnostic]) {
        let folder = try folder(files)
        defer { remove(folder) }
        return load(folder)
    }

    /// Diagnostics as `minhbach check` prints them, one per line (hints on
    /// their own), problems of one kind grouped; a message from the
    /// catalogue in Vietnamese, then in English.
    static func text(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.grouped().map { group in
            group.first.messageCode == nil ? group.formatted : group.formatted(in: .vi) + "\n" + group.formatted(in: .en)
        }.joined(separator: "\n") + "\n"
    }
}
