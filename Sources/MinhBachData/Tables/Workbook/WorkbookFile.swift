import Foundation

/// A workbook file during one load of the data: its bytes, its list of
/// sheets, its shared strings and its styles are read once, however many
/// of its sheets hold tables (a workbook of nine tables was read, inflated
/// and parsed ten times: once to list its sheets, then once a table).
/// Tables of one workbook are loaded on several threads, so each part is
/// read under a lock, and each sheet is read through its own view of the
/// archive (ZIPFoundation's reading moves one file position).
final class WorkbookFile: @unchecked Sendable {
    /// Nil for a workbook given as bytes.
    private let url: URL?
    private let lock = NSLock()
    private var bytes: Result<Data, Error>?
    private var index: Result<WorkbookIndex, WorkbookProblem>?
    private var cellParts: Result<CellParts, WorkbookProblem>?

    /// What every sheet's cells are read with.
    struct CellParts {
        var sharedStrings: [String]
        var styles: CellStyles
    }

    init(url: URL) {
        self.url = url
    }

    /// A workbook already in memory (one just written).
    init(data: Data) {
        url = nil
        bytes = .success(data)
    }

    /// The file's bytes; the error is the file system's.
    func data() throws -> Data {
        try locked { try bytesLocked().get() }
    }

    /// A new view of the archive, for one thread. Opening one reads only
    /// the archive's directory.
    func archive() throws(WorkbookProblem) -> WorkbookArchive {
        let data = locked { bytesLocked() }
        return try Self.archive(data)
    }

    /// An unreadable file is reported by `data()`, which loaders call first.
    private static func archive(_ bytes: Result<Data, Error>) throws(WorkbookProblem) -> WorkbookArchive {
        try WorkbookArchive(data: (try? bytes.get()) ?? Data())
    }

    func sheets() throws(WorkbookProblem) -> WorkbookIndex {
        try locked { () throws(WorkbookProblem) -> WorkbookIndex in
            if index == nil {
                do throws(WorkbookProblem) {
                    index = .success(try WorkbookIndex(Self.archive(bytesLocked())))
                } catch {
                    index = .failure(error)
                }
            }
            return try index!.get()
        }
    }

    func cells() throws(WorkbookProblem) -> CellParts {
        try locked { () throws(WorkbookProblem) -> CellParts in
            if cellParts == nil {
                do throws(WorkbookProblem) {
                    let archive = try Self.archive(bytesLocked())
                    cellParts = .success(CellParts(sharedStrings: try SharedStrings.read(archive), styles: try CellStyles(archive)))
                } catch {
                    cellParts = .failure(error)
                }
            }
            return try cellParts!.get()
        }
    }

    private func bytesLocked() -> Result<Data, Error> {
        if let bytes { return bytes }
        // Only a file has no bytes yet.
        let read = Result { try Data(contentsOf: url!) }
        bytes = read
        return read
    }

    /// `NSLock` is not reentrant: what runs under it calls the `…Locked` functions only.
    private func locked<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
