import Foundation
import MinhBachContent
import MinhBachData

/// `minhbach workbook --replace`: the workbook takes the place of the files
/// it was made from, in `content/data/du-lieu.xlsx`. Safely: the workbook
/// is first read back, on its own, and must give every table as many
/// records as the files do; the files are then moved (not deleted) to
/// `du-lieu-cu/<time>/` in the site folder, outside content/, where the
/// build does not read them; if anything fails, they are moved back.
extension EntryWorkbookExport {
    /// Where the replaced files are kept, in the site folder.
    public static let keptFolder = "du-lieu-cu"

    public struct Replacement: Sendable {
        public var summary: Summary
        /// The workbook, as messages name it.
        public var workbook: String
        /// The folder the replaced files were moved to, as messages name it.
        public var kept: String
    }

    public func replaceTables(force: Bool, now: Date = Date()) -> Result<Replacement, Problem> {
        if let missing = missingDataFolder { return .failure(missing) }
        let target = dataFolder.appendingPathComponent(Self.fileName)
        let displayTarget = "\(displayDataFolder)/\(Self.fileName)"
        let made: Made
        switch make(displayOutput: displayTarget) {
        case .success(let workbook): made = workbook
        case .failure(let problem): return .failure(problem)
        }
        let manager = FileManager.default
        if !force, manager.fileExists(atPath: target.path), !made.summary.sources.contains(displayTarget) {
            return .failure(.outputExists(displayTarget))
        }
        if let table = differingTable(made) { return .failure(.notTheSameData(table)) }

        let stamp = Self.stamp(now)
        let kept = source.appendingPathComponent("\(Self.keptFolder)/\(stamp)")
        let displayKept = "\(displayPrefix)\(Self.keptFolder)/\(stamp)"
        var moved: [(from: URL, to: URL)] = []
        func restore() {
            for (from, to) in moved.reversed() { try? manager.moveItem(at: to, to: from) }
        }
        do {
            try manager.createDirectory(at: kept, withIntermediateDirectories: true)
            for path in made.summary.sources {
                let from = source.appendingPathComponent(String(path.dropFirst(displayPrefix.count)))
                let to = kept.appendingPathComponent(from.lastPathComponent)
                try manager.moveItem(at: from, to: to)
                moved.append((from, to))
            }
            try made.bytes.write(to: target, options: .atomic)
        } catch {
            restore()
            return .failure(.cannotWrite(displayTarget, error.localizedDescription))
        }
        return .success(Replacement(summary: made.summary, workbook: displayTarget, kept: displayKept))
    }

    /// The first table the workbook, read back on its own, gives a
    /// different number of records than the files; nil when none.
    func differingTable(_ made: Made) -> String? {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("minhbach-workbook-\(UUID().uuidString)/data")
        defer { try? FileManager.default.removeItem(at: scratch.deletingLastPathComponent()) }
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            try made.bytes.write(to: scratch.appendingPathComponent(Self.fileName))
        } catch {
            return "(\(error.localizedDescription))"
        }
        let (data, _) = DataLoader(folder: scratch, displayFolder: displayDataFolder, encodings: DataEncodings()).load()
        let counts = Self.tableCounts(data)
        return made.counts.keys.sorted().first { made.counts[$0] != counts[$0] }
    }

    /// `2026-12-07-013045`: the time of the replacement, so that a second
    /// one keeps the files of the first.
    static func stamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02d-%02d%02d%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                      parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }
}
