import Foundation

/// Bytes written to a temporary file a megabyte at a time and then read
/// back in order: a file of the data bundle made in one pass with the
/// others, and compressed once it is whole (the archive needs its size
/// before its bytes). The file's name is deleted as soon as it is open:
/// the bytes live as long as the handle, and a build that is killed
/// (the interrupted-build checks kill them mid-bundle) leaves nothing in
/// the temporary folder.
final class ScratchFile {
    private let handle: FileHandle
    /// Where it was made in the temporary folder (no longer there once open).
    let url: URL
    private var buffer: [UInt8] = []
    /// How many bytes were written.
    private(set) var size = 0
    private static let flushAt = 1 << 20

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("minhbach-\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        handle = try FileHandle(forUpdating: url)
        try FileManager.default.removeItem(at: url)
        buffer.reserveCapacity(Self.flushAt + 65_536)
    }

    deinit {
        try? handle.close()
    }

    /// Appends with a closure that writes into the buffer.
    func append(_ write: (inout [UInt8]) -> Void) throws {
        write(&buffer)
        if buffer.count >= Self.flushAt { try flush() }
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        size += buffer.count
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// `count` bytes from `position`, once every byte is written (`flush`).
    func read(at position: Int, count: Int) throws -> Data {
        try handle.seek(toOffset: UInt64(position))
        return try handle.read(upToCount: count) ?? Data()
    }
}
