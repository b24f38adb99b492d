import Foundation
import ZIPFoundation

/// The ZIP container of an `.xlsx`: its parts, uncompressed with a bound
/// on their size.
struct WorkbookArchive {
    private let archive: Archive

    /// The first bytes of an OLE compound file: `.xls`, and `.xlsx` saved
    /// with a password (Excel encrypts the whole package into one).
    static let oleSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0]

    init(data: Data) throws(WorkbookProblem) {
        if data.isEmpty { throw .emptyFile }
        if data.starts(with: Self.oleSignature) { throw Self.isEncryptedPackage(data) ? .passwordProtected : .oleFile }
        guard data.starts(with: [0x50, 0x4B]) else { throw TextSniffer.kind(of: data).map { .textFile($0) } ?? .notZip }
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .truncated
        }
    }

    /// An encrypted OOXML package keeps its parts in OLE streams named
    /// `EncryptionInfo` and `EncryptedPackage` (names stored in UTF-16LE).
    static func isEncryptedPackage(_ data: Data) -> Bool {
        let name = Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        return data.range(of: name) != nil
    }

    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// A part's bytes, or nil when the archive has no such part. A part
    /// that would grow beyond `WorkbookLimits.maxPartBytes` is refused while
    /// it is uncompressed, whatever size its header claims.
    func part(_ path: String) throws(WorkbookProblem) -> Data? {
        var data = Data()
        let found = try stream(path, limit: WorkbookLimits.maxPartBytes) { piece throws(WorkbookProblem) in data.append(contentsOf: piece) }
        return found ? data : nil
    }

    func requiredPart(_ path: String) throws(WorkbookProblem) -> Data {
        guard let data = try part(path) else { throw .missingPart(path) }
        return data
    }

    /// Uncompresses a part piece by piece into `consumer`, so that a sheet
    /// is never held whole; false when the archive has no such part. The
    /// part is refused when its header claims more than `limit` bytes, when
    /// it claims a ratio no real sheet has (a zip bomb), and as soon as it
    /// grows beyond `limit`, whatever its header claims. A part whose
    /// checksum is wrong is damaged, and found so only at its end.
    @discardableResult
    func stream(_ path: String, limit: Int, consumer: (UnsafeRawBufferPointer) throws(WorkbookProblem) -> Void) throws(WorkbookProblem) -> Bool {
        guard let entry = archive[path] else { return false }
        if entry.uncompressedSize > UInt64(limit) { throw .partTooLarge(path, limit: limit) }
        if entry.uncompressedSize > UInt64(WorkbookLimits.ratioCheckedAbove),
           entry.uncompressedSize / max(entry.compressedSize, 1) > UInt64(WorkbookLimits.maxRatio) {
            throw .zipBomb(path)
        }
        var size = 0
        do {
            _ = try archive.extract(entry, bufferSize: Self.pieceSize, skipCRC32: false) { piece in
                size += piece.count
                if size > limit { throw WorkbookProblem.partTooLarge(path, limit: limit) }
                try piece.withUnsafeBytes { bytes in try consumer(bytes) }
            }
        } catch let problem as WorkbookProblem {
            throw problem
        } catch {
            throw .damagedPart(path)
        }
        return true
    }

    /// What is uncompressed at a time: large enough that the scanner rarely
    /// carries a cut token over, small enough to stay in the cache.
    static let pieceSize = 256 << 10
}
