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
        guard let entry = archive[path] else { return nil }
        let limit = WorkbookLimits.maxPartBytes
        if entry.uncompressedSize > UInt64(limit) { throw .partTooLarge(path, limit: limit) }
        if entry.uncompressedSize > UInt64(WorkbookLimits.ratioCheckedAbove),
           entry.uncompressedSize / max(entry.compressedSize, 1) > UInt64(WorkbookLimits.maxRatio) {
            throw .zipBomb(path)
        }
        struct Overflow: Error {}
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                if data.count + chunk.count > limit { throw Overflow() }
                data.append(chunk)
            }
        } catch is Overflow {
            throw .partTooLarge(path, limit: limit)
        } catch {
            throw .damagedPart(path)
        }
        return data
    }

    func requiredPart(_ path: String) throws(WorkbookProblem) -> Data {
        guard let data = try part(path) else { throw .missingPart(path) }
        return data
    }
}
